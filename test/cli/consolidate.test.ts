// `tthc-report consolidate` on a generated set of units (test/helpers/consolidate-set.ts): exact
// numbers by field and by unit computed here from the units' leaves, the lines and exit codes, the
// JSON against its schema, the workbook read back (Tổng hợp validates clean, narrative works on it).
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import schema from '../../schemas/consolidate-output.schema.json';
import { validateWorkbook } from '../../src/core/validate';
import type { Grid } from '../../src/core/types';
import { readWorkbook } from '../../src/workbook';
import { runCli } from '../helpers/cli';
import {
  AN_PHU,
  BEN_THANH,
  BINH_AN_CITY,
  BINH_AN_MINISTRIES,
  NO_NAME,
  PERIOD,
  TAN_LOI,
  writeConsolidateSet,
  type ConsolidateSet,
} from '../helpers/consolidate-set';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import { seedUnit, type UnitFields } from '../core/consolidate/units';
import type { Leaves } from '../helpers/variants';

const validateSchema = new Ajv({ allErrors: true }).compile(schema);
let dir: string;
let set: ConsolidateSet;

beforeAll(async () => {
  dir = tempDir('tthc-consolidate-');
  set = await writeConsolidateSet(dir);
});

/** II.06a's 13 columns (3)…(13) of some fields' leaves, folded as the issue says. */
function row06a(list: Leaves[]): number[] {
  const s = (key: keyof Leaves) => list.reduce((sum, l) => sum + l[key], 0);
  const onTime = s('onTime') + s('rejected') + s('withdrawn');
  const inTime = s('inTime') + s('supplement');
  return [
    s('online') + s('direct') + s('carried'),
    s('online'),
    s('direct'),
    s('carried'),
    s('early') + onTime + s('late'),
    s('early'),
    onTime,
    s('late'),
    inTime + s('overdue'),
    inTime,
    s('overdue'),
  ];
}
function row16(list: Leaves[]): number[] {
  const s = (key: keyof Leaves) => list.reduce((sum, l) => sum + l[key], 0);
  return [
    s('online') + s('direct') + s('carried'),
    s('online'),
    s('direct'),
    s('carried'),
    s('early') + s('onTime') + s('late') + s('rejected') + s('withdrawn'),
    s('early'),
    s('onTime'),
    s('late'),
    s('rejected'),
    s('withdrawn'),
    s('inTime') + s('overdue') + s('supplement'),
    s('inTime'),
    s('overdue'),
    s('supplement'),
  ];
}
const named = (units: UnitFields[], ...names: string[]) => units.flatMap((u) => u.filter((f) => names.includes(f.name)).map((f) => f.leaves));
const all = (units: UnitFields[]) => units.flatMap((u) => u.map((f) => f.leaves));

async function sheet(file: string, name: string): Promise<Grid> {
  const grids = (await readWorkbook(new Uint8Array(readFileSync(file)))).sheets;
  return grids.find((g) => g.sheetName === name) as Grid;
}
const numbersOf = (grid: Grid, label: string, labelCol: number, from: number, count: number) => {
  const line = grid.values.find((r) => r[labelCol] === label);
  if (!line) throw new Error(`no row ${label}`);
  return line.slice(from, from + count);
};

describe('the whole set: mixed forms, a platform pair, an error, an unreadable file, a name from the file', () => {
  let out: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    out = path.join(dir, 'TONG-HOP.xlsx');
    result = await runCli(['consolidate', set.anPhu, set.benThanh, set.binhAnMinistries, set.binhAnCity, set.tanLoi, set.broken, set.noName, '--out', out]);
  });

  test('exit 1; the summary leads with the unit whose table is wrong, then the unreadable file', () => {
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('1 đơn vị có bảng lỗi, vẫn được tổng hợp như đã ghi: xã Tân Lợi.');
    expect(lines[1]).toBe(`1 tệp không đọc được: ${set.broken}.`);
    expect(lines).toContain(`  ${set.tanLoi} › Phụ lục — xã Tân Lợi (A4:P11): 3 lỗi`);
    expect(lines).toContain(`  ${set.benThanh} › Biểu II.06a — phường Bến Thành (A5:M12): hợp lệ`);
    expect(lines).toContain(`  ${set.binhAnMinistries} › Phụ lục — xã Bình An, Hệ thống các Bộ (A4:P11): hợp lệ`);
    expect(lines).toContain(`  ${set.noName} › Phụ lục — Phường 3 (A3:P9): hợp lệ`);
    expect(lines).toContain(`  - ${set.noName} › Phụ lục: tiêu đề không ghi tên đơn vị, lấy theo tên tệp: "Phường 3" (sửa bằng --units).`);
    expect(lines).toContain(
      `  - xã Bình An: cộng số liệu các hệ thống — Hệ thống các Bộ (${set.binhAnMinistries} › Phụ lục) + Hệ thống thành phố (${set.binhAnCity} › Phụ lục).`,
    );
    expect(lines).toContain(
      `  - Lĩnh vực "Lĩnh vực chứng thực" được cộng vào "Chứng thực": cùng tên khi bỏ qua chữ hoa, khoảng trắng, "Lĩnh vực" — ${set.benThanh} › Biểu II.06a.`,
    );
    expect(lines).toContain(
      `  - ${set.tanLoi} › Phụ lục!C8 (Hộ tịch, tổng số tiếp nhận): ghi 35, cộng các cột thành phần được 25; bảng tổng hợp cộng theo các cột thành phần.`,
    );
    expect(result.stdout).toContain('(9)+(11)+(12) vào "Đúng hạn", (14)+(16) vào "Trong hạn"');
    expect(lines).toContain('Trang Tổng hợp đã được kiểm tra lại: hợp lệ.');
  });

  test('Tổng hợp: II.06a columns, exact numbers by field, validates clean when read back', async () => {
    const grid = await sheet(out, 'Tổng hợp');
    const units = [AN_PHU, BEN_THANH, BINH_AN_MINISTRIES, BINH_AN_CITY, TAN_LOI, NO_NAME];
    expect(numbersOf(grid, 'Hộ tịch', 1, 2, 11)).toEqual(row06a([...named(units, 'Hộ tịch', 'Hộ Tịch')]));
    expect(numbersOf(grid, 'Chứng thực', 1, 2, 11)).toEqual(row06a(named(units, 'Chứng thực', 'Lĩnh vực chứng thực')));
    expect(numbersOf(grid, 'Đất đai', 1, 2, 11)).toEqual(row06a(named(units, 'Đất đai')));
    expect(numbersOf(grid, 'Người có công', 1, 2, 11)).toEqual(row06a(named([AN_PHU], 'Người có công')));
    expect(numbersOf(grid, 'Tổng cộng', 0, 2, 11)).toEqual(row06a(all(units)));
    expect(grid.values.map((r) => r[1]).filter((v) => typeof v === 'string' && /tịch|thực|đai|công$/.test(v))).toEqual([
      'Hộ tịch',
      'Đất đai',
      'Chứng thực',
      'Người có công',
    ]);
    const outcome = validateWorkbook([grid], 'Tổng hợp');
    expect(outcome.ok && outcome.report.findings).toEqual([]);
    expect(outcome.ok && outcome.report.summary.verdict).toBe('valid');
  });

  test('Theo đơn vị: one row per unit (the platforms added), the ranking columns from the counts', async () => {
    const grid = await sheet(out, 'Theo đơn vị');
    expect(numbersOf(grid, 'xã Bình An', 1, 2, 11)).toEqual(row06a([...all([BINH_AN_MINISTRIES]), ...all([BINH_AN_CITY])]));
    expect(numbersOf(grid, 'xã Tân Lợi (có lỗi)', 1, 2, 11)).toEqual(row06a(all([TAN_LOI])));
    const benThanh = row06a(all([BEN_THANH]));
    const [onTime, online, overdue] = numbersOf(grid, 'phường Bến Thành', 1, 13, 3) as number[];
    expect(onTime).toBeCloseTo((benThanh[5] + benThanh[6]) / benThanh[4], 10);
    expect(online).toBeCloseTo(benThanh[1] / (benThanh[1] + benThanh[2]), 10);
    expect(overdue).toBe(benThanh[7] + benThanh[10]);
    expect(grid.values.some((r) => typeof r[13] === 'string' && r[13] === 'Tỷ lệ giải quyết đúng hạn trên số đã giải quyết')).toBe(true);
    expect(grid.values.some((r) => r[13] === '(14)=((8)+(9))/(7)')).toBe(true);
  });

  test('Kiểm tra: per input its verdict and first findings; the unreadable file; the decisions', async () => {
    const grid = await sheet(out, 'Kiểm tra');
    const rows = grid.values.map((r) => r.filter((v) => v !== null && v !== ''));
    expect(rows).toContainEqual([set.tanLoi, 'Phụ lục', 'xã Tân Lợi', 'A4:P11', '3 lỗi', expect.stringMatching(/^C8: /)]);
    expect(rows).toContainEqual([set.broken, 'không đọc được', `không phải tệp bảng tính (.xlsx, .xls, .ods, .et). Hãy chọn tệp Excel có bảng phụ lục.`]);
  });

  test('narrative works on the Tổng hợp sheet', async () => {
    const narrative = await runCli(['narrative', out]);
    expect(narrative.code).toBe(0);
    const total = row06a(all([AN_PHU, BEN_THANH, BINH_AN_MINISTRIES, BINH_AN_CITY, TAN_LOI, NO_NAME]));
    expect(narrative.stdout).toContain(`- Tổng số hồ sơ tiếp nhận là: ${total[0].toLocaleString('de-DE')} hồ sơ.`);
    expect(narrative.stdout).toContain('quý II năm 2026');
  });

  test('--json matches its schema and holds the same table', async () => {
    const json = await runCli(['consolidate', set.anPhu, set.benThanh, set.binhAnMinistries, set.binhAnCity, set.tanLoi, set.broken, set.noName, '--json']);
    expect(json.code).toBe(1);
    const data = JSON.parse(json.stdout);
    expect(validateSchema(data)).toBe(true);
    expect(data.units.map((u: { unit: string }) => u.unit)).toEqual(['xã An Phú', 'phường Bến Thành', 'xã Bình An', 'xã Tân Lợi', 'Phường 3']);
    expect(data.units[2].sources.map((s: { platform: string }) => s.platform)).toEqual(['Hệ thống các Bộ', 'Hệ thống thành phố']);
    expect(data.table.rows.find((r: { kind: string }) => r.kind === 'total').values).toEqual(
      row06a(all([AN_PHU, BEN_THANH, BINH_AN_MINISTRIES, BINH_AN_CITY, TAN_LOI, NO_NAME])),
    );
    expect(
      data.fields.find((f: { name: string }) => f.name === 'Chứng thực').matchedFrom.map((m: { name: string; how: string }) => `${m.name}:${m.how}`),
    ).toEqual(['Chứng thực:same', 'Lĩnh vực chứng thực:normalised', 'Chứng thực:same', 'Chứng thực:same']);
    expect(data.summary).toEqual({
      units: 5,
      invalidUnits: ['xã Tân Lợi'],
      skippedUnits: [],
      missing: 0,
      unread: 1,
      fields: 4,
      selfCheck: 'valid',
      exitCode: 1,
    });
  });
});

test('all in the seed form: the 16 columns stay, exact totals; exit 0', async () => {
  const out = path.join(dir, 'seed.xlsx');
  const result = await runCli(['consolidate', set.anPhu, set.binhAnMinistries, set.binhAnCity, set.noName, '--out', out]);
  expect(result.code).toBe(0);
  expect(result.stdout.split('\n')[0]).toBe('Mọi bảng của 3 đơn vị đều hợp lệ.');
  const grid = await sheet(out, 'Tổng hợp');
  expect(numbersOf(grid, 'Tổng cộng', 0, 2, 14)).toEqual(row16(all([AN_PHU, BINH_AN_MINISTRIES, BINH_AN_CITY, NO_NAME])));
  expect(numbersOf(grid, 'Hộ tịch', 1, 2, 14)).toEqual(row16(named([AN_PHU, BINH_AN_MINISTRIES, BINH_AN_CITY, NO_NAME], 'Hộ tịch')));
  const outcome = validateWorkbook([grid], 'Tổng hợp');
  expect(outcome.ok && outcome.report.summary.verdict).toBe('valid');
});

test('--skip-invalid leaves the unit out, says so, and the totals lack it', async () => {
  const result = await runCli(['consolidate', set.anPhu, set.tanLoi, '--skip-invalid', '--json']);
  const data = JSON.parse(result.stdout);
  expect(result.code).toBe(1);
  expect(data.summary.skippedUnits).toEqual(['xã Tân Lợi']);
  expect(data.table.rows.find((r: { kind: string }) => r.kind === 'total').values).toEqual(row16(all([AN_PHU])));
  expect(data.notes.map((n: { text: string }) => n.text)).toContain(`Không cộng ${set.tanLoi} › Phụ lục: bảng có lỗi, bỏ ra theo --skip-invalid.`);
});

test('a unit sent twice, and a national-portal table beside another: exit 2 naming the files; --units decides', async () => {
  const copy = path.join(dir, 'xa-an-phu-gui-lai.xlsx');
  writeFileSync(copy, readFileSync(set.anPhu));
  const twice = await runCli(['consolidate', set.anPhu, copy, '--out', path.join(dir, 'x.xlsx')]);
  expect(twice.code).toBe(2);
  expect(twice.stderr).toContain(`- xã An Phú: gửi nhiều bảng mà tiêu đề không ghi là các hệ thống khác nhau: ${set.anPhu} › Phụ lục; ${copy} › Phụ lục`);
  const units = path.join(dir, 'units.json');
  writeFileSync(units, JSON.stringify({ 'xa-an-phu-gui-lai.xlsx': { use: false } }));
  const decided = await runCli(['consolidate', set.anPhu, copy, '--units', units, '--json']);
  expect(decided.code).toBe(0);
  expect(JSON.parse(decided.stdout).table.rows.find((r: { kind: string }) => r.kind === 'total').values).toEqual(row16(all([AN_PHU])));

  const national = await writeWorkbook(path.join(dir, 'xa-binh-an-cong-quoc-gia.xlsx'), [
    seedUnit(BINH_AN_CITY, ['UBND XÃ BÌNH AN', `${PERIOD[0]} TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA`, PERIOD[1]]),
  ]);
  const asked = await runCli(['consolidate', set.binhAnCity, national, '--out', path.join(dir, 'y.xlsx')]);
  expect(asked.code).toBe(2);
  expect(asked.stderr).toContain(
    `- xã Bình An: có bảng của Cổng Dịch vụ công quốc gia (có thể đã gồm hồ sơ đồng bộ từ các hệ thống khác) cùng bảng khác: ${set.binhAnCity} › Phụ lục (Hệ thống thành phố); ${national} › Phụ lục (Cổng Dịch vụ công quốc gia)`,
  );
});

test('inputs of different periods are refused in one line naming the files and their periods', async () => {
  const q1 = await writeWorkbook(path.join(dir, 'xa-tan-loi-quy-1.xlsx'), [seedUnit(TAN_LOI, ['UBND XÃ TÂN LỢI', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2026'])]);
  const result = await runCli(['consolidate', set.anPhu, q1, '--out', path.join(dir, 'z.xlsx')]);
  expect(result.code).toBe(2);
  expect(result.stderr.trim()).toBe(
    `Các bảng không cùng kỳ báo cáo, không tổng hợp: ${set.anPhu} › Phụ lục: quý II năm 2026 (từ ngày 15/3 đến ngày 14/6/2026); ${q1} › Phụ lục: quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026).`,
  );
});

test('--expected: units that sent nothing are "Chưa nộp", groups get subtotal rows', async () => {
  const list = path.join(dir, 'don-vi.txt');
  writeFileSync(list, 'Sở Tư pháp\nxã An Phú\nphường Bến Thành\nxã Vĩnh Hòa\n');
  const out = path.join(dir, 'expected.xlsx');
  const result = await runCli(['consolidate', set.anPhu, set.benThanh, '--expected', list, '--out', out]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Chưa nộp (2): Sở Tư pháp, xã Vĩnh Hòa.');
  const grid = await sheet(out, 'Theo đơn vị');
  const labels = grid.values.map((r) => [r[0], r[1], r[2]]).filter((r) => typeof r[1] === 'string' && r[0] !== null);
  expect(labels.slice(-6)).toEqual([
    ['I', 'Sở, ban, ngành', null],
    [1, 'Sở Tư pháp', 'Chưa nộp'],
    ['II', 'Xã, phường, đặc khu', row06a(all([AN_PHU, BEN_THANH]))[0]],
    [1, 'xã An Phú', row06a(all([AN_PHU]))[0]],
    [2, 'phường Bến Thành', row06a(all([BEN_THANH]))[0]],
    [3, 'xã Vĩnh Hòa', 'Chưa nộp'],
  ]);
  expect(numbersOf(grid, 'Tổng cộng', 0, 2, 11)).toEqual(row06a(all([AN_PHU, BEN_THANH])));
  expect((await sheet(out, 'Tổng hợp')).values.flat()).toContain('Chưa nộp: Sở Tư pháp, xã Vĩnh Hòa.');
});

test('--save-fields writes the matches; --fields merges a name the rules keep apart', async () => {
  const odd = await writeWorkbook(path.join(dir, 'xa-phu-my.xlsx'), [
    seedUnit([{ name: 'Hộ tịch - Chứng thực', leaves: AN_PHU[0].leaves }], ['UBND XÃ PHÚ MỸ', ...PERIOD]),
  ]);
  const saved = path.join(dir, 'linh-vuc.json');
  const first = await runCli(['consolidate', set.anPhu, odd, '--json', '--save-fields', saved]);
  expect(JSON.parse(first.stdout).fields.map((f: { name: string }) => f.name)).toEqual([
    'Hộ tịch',
    'Đất đai',
    'Chứng thực',
    'Người có công',
    'Hộ tịch - Chứng thực',
  ]);
  // Names that stand alone but look like another field are saved as they are, for the clerk to edit.
  expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual({ 'Hộ tịch': 'Hộ tịch', 'Chứng thực': 'Chứng thực', 'Hộ tịch - Chứng thực': 'Hộ tịch - Chứng thực' });
  writeFileSync(saved, JSON.stringify({ 'Hộ tịch - Chứng thực': 'Hộ tịch' }));
  const second = JSON.parse((await runCli(['consolidate', set.anPhu, odd, '--json', '--fields', saved])).stdout);
  expect(second.fields.map((f: { name: string }) => f.name)).toEqual(['Hộ tịch', 'Đất đai', 'Chứng thực', 'Người có công']);
  expect(second.table.rows[0].values).toEqual(row16([AN_PHU[0].leaves, AN_PHU[0].leaves]));
});

test('--template gives the field order and names; a bad template is one line, exit 2', async () => {
  const result = await runCli(['consolidate', set.anPhu, set.binhAnCity, '--template', set.benThanh, '--json']);
  expect(JSON.parse(result.stdout).fields.map((f: { name: string }) => f.name)).toEqual(['Lĩnh vực chứng thực', 'Hộ Tịch', 'Đất đai', 'Người có công']);
  const bad = await runCli(['consolidate', set.anPhu, '--template', set.broken, '--json']);
  expect(bad.code).toBe(2);
  expect(bad.stderr.trim()).toBe(`${set.broken}: không phải tệp bảng tính (.xlsx, .xls, .ods, .et). Hãy chọn tệp Excel có bảng phụ lục.`);
});
