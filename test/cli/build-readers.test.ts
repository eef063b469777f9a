import { writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { decodeText, readExportFile } from '../../src/cli/build/exports';
import { SharedStrings, xmlText } from '../../src/workbook/write/annex-workbook';
import { readZip, writeZip } from '../../src/workbook/write/zip-entries';
import { tempDir } from '../helpers/xlsx';

describe('reading exports', () => {
  test('an .xlsx export: every sheet with content, dates as wall-clock serials, formulas as results', async () => {
    const dir = tempDir('tthc-readers-');
    const file = path.join(dir, 'dvcqg.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hồ sơ');
    sheet.addRow(['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ghi chú']);
    sheet.addRow([
      { richText: [{ text: 'HS-' }, { text: '1', font: { bold: true } }] },
      { formula: '"Hộ"&" tịch"', result: 'Hộ tịch' },
      new Date(Date.UTC(2026, 2, 15, 23, 45)),
      { text: 'link', hyperlink: 'http://example.invalid' },
    ]);
    sheet.addRow(['HS-2', 'Chứng thực', { error: '#REF!' }, null]);
    workbook.addWorksheet('Trống');
    await workbook.xlsx.writeFile(file);
    const tables = await readExportFile(file, 'vi');
    expect(tables[0].rows[1][2]).toBeCloseTo(46096 + (23 * 60 + 45) / 1440, 9);
    tables[0].rows[1][2] = 'date';
    expect(tables).toEqual([
      {
        source: 'dvcqg.xlsx › Hồ sơ',
        firstLine: 1,
        rows: [
          ['Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ghi chú'],
          ['HS-1', 'Hộ tịch', 'date', 'link'],
          ['HS-2', 'Chứng thực', '#REF!'],
        ],
      },
    ]);
  });

  test('CSV in UTF-8 with or without BOM, UTF-16 and Windows-1258', () => {
    expect(decodeText(Buffer.from('\uFEFFMã hồ sơ', 'utf8'))).toBe('Mã hồ sơ');
    expect(decodeText(Buffer.from('Mã hồ sơ', 'utf8'))).toBe('Mã hồ sơ');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mã hồ sơ', 'utf16le')]))).toBe('Mã hồ sơ');
    // "Mã" in Windows-1258: M, a, combining tilde (0xDE).
    expect(decodeText(Buffer.from([0x4d, 0x61, 0xde])).normalize('NFC')).toBe('Mã');
  });

  test('a renamed .xlsx saved as .xls is read; an .xlsx that is not a zip is named', async () => {
    const dir = tempDir('tthc-readers-');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').addRow(['Mã hồ sơ']);
    const renamed = path.join(dir, 'export.xls');
    await workbook.xlsx.writeFile(renamed);
    expect((await readExportFile(renamed, 'en'))[0].rows).toEqual([['Mã hồ sơ']]);
    const fake = path.join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a workbook');
    await expect(readExportFile(fake, 'en')).rejects.toThrow(`${fake}: the file cannot be read (not a zip/xlsx container).`);
  });
});

describe('writing the workbook', () => {
  test('zip round trip', () => {
    const entries = [
      { name: 'a/', data: new Uint8Array(0) },
      { name: 'a/b.xml', data: new TextEncoder().encode('<x>Tiếng Việt</x>'.repeat(1000)) },
    ];
    expect(readZip(writeZip(entries))).toEqual(entries);
  });

  test('hostile text is escaped and stripped of what XML cannot hold', () => {
    expect(xmlText('<b>&"x"</b>')).toBe('&lt;b&gt;&amp;"x"&lt;/b&gt;');
    expect(xmlText('a\u0000b\u0007c\ud800d')).toBe('abcd');
    expect(xmlText('😀 ok')).toBe('😀 ok');
    expect(xmlText('x'.repeat(40_000))).toHaveLength(32_767);
  });

  test("shared strings are appended after the workbook's own and counted", () => {
    const strings = SharedStrings.fromXml('<sst count="3" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>');
    expect([strings.id('x'), strings.id(' y'), strings.id('x')]).toEqual([2, 3, 2]);
    expect(strings.extend('<sst count="3" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>')).toBe(
      '<sst count="6" uniqueCount="4"><si><t>a</t></si><si><t>b</t></si><si><t>x</t></si><si><t xml:space="preserve"> y</t></si></sst>',
    );
  });
});
