// Files clerks will try (issue 12): a dossier export saved as .xls, WPS .et or .ods is read by the
// workbook reader and builds the same annex as the .xlsx it was saved from (the build says which
// format it read); a password-protected export and a non-workbook each get one line. CLI and pane.
// lo-export.xls/.ods: assets/samples/ho-so-dvcqg-quy-II-2026.xlsx saved by LibreOffice 7.4.
import { copyFileSync, readFileSync } from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/workbook';
import { readExportFile } from '../../src/taskpane/panels/build/export-files';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/xlsx';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'workbooks');
const XLSX = path.join(ROOT, 'assets', 'samples', 'ho-so-dvcqg-quy-II-2026.xlsx');
const PERIOD = ['--from', '15/3/2026', '--to', '14/6/2026'];

async function annexOf(file: string) {
  return (await readWorkbook(new Uint8Array(readFileSync(file)))).sheets[0].values;
}

describe('tthc-report build on exports saved as .xls, .et, .ods', () => {
  const dir = tempDir('tthc-build-formats-');
  let fromXlsx: unknown;
  beforeAll(async () => {
    const out = path.join(dir, 'from-xlsx.xlsx');
    expect((await runCli(['build', XLSX, ...PERIOD, '--out', out])).code).toBe(0);
    fromXlsx = await annexOf(out);
  });

  it.each([
    ['lo-export.xls', 'export.xls', 'Excel 97-2003 (.xls)'],
    ['lo-export.xls', 'export.et', 'WPS Spreadsheets (.et)'],
    ['lo-export.ods', 'export.ods', 'LibreOffice Calc (.ods)'],
  ])('%s as %s: the same annex, and says it read %s', async (fixture, name, format) => {
    const input = path.join(dir, name);
    copyFileSync(path.join(FIXTURES, fixture), input);
    const out = path.join(dir, `${name}.annex.xlsx`);
    const run = await runCli(['build', input, ...PERIOD, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  ${name} › DanhSachHoSo: 314 dòng`);
    expect(run.stdout).toContain(`  ${name}: đã đọc tệp dạng ${format}`);
    expect(await annexOf(out)).toEqual(fromXlsx);
  });

  it('a password-protected export: one line saying so and what to do', async () => {
    const run = await runCli(['build', path.join(FIXTURES, 'lo-password.xlsx'), ...PERIOD, '--out', path.join(dir, 'x.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${path.join(FIXTURES, 'lo-password.xlsx')}: tệp Excel (.xlsx) được đặt mật khẩu mở, nên không đọc được. Hãy mở tệp (nhập mật khẩu), bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa trống) rồi lưu thành .xlsx.\n`,
    );
  });
});

describe("the pane's Lập phụ lục reads the same files the same way", () => {
  const file = (fixture: string, name = fixture) => new File([readFileSync(path.join(FIXTURES, fixture))], name);

  it('an .ods export: its tables, and the format it was read as', async () => {
    const formats: string[] = [];
    const tables = await readExportFile(file('lo-export.ods', 'ho-so.ods'), 'vi', undefined, (format) => formats.push(format));
    expect(formats).toEqual(['ods']);
    expect(tables.map((t) => [t.source, t.rows.length])).toEqual([['ho-so.ods › DanhSachHoSo', 317]]);
  });

  it('a password-protected workbook, a picture and an empty file: one line each', async () => {
    await expect(readExportFile(file('lo-password.xls'), 'vi')).rejects.toThrow(
      /^lo-password\.xls: tệp Excel 97-2003 \(\.xls\) được đặt mật khẩu mở, nên không đọc được\./,
    );
    const picture = new File([readFileSync(path.join(ROOT, 'assets', 'clear-16.png'))], 'anh.png');
    await expect(readExportFile(picture, 'vi')).rejects.toThrow('anh.png: chỉ đọc được tệp .xlsx, .xls, .et (WPS), .ods và .csv.');
    await expect(readExportFile(new File([], 'rong.xlsx'), 'vi')).rejects.toThrow('rong.xlsx: tệp trống.');
  });
});
