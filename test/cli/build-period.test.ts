import * as path from 'path';
import { runCli } from '../helpers/cli';
import { readXlsxGrids } from '../../src/cli/xlsx';
import { tempDir } from '../helpers/xlsx';

const SAMPLE_CSV = path.join(__dirname, '..', '..', 'assets', 'samples', 'ho-so-mot-cua-quy-II-2026.csv');

jest.setTimeout(60_000);

function cli(args: string[]) {
  return runCli(args);
}

async function titleOf(file: string): Promise<[unknown, unknown]> {
  const grid = (await readXlsxGrids(file))[0];
  return [grid.values[0][0], grid.values[1][0]];
}

describe('build period options', () => {
  test.each([
    ['6T', 'KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026', '15/12/2025', '14/06/2026'],
    ['9T', 'KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH 9 THÁNG NĂM 2026', '15/12/2025', '14/09/2026'],
    ['năm', 'KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH NĂM 2026', '15/12/2025', '14/12/2026'],
    ['I', 'KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2026', '15/12/2025', '14/03/2026'],
  ])('--quarter %s --year 2026 is the official period, named in the title', async (kind, title, from, to) => {
    const dir = tempDir();
    const out = path.join(dir, 'a.xlsx');
    const result = await cli(['build', SAMPLE_CSV, '--quarter', kind, '--year', '2026', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Kỳ báo cáo: ${from} – ${to}`);
    expect(await titleOf(out)).toEqual([title, `(Số liệu tính từ ngày ${from} đến hết ngày ${to})`]);
  });

  test('dates that are the official 6 months are named so', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'a.xlsx');
    expect((await cli(['build', SAMPLE_CSV, '--from', '15/12/2025', '--to', '14/6/2026', '--out', out])).code).toBe(0);
    expect((await titleOf(out))[0]).toBe('KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026');
  });

  test('--from/--to contradicting --quarter are refused with both periods named', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'a.xlsx');
    const result = await cli(['build', SAMPLE_CSV, '--from', '15/3/2026', '--to', '14/6/2026', '--quarter', 'III', '--year', '2026', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--from/--to (15/03/2026 – 14/06/2026) không khớp với quý III năm 2026 (15/06/2026 – 14/09/2026): bỏ --quarter/--year để dùng đúng các ngày đã nhập, hoặc bỏ --from/--to.',
    );
  });

  test('--quarter matching the dates is accepted, its year taken from --to', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'a.xlsx');
    const result = await cli(['build', SAMPLE_CSV, '--from', '15/3/2026', '--to', '14/6/2026', '--quarter', 'II', '--out', out]);
    expect(result.code).toBe(0);
    expect((await titleOf(out))[0]).toBe('KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026');
  });

  test('an unknown --quarter names every accepted value', async () => {
    const result = await cli(['build', SAMPLE_CSV, '--quarter', 'V', '--year', '2026', '--out', path.join(tempDir(), 'a.xlsx'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--quarter “V” is not valid: use I, II, III, IV (or 1–4), 6T, 9T or năm (year).');
  });
});
