// Issue 12, "Files clerks will try": an .xls, .ods or WPS .et is read and the CLI says which
// format it read; a password-protected or damaged workbook, a web page named .xls: one line,
// in Vietnamese (English with --lang en), saying what the file is and how to save it as .xlsx.
import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/xlsx';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'workbooks');
const fixture = (name: string) => path.join(FIXTURES, name);
const dir = tempDir('tthc-files-');

describe('validate on the formats clerks save', () => {
  it('reads an .xls, an .ods and a WPS .et, names the format and finds the planted mistakes', async () => {
    const et = path.join(dir, 'bao-cao.et');
    copyFileSync(fixture('lo-everything.xls'), et);
    const human = await runCli(['validate', fixture('lo-everything.xls'), fixture('lo-everything.ods'), et]);
    expect(human.code).toBe(1);
    expect(human.stderr).toBe('');
    expect(human.stdout).toContain(`${fixture('lo-everything.xls')} — trang “Phụ lục”, bảng A1:P18\n  Đã đọc tệp dạng Excel 97-2003 (.xls).\n`);
    expect(human.stdout).toContain('  Đã đọc tệp dạng LibreOffice Calc (.ods).\n');
    expect(human.stdout).toContain('  Đã đọc tệp dạng WPS Spreadsheets (.et).\n');
    expect(human.stdout).toContain('Tổng: 3 tệp, 18 lỗi, 3 cảnh báo.');

    const english = await runCli(['validate', '--lang', 'en', fixture('lo-everything.ods')]);
    expect(english.stdout).toContain('  Read as LibreOffice Calc (.ods).\n');

    const json = JSON.parse((await runCli(['validate', '--json', fixture('lo-everything.xls'), fixture('lo-chart.xlsx')])).stdout);
    expect(json.map((r: { format: string; summary: unknown }) => [r.format, r.summary])).toEqual([
      ['xls', { errors: 6, warnings: 1, culprits: 3, undecided: 0, verdict: 'invalid' }],
      ['xlsx', { errors: 6, warnings: 1, culprits: 3, undecided: 0, verdict: 'invalid' }],
    ]);
  });

  it('says nothing about the format of an .xlsx (the output stays as it was)', async () => {
    const { stdout } = await runCli(['validate', fixture('lo-everything.xlsx')]);
    expect(stdout).not.toContain('Đã đọc tệp dạng');
  });

  it('reads the workbook with the chart that exceljs 4.4.0 called damaged, for every command', async () => {
    const file = fixture('ooxml-chart-user-shapes.xlsx');
    const validate = await runCli(['validate', file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo.');
    const narrative = await runCli(['narrative', file]);
    expect(narrative.code).toBe(0);
    expect(narrative.stdout).toContain('Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ');
  });
});

describe('workbooks that cannot be read: one line each, what the file is and what to do', () => {
  it('names a password-protected .xlsx and .xls, in Vietnamese and in English', async () => {
    const vi = await runCli(['validate', fixture('lo-password.xlsx'), fixture('lo-password.xls')]);
    expect(vi.code).toBe(2);
    expect(vi.stderr.trim().split('\n')).toEqual([
      `${fixture('lo-password.xlsx')}: tệp Excel (.xlsx) được đặt mật khẩu mở, nên không đọc được. Hãy mở tệp (nhập mật khẩu), bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa trống) rồi lưu thành .xlsx.`,
      `${fixture('lo-password.xls')}: tệp Excel 97-2003 (.xls) được đặt mật khẩu mở, nên không đọc được. Hãy mở tệp (nhập mật khẩu), bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa trống) rồi lưu thành .xlsx.`,
    ]);
    const en = await runCli(['validate', '--lang', 'en', fixture('lo-password.xlsx')]);
    expect(en.stderr.trim()).toBe(
      `${fixture('lo-password.xlsx')}: the Excel (.xlsx) file is protected by a password to open, so it cannot be read. Open it (enter the password), remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save it as .xlsx.`,
    );
  });

  it('calls a truncated workbook damaged and says the rest plainly; nothing crashes', async () => {
    const truncated = path.join(dir, 'cut.xlsx');
    writeFileSync(truncated, readFileSync(fixture('lo-chart.xlsx')).subarray(0, 4000));
    const html = path.join(dir, 'portal.xls');
    writeFileSync(html, '<html><head><meta charset="utf-8"></head><body><table><tr><td>Hộ tịch</td></tr></table></body></html>');
    const empty = path.join(dir, 'empty.xlsx');
    writeFileSync(empty, '');
    const doc = path.join(dir, 'report.xls');
    copyFileSync(fixture('lo-everything.xls'), doc);
    const docBytes = readFileSync(doc);
    // An OLE package without a workbook stream (as a .doc): the Workbook stream renamed in place.
    const workbookName = Buffer.from('Workbook', 'utf16le');
    docBytes.set(Buffer.from('WordDocument', 'utf16le').subarray(0, workbookName.length), docBytes.indexOf(workbookName));
    writeFileSync(doc, docBytes);

    const run = await runCli(['validate', '--json', truncated, html, empty, doc]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${truncated.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: tệp Excel \\(\\.xlsx\\) bị hỏng, không đọc được \\(.+\\)\\. Nếu Excel mở được tệp, hãy lưu thành \\.xlsx`,
      ),
    );
    expect(lines[1]).toBe(
      `${html}: tệp này là trang web (HTML) mang tên bảng tính, như nhiều hệ thống xuất ra; mở tệp trong Excel (hoặc WPS, LibreOffice) và chọn Lưu thành (Save As) → "Sổ làm việc Excel (*.xlsx)", rồi dùng tệp .xlsx đó.`,
    );
    expect(lines[2]).toBe(`${empty}: tệp rỗng (0 byte) — có thể tải về chưa xong; hãy tải lại hoặc lưu lại tệp.`);
    expect(lines[3]).toBe(
      `${doc}: tệp này là văn bản Word, PowerPoint hoặc tài liệu khác, không phải bảng tính. Hãy chọn tệp Excel (.xlsx, .xls, .ods) có bảng phụ lục.`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at |undefined/);
    expect(JSON.parse(run.stdout).map((r: { error: string }) => r.error)).toEqual(lines);
  });
});
