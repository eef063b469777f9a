import { writeFileSync } from 'fs';
import * as path from 'path';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/xlsx';

const SAMPLE_CSV = path.join(__dirname, '..', '..', 'assets', 'samples', 'ho-so-mot-cua-quy-II-2026.csv');
const PERIOD_ARGS = ['--from', '15/3/2026', '--to', '14/6/2026'];

jest.setTimeout(60_000);

function cli(args: string[]) {
  return runCli(args);
}

describe('empty exports among good ones', () => {
  test.each(['empty.csv', 'empty.xlsx'])('a 0-byte %s is skipped with a warning; the build goes on', async (name) => {
    const dir = tempDir();
    const empty = path.join(dir, name);
    writeFileSync(empty, '');
    const out = path.join(dir, 'a.xlsx');
    const result = await cli(['build', SAMPLE_CSV, empty, ...PERIOD_ARGS, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  ${name}: tệp trống, bỏ qua (tải lại tệp xuất nếu cần)`);
    expect(result.stdout).toContain(`Đã ghi: ${out}`);
  });

  test('when every export is empty the build stops, naming each file', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'b.xlsx');
    writeFileSync(a, '');
    writeFileSync(b, '');
    const result = await cli(['build', a, b, ...PERIOD_ARGS, '--out', path.join(dir, 'out.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${a}: tệp trống.\n${b}: tệp trống.`);
  });
});
