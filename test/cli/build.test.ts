import { promises as fs, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { readXlsxGrids } from '../../src/cli/xlsx';
import type { ExportCell, ExportTable } from '../../src/core/build/types';
import { validateGrid } from '../../src/core/validate';
import { ONE_STOP, PORTAL } from '../core/build/scenario';
import { tempDir } from '../helpers/xlsx';

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');
const SAMPLE_CSV = path.join(SAMPLES, 'ho-so-mot-cua-quy-II-2026.csv');
const SAMPLE_XLSX = path.join(SAMPLES, 'ho-so-dvcqg-quy-II-2026.xlsx');
const SEED_ANNEX = path.join(SAMPLES, 'phu-luc-quy-II-2026.xlsx');
const PERIOD_ARGS = ['--from', '15/3/2026', '--to', '14/6/2026'];

jest.setTimeout(60_000);

function cli(args: string[]) {
  return runCli(args);
}

function csvOf(table: ExportTable): string {
  const quote = (cell: ExportCell) => {
    const text = cell === null ? '' : String(cell);
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${table.rows.map((row) => row.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** The portal scenario as an .xlsx: numbers that are Excel dates become real date cells. */
async function writePortalXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  PORTAL.rows.forEach((row) => {
    const added = sheet.addRow(row.map((cell) => (typeof cell === 'number' ? new Date(Math.round((cell - 25569) * 86_400_000)) : cell)));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  await workbook.xlsx.writeFile(file);
}

async function scenarioFiles(dir: string): Promise<[string, string]> {
  const csv = path.join(dir, 'mot-cua.csv');
  writeFileSync(csv, csvOf(ONE_STOP));
  const xlsx = path.join(dir, 'dvcqg.xlsx');
  await writePortalXlsx(xlsx);
  return [csv, xlsx];
}

/** What a reader that does not calculate shows: a formula's cached result (exceljs drops a cached 0 from value.result). */
function shown(cell: ExcelJS.Cell): ExcelJS.CellValue {
  return cell.formula ? (cell.result as ExcelJS.CellValue) : cell.value;
}

function shownRow(sheet: ExcelJS.Worksheet, r: number): ExcelJS.CellValue[] {
  return Array.from({ length: 16 }, (_, c) => shown(sheet.getRow(r).getCell(c + 1)));
}

async function readBack(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe('tthc-report build on the two-system scenario written as files', () => {
  let dir: string;
  let out: string;
  let result: Awaited<ReturnType<typeof cli>>;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = tempDir('tthc-build-');
    const [csv, xlsx] = await scenarioFiles(dir);
    out = path.join(dir, 'phu-luc.xlsx');
    result = await cli(['build', csv, xlsx, ...PERIOD_ARGS, '--out', out]);
    workbook = await readBack(out);
  });

  test('exits 0 and tells the clerk what it read, merged and skipped', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kỳ báo cáo: 15/03/2026 – 14/06/2026');
    expect(result.stdout).toContain('  mot-cua.csv: 14 dòng');
    expect(result.stdout).toContain('      Mã hồ sơ               ← "Số hồ sơ"');
    expect(result.stdout).toContain('  dvcqg.xlsx › Sheet1: 8 dòng');
    expect(result.stdout).toContain('      Ngày tiếp nhận         ← "Thời gian tiếp nhận"');
    expect(result.stdout).toContain('Hồ sơ: 17 sau khi gộp 2 bản ghi trùng mã; 1 hồ sơ các hệ thống ghi khác nhau');
    expect(result.stdout).toContain('  HS-001: lấy dvcqg.xlsx › Sheet1: 2 (đã trả kết quả); khác nhau ở trạng thái, kênh nộp');
    expect(result.stdout).toContain('Tính vào kỳ: 15 hồ sơ (2 hồ sơ ngoài kỳ)');
    expect(result.stdout).toContain('Dòng bị bỏ qua: 3');
    expect(result.stdout).toContain('  dvcqg.xlsx › Sheet1 dòng 7: không có mã hồ sơ');
    expect(result.stdout).toContain('  dvcqg.xlsx › Sheet1 dòng 8: ngày không đọc được (Thời gian tiếp nhận = "31/02/2026"), mã B-103');
    expect(result.stdout).toContain('  dvcqg.xlsx › Sheet1 dòng 9: hồ sơ không / chưa được tiếp nhận (Trạng thái hồ sơ = "Lưu tạm"), mã B-104');
    expect(result.stdout).toContain('  1 hồ sơ không có ngày hẹn trả, tính là đúng hạn / trong hạn: B-101');
    expect(result.stdout).toContain('Tiếp nhận (3) = 15; đã giải quyết (7) = 8; đang giải quyết (13) = 7');
    expect(result.stdout).toContain(`Đã ghi: ${out}`);
  });

  test('writes the exact annex, formulas with their results', () => {
    const sheet = workbook.getWorksheet('Phụ lục')!;
    const row = (r: number) => shownRow(sheet, r);
    expect(row(8)).toEqual([1, 'Hộ tịch', 8, 5, 2, 1, 4, 2, 2, 0, 0, 0, 4, 2, 1, 1]);
    expect(row(9)).toEqual([2, 'Đất đai', 7, 2, 5, 0, 4, 1, 0, 1, 1, 1, 3, 1, 2, 0]);
    expect(row(10).slice(2)).toEqual([15, 7, 7, 1, 8, 3, 2, 1, 1, 1, 7, 3, 3, 1]);
    expect(sheet.getCell('C8').value).toEqual({ formula: 'SUM(D8:F8)', result: 8 });
    expect(sheet.getCell('M9').value).toEqual({ formula: 'SUM(N9:P9)', result: 3 });
    expect(sheet.getCell('P10').value).toEqual({ formula: 'SUM(P8:P9)', result: 1 });
    expect(sheet.getCell('G11').value).toEqual({ formula: 'IF(C10=0,0,G10/C10)', result: 8 / 15 });
    expect(sheet.getCell('D8').numFmt).toBe('#,##0');
    expect(sheet.getCell('G11').numFmt).toBe('0.0%');
  });

  test('is print-ready: A4 landscape, one page wide, header rows repeated, the period in the title', () => {
    const sheet = workbook.getWorksheet('Phụ lục')!;
    expect(sheet.getCell('A1').value).toBe('KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026');
    expect(sheet.getCell('A2').value).toBe('(Số liệu tính từ ngày 15/03/2026 đến hết ngày 14/06/2026)');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:7' });
    expect(sheet.headerFooter.oddHeader).toContain('Kết quả tiếp nhận, giải quyết hồ sơ TTHC quý II năm 2026 (từ ngày 15/03/2026 đến ngày 14/06/2026)');
  });

  test('validates clean when read back like any clerk workbook', async () => {
    const grids = await readXlsxGrids(out);
    const outcome = validateGrid(grids[0]);
    expect(outcome.ok && outcome.report.findings).toEqual([]);
    expect(outcome.ok && outcome.report.table.range).toBe('A4:P11');
  });

  test('the narrative works on it, the period read from its title', async () => {
    const narrative = await cli(['narrative', out]);
    expect(narrative.code).toBe(0);
    expect(narrative.stdout).toContain('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý II năm 2026 (thời điểm từ ngày 15/3 đến ngày 14/6/2026):');
    expect(narrative.stdout).toContain('- Tổng số hồ sơ tiếp nhận là: 15 hồ sơ. Trong đó:');
    expect(narrative.stdout).toContain('- Số hồ sơ đã xử lý và trả kết quả: 8 hồ sơ (tỷ lệ 53,3%);');
  });

  test('lists every counted dossier with its two cells in "Chi tiết"', () => {
    const sheet = workbook.getWorksheet('Chi tiết')!;
    expect(sheet.rowCount).toBe(16);
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual([
      'STT',
      'Mã hồ sơ',
      'Lĩnh vực',
      'Thủ tục hành chính',
      'Kênh nộp',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Ngày kết thúc',
      'Trạng thái',
      'Ô tiếp nhận',
      'Nhóm tiếp nhận',
      'Ô kết quả',
      'Nhóm kết quả',
      'Nguồn (tệp: dòng)',
      'Ghi chú',
    ]);
    const rows = Array.from({ length: 15 }, (_, i) => sheet.getRow(i + 2));
    const hs001 = rows.find((r) => r.getCell(2).value === 'hs-001')!;
    expect(hs001.getCell(10).value).toBe('D9');
    expect(hs001.getCell(11).value).toBe('(4) Tiếp nhận trực tuyến');
    expect(hs001.getCell(12).value).toBe('H9');
    expect(hs001.getCell(13).value).toBe('(8) Đã giải quyết trước hạn');
    expect(hs001.getCell(14).value).toBe('dvcqg.xlsx › Sheet1: 2; mot-cua.csv: 18');
    expect(hs001.getCell(15).value).toBe('các hệ thống ghi khác nhau, lấy bản ghi có trạng thái tiến xa nhất');
    expect(hs001.getCell(6).value).toEqual(new Date(Date.UTC(2026, 3, 1)));
    expect(hs001.getCell(6).numFmt).toBe('dd/mm/yyyy');
    const supplement = rows.filter((r) => r.getCell(12).value === 'P8').map((r) => r.getCell(2).value);
    expect(supplement).toEqual(['A-13']);
  });

  test('writes a "Tóm tắt" sheet with every skipped row and its reason', () => {
    const sheet = workbook.getWorksheet('Tóm tắt')!;
    const texts: string[] = [];
    sheet.eachRow((row) =>
      texts.push(
        (row.values as ExcelJS.CellValue[])
          .slice(1)
          .map((v) => String(v ?? ''))
          .join(' | '),
      ),
    );
    expect(texts).toContain('dvcqg.xlsx › Sheet1 | 8 | ngày không đọc được | Thời gian tiếp nhận | 31/02/2026 | B-103');
    expect(texts).toContain('Bản ghi trùng mã đã gộp | 2');
  });
});

describe('tthc-report build on the fictional sample exports', () => {
  test('keeps a cell that starts with "=" as text, never a formula', async () => {
    const dir = tempDir('tthc-build-');
    const out = path.join(dir, 'annex.xlsx');
    const result = await cli(['build', SAMPLE_CSV, SAMPLE_XLSX, ...PERIOD_ARGS, '--out', out]);
    expect(result.code).toBe(0);
    const sheet = (await readBack(out)).getWorksheet('Chi tiết')!;
    let hostile: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'AP.260407.90003') hostile = row.getCell(4);
    });
    expect(hostile?.value).toBe('=HYPERLINK("http://example.invalid";"Đăng ký khai sinh")');
    expect(hostile?.formula).toBeUndefined();
    expect(hostile?.numFmt).toBe('@');
  });

  test("follows the field order and names of the clerk's own annex (--template)", async () => {
    const dir = tempDir('tthc-build-');
    const out = path.join(dir, 'annex.xlsx');
    const result = await cli(['build', SAMPLE_CSV, SAMPLE_XLSX, ...PERIOD_ARGS, '--template', SEED_ANNEX, '--out', out]);
    expect(result.code).toBe(0);
    const sheet = (await readBack(out)).getWorksheet('Phụ lục')!;
    const names = Array.from({ length: 12 }, (_, i) => sheet.getCell(`B${i + 8}`).value);
    expect(names).toEqual([
      'Hộ tịch',
      'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
      'Đường thủy nội địa',
      'Hoạt động xây dựng',
      'Đất đai',
      'Người có công',
      'Quy hoạch xây dựng, kiến trúc',
      'Thành lập và hoạt động của tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã',
      'Bảo trợ xã hội',
      'Chứng thực',
      'Kinh doanh khí',
      'Lưu thông hàng hóa trong nước',
    ]);
    expect(sheet.getCell('C10').formula).toBe('SUM(D10:F10)');
    expect(sheet.getCell('C10').result).toBe(0);
    expect(sheet.getCell('A20').value).toBe('Tổng cộng');
    expect(result.stdout).toContain('Lĩnh vực "Đường thủy nội địa" của phụ lục mẫu không có hồ sơ nào: ghi 0');
  });

  test('--quarter II --year 2026 is the period 15/03/2026 – 14/06/2026', async () => {
    const dir = tempDir('tthc-build-');
    const result = await cli(['build', SAMPLE_CSV, '--quarter', 'II', '--year', '2026', '--out', path.join(dir, 'a.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kỳ báo cáo: 15/03/2026 – 14/06/2026');
  });

  test('speaks English with --lang en', async () => {
    const dir = tempDir('tthc-build-');
    const result = await cli(['build', SAMPLE_CSV, ...PERIOD_ARGS, '--lang', 'en', '--out', path.join(dir, 'a.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Period: 15/03/2026 – 14/06/2026');
    expect(result.stdout).toContain('ho-so-mot-cua-quy-II-2026.csv line 425: no dossier code');
  });
});

describe('the mapping file', () => {
  const ODD_EXPORT = [
    'ID;Nhóm;Ngày đến;Tình hình;Nguồn nộp;Xong',
    'X1;Hộ tịch;01/04/2026;Lưu nháp;Cổng DVC tỉnh;',
    'X2;Hộ tịch;02/04/2026;Hoàn tất;Quầy;03/04/2026',
  ].join('\n');

  test('names the missing columns when the headers cannot be mapped', async () => {
    const dir = tempDir('tthc-build-');
    const file = path.join(dir, 'odd.csv');
    writeFileSync(file, ODD_EXPORT);
    const result = await cli(['build', file, ...PERIOD_ARGS, '--out', path.join(dir, 'a.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: không tìm thấy dòng tiêu đề có các cột "Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận".`);
  });

  test('maps columns, statuses and channels, and --save-map writes what was used', async () => {
    const dir = tempDir('tthc-build-');
    const file = path.join(dir, 'odd.csv');
    writeFileSync(file, ODD_EXPORT);
    const map = path.join(dir, 'map.json');
    writeFileSync(
      map,
      JSON.stringify({
        columns: { code: 'ID', field: 'Nhóm', received: 'Ngày đến', status: 'Tình hình', channel: 'Nguồn nộp', returned: 'Xong' },
        statuses: { 'Lưu nháp': 'processing' },
        channels: { 'Cổng DVC tỉnh': 'online', Quầy: 'direct' },
      }),
    );
    const saved = path.join(dir, 'saved.json');
    const out = path.join(dir, 'a.xlsx');
    const result = await cli(['build', file, ...PERIOD_ARGS, '--map', map, '--save-map', saved, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const sheet = (await readBack(out)).getWorksheet('Phụ lục')!;
    expect(shownRow(sheet, 8)).toEqual([1, 'Hộ tịch', 2, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0]);
    const written = JSON.parse(await fs.readFile(saved, 'utf8'));
    expect(written.sources['odd.csv'].columns).toEqual({
      code: 'ID',
      field: 'Nhóm',
      channel: 'Nguồn nộp',
      received: 'Ngày đến',
      returned: 'Xong',
      status: 'Tình hình',
    });
    expect(written.statuses).toEqual({ 'Lưu nháp': 'processing' });
    const again = await cli(['build', file, ...PERIOD_ARGS, '--map', saved, '--out', path.join(dir, 'b.xlsx')]);
    expect(again.code).toBe(0);
  });

  test('a mistake in the mapping file is named', async () => {
    const dir = tempDir('tthc-build-');
    const map = path.join(dir, 'map.json');
    writeFileSync(map, JSON.stringify({ statuses: { 'Lưu nháp': 'pending' } }));
    const result = await cli(['build', SAMPLE_CSV, ...PERIOD_ARGS, '--map', map, '--out', path.join(dir, 'a.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${map}: tệp ánh xạ không hợp lệ (statuses["Lưu nháp"]: "pending" is not one of new, processing, supplement, returned, rejected, withdrawn).`,
    );
    writeFileSync(map, '{ "columns": ');
    const broken = await cli(['build', SAMPLE_CSV, ...PERIOD_ARGS, '--map', map, '--out', path.join(dir, 'a.xlsx')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('tệp ánh xạ không hợp lệ');
  });
});

describe('hostile text in an export', () => {
  test('a field name that looks like a formula stays text in the annex and in Chi tiết', async () => {
    const dir = tempDir('tthc-build-');
    const file = path.join(dir, 'x.csv');
    writeFileSync(file, 'Mã hồ sơ,Lĩnh vực,Ngày tiếp nhận,Trạng thái,Kênh nộp\n"=2+3","=SUM(1,2)",01/04/2026,Đang xử lý,Trực tiếp\n');
    const out = path.join(dir, 'a.xlsx');
    expect((await cli(['build', file, ...PERIOD_ARGS, '--out', out])).code).toBe(0);
    const workbook = await readBack(out);
    const annexCell = workbook.getWorksheet('Phụ lục')!.getCell('B8');
    expect(annexCell.value).toBe('=SUM(1,2)');
    expect(annexCell.formula).toBeUndefined();
    const detail = workbook.getWorksheet('Chi tiết')!.getRow(2);
    expect([detail.getCell(2).value, detail.getCell(3).value]).toEqual(['=2+3', '=SUM(1,2)']);
    expect(detail.getCell(2).formula).toBeUndefined();
    const grids = await readXlsxGrids(out);
    const outcome = validateGrid(grids[0]);
    expect(outcome.ok && outcome.report.findings).toEqual([]);
  });
});

describe('bad input gets a clear message and exit code 2', () => {
  test('a damaged .xls, an HTML page saved as .xls, a missing file', async () => {
    const dir = tempDir('tthc-build-');
    const xls = path.join(dir, 'old.xls');
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const html = path.join(dir, 'export.xls');
    writeFileSync(html, '<html><body><table><tr><td>Mã hồ sơ</td></tr></table></body></html>');
    const out = path.join(dir, 'a.xlsx');
    const old = await cli(['build', xls, ...PERIOD_ARGS, '--out', out]);
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(
      new RegExp(
        `^${xls.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: tệp Excel 97-2003 \\(\\.xls\\) bị hỏng, không đọc được \\(.*\\)\\. Nếu Excel mở được tệp, hãy lưu thành \\.xlsx`,
      ),
    );
    const page = await cli(['build', html, ...PERIOD_ARGS, '--out', out]);
    expect(page.code).toBe(2);
    expect(page.stderr).toContain(`${html}: tệp này là trang HTML mang đuôi .xls`);
    const missing = await cli(['build', path.join(dir, 'nope.csv'), ...PERIOD_ARGS, '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: không tìm thấy tệp.');
    await expect(fs.access(out)).rejects.toThrow();
  });

  test('a missing, unreadable or reversed period; a missing or wrong --out', async () => {
    const dir = tempDir('tthc-build-');
    const out = path.join(dir, 'a.xlsx');
    expect((await cli(['build', SAMPLE_CSV, '--out', out])).stderr).toContain(
      'Thiếu kỳ báo cáo: --from dd/MM/yyyy --to dd/MM/yyyy, hoặc --quarter II --year 2026.',
    );
    expect((await cli(['build', SAMPLE_CSV, '--from', '31/2/2026', '--to', '14/6/2026', '--out', out])).stderr).toContain('--from 31/2/2026: dd/MM/yyyy');
    expect((await cli(['build', SAMPLE_CSV, '--from', '14/6/2026', '--to', '15/3/2026', '--out', out])).stderr).toContain(
      'Ngày bắt đầu kỳ sau ngày kết thúc kỳ.',
    );
    expect((await cli(['build', SAMPLE_CSV, ...PERIOD_ARGS])).stderr).toContain('Thiếu --out TỆP.xlsx.');
    expect((await cli(['build', SAMPLE_CSV, ...PERIOD_ARGS, '--out', path.join(dir, 'a.xls')])).stderr).toContain('--out phải là tệp .xlsx.');
    expect((await cli(['build', ...PERIOD_ARGS, '--out', out])).code).toBe(2);
  });

  test('--out never overwrites an input; a folder that does not exist is named', async () => {
    const dir = tempDir('tthc-build-');
    const copy = path.join(dir, 'export.csv');
    await fs.copyFile(SAMPLE_CSV, copy);
    const before = await fs.readFile(copy);
    const same = await cli(['build', copy, ...PERIOD_ARGS, '--out', copy.replace(/\.csv$/, '.xlsx'), '--template', copy.replace(/\.csv$/, '.xlsx')]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('--out trùng với một tệp đầu vào');
    expect(await fs.readFile(copy)).toEqual(before);
    const missingDir = path.join(dir, 'no-such-folder', 'a.xlsx');
    const result = await cli(['build', copy, ...PERIOD_ARGS, '--out', missingDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${missingDir}: không ghi được tệp (ENOENT).`);
  });

  test('an empty export and one without a single dossier in the period', async () => {
    const dir = tempDir('tthc-build-');
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const result = await cli(['build', empty, ...PERIOD_ARGS, '--out', path.join(dir, 'a.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${empty}: tệp trống.`);
    const late = await cli(['build', SAMPLE_CSV, '--from', '1/1/2020', '--to', '31/3/2020', '--out', path.join(dir, 'b.xlsx')]);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('Không có hồ sơ nào để lập phụ lục');
  });
});
