import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/xlsx';

const PERIOD_ARGS = ['--from', '15/3/2026', '--to', '14/6/2026'];
const HEADER = ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'];

jest.setTimeout(60_000);

function cli(args: string[]) {
  return runCli(args);
}

async function writeExport(file: string, sheets: { name: string; state: ExcelJS.WorksheetState; codes: string[] }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, state, codes } of sheets) {
    const sheet = workbook.addWorksheet(name, { state });
    sheet.addRow(HEADER);
    for (const code of codes) sheet.addRow([code, 'Hộ tịch', 'Trực tuyến', '01/04/2026', '10/04/2026', '', 'Đang xử lý']);
  }
  await workbook.xlsx.writeFile(file);
}

describe('hidden sheets of an .xlsx export', () => {
  test('are not read, and the summary says so', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'dvc.xlsx');
    await writeExport(file, [
      { name: 'DS', state: 'visible', codes: ['A1', 'A2'] },
      { name: 'Cũ', state: 'hidden', codes: ['B1', 'B2', 'B3'] },
      { name: 'Tra cứu', state: 'veryHidden', codes: ['C1'] },
    ]);
    const result = await cli(['build', file, ...PERIOD_ARGS, '--out', path.join(dir, 'a.xlsx')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Tiếp nhận (3) = 2;');
    expect(result.stdout).toContain('  dvc.xlsx › Cũ: trang tính bị ẩn, không đọc (hiện trang tính trong Excel nếu cần lấy dữ liệu của nó)');
    expect(result.stdout).toContain('  dvc.xlsx › Tra cứu: trang tính bị ẩn, không đọc');
    expect(result.stdout).not.toContain('dvc.xlsx: tệp trống');
  });

  test('a file with only hidden sheets is named with what to do', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'an.xlsx');
    await writeExport(file, [{ name: 'DS', state: 'hidden', codes: ['A1'] }]);
    const result = await cli(['build', file, ...PERIOD_ARGS, '--out', path.join(dir, 'a.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: chỉ có trang tính bị ẩn; hiện trang tính chứa danh sách hồ sơ trong Excel rồi chạy lại.`);
  });
});
