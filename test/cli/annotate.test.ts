// `validate --annotate OUT.xlsx` and `--annotate-dir DIR`: the copy the standalone page downloads,
// written by the CLI for clerks on WPS Office and LibreOffice.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/xlsx';
import { exceljsWorkbook, readerCells } from '../workbook/annotate/helpers';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'workbooks');
const EVERYTHING = path.join(FIXTURES, 'lo-everything.xlsx');
const VALID = path.join(__dirname, '..', '..', 'assets', 'samples', 'phu-luc-quy-II-2026.xlsx');

describe('validate --annotate', () => {
  it('writes the annotated copy beside the usual report and says so', async () => {
    const out = path.join(tempDir(), 'danh-dau.xlsx');
    const run = await runCli(['validate', EVERYTHING, '--annotate', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  LỖI       D5     Ô D5 nhiều khả năng sai: đang ghi 1.016, đúng ra 1.061');
    expect(run.stdout).toContain(
      `  Đã ghi bản đánh dấu: ${out} (4 ô được tô màu hoặc kẻ viền, mỗi ô có ghi chú lý do; trang "Kết quả kiểm tra" liệt kê các lỗi).`,
    );
    const copy = new Uint8Array(readFileSync(out));
    const workbook = await exceljsWorkbook(copy);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Phụ lục', 'Dữ liệu', 'Tổng hợp', 'Mẫu quý I', 'Kết quả kiểm tra']);
    expect((workbook.getWorksheet('Phụ lục')!.getCell('H18').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFB3BA');
    const before = await readerCells(new Uint8Array(readFileSync(EVERYTHING)));
    expect(await readerCells(copy)).toMatchObject(before);
  });

  it('in English with --lang en: the "Validation results" sheet', async () => {
    const out = path.join(tempDir(), 'annotated.xlsx');
    const run = await runCli(['validate', EVERYTHING, '--annotate', out, '--lang', 'en']);
    expect(run.stdout).toContain(`  Annotated copy written: ${out} (4 cells filled or outlined`);
    expect((await exceljsWorkbook(new Uint8Array(readFileSync(out)))).worksheets.at(-1)!.name).toBe('Validation results');
  });

  it('--annotate-dir writes one copy per .xlsx; an .xls and a WPS .et get one line saying to save as .xlsx', async () => {
    const dir = path.join(tempDir(), 'ra');
    const run = await runCli(['validate', VALID, path.join(FIXTURES, 'lo-everything.xls'), EVERYTHING, '--annotate-dir', dir]);
    expect(run.code).toBe(2);
    expect(existsSync(path.join(dir, 'phu-luc-quy-II-2026-danh-dau.xlsx'))).toBe(true);
    expect(existsSync(path.join(dir, 'lo-everything-danh-dau.xlsx'))).toBe(true);
    expect(run.stdout).toContain(
      `  Đã ghi bản đánh dấu: ${path.join(dir, 'phu-luc-quy-II-2026-danh-dau.xlsx')} (không có ô nào sai; trang "Kết quả kiểm tra" ghi kết luận).`,
    );
    expect(run.stdout).toContain('  Đã đọc tệp dạng Excel 97-2003 (.xls).');
    expect(run.stderr).toBe(
      `${path.join(FIXTURES, 'lo-everything.xls')}: bản đánh dấu chỉ ghi được từ tệp .xlsx, tệp này là .xls: hãy mở tệp bằng Excel, WPS hoặc LibreOffice, chọn Lưu thành (Save As) › "Sổ làm việc Excel (*.xlsx)", rồi dùng tệp .xlsx mới.\n`,
    );
  });

  it('refuses to overwrite the original, and --annotate with two files', async () => {
    const same = await runCli(['validate', EVERYTHING, '--annotate', EVERYTHING]);
    expect(same.code).toBe(2);
    expect(same.stderr).toBe(`${EVERYTHING}: bản đánh dấu không được ghi đè lên tệp gốc, hãy chọn tên khác.\n`);
    const two = await runCli(['validate', EVERYTHING, VALID, '--annotate', 'x.xlsx']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('--annotate ghi một tệp: với nhiều tệp hãy dùng --annotate-dir THƯ_MỤC.');
    const periods = await runCli(['validate', EVERYTHING, '--previous', VALID, '--annotate', 'x.xlsx']);
    expect(periods.code).toBe(2);
    expect(periods.stderr).toContain('--annotate và --annotate-dir chưa dùng được cùng --previous hay --periods');
  });
});
