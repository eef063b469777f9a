import { copyFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { runCli } from '../helpers/cli';
import { readXlsxGrids } from '../../src/cli/xlsx';
import type { Grid } from '../../src/core/types';
import schema from '../../schemas/validate-output.schema.json';
import { buildAnnexGrid, SEED_FIELDS, setCell, type FieldCounts } from '../helpers/annex';
import { tempDir, writeWorkbook } from '../helpers/xlsx';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'phu-luc-quy-II-2026.xlsx');
const PLANTED = path.join(__dirname, '..', '..', 'assets', 'samples', 'phu-luc-quy-II-2026-co-loi.xlsx');
const validateSchema = new Ajv({ allErrors: true }).compile(schema);

function cli(...args: string[]) {
  return runCli(args);
}

async function json(...args: string[]) {
  const result = await cli('validate', '--json', ...args);
  const parsed = JSON.parse(result.stdout);
  expect(validateSchema(parsed)).toBe(true);
  return { ...result, reports: parsed };
}

const dir = tempDir();
async function fixture(name: string, grids: Grid[]): Promise<string> {
  return writeWorkbook(path.join(dir, name), grids);
}

describe('tthc-report validate on the samples', () => {
  it('finds the clean sample consistent', async () => {
    const result = await cli('validate', SAMPLE);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('phu-luc-quy-II-2026.xlsx — trang “Phụ lục”, bảng A1:P18');
    expect(result.stdout).toContain('Bảng hợp lệ');
  });

  it('finds exactly the planted mistakes, as JSON that matches the schema', async () => {
    const { code, reports } = await json(PLANTED);
    expect(code).toBe(1);
    expect(reports[0].table.range).toBe('A1:P18');
    expect(
      reports[0].findings.map((f: { rule: string; culprit?: string; expected: number | null; actual: number | null }) => [
        f.rule,
        f.culprit,
        f.expected,
        f.actual,
      ]),
    ).toEqual([
      ['row-sum', 'D5', 1061, 1016],
      ['row-sum', 'M9', 30, 20],
      ['cross-sum', 'M9', 30, 20],
      ['column-total', 'D5', 1061, 1016],
      ['column-total', 'M9', 30, 20],
      ['rate', 'H18', 97.6, 97.5],
      ['text-number', 'C14', null, 1922],
    ]);
    expect(reports[0].summary).toEqual({ errors: 6, warnings: 1, culprits: 3, undecided: 0, verdict: 'invalid' });
    // One mistake, one card: D5's two failing sums on one card, M9's three on another.
    expect(reports[0].groups.map((g: { kind: string; cell: string; findings: number[] }) => [g.kind, g.cell, g.findings])).toEqual([
      ['culprit', 'D5', [0, 3]],
      ['culprit', 'M9', [1, 2, 4]],
      ['single', 'H18', [5]],
      ['single', 'C14', [6]],
    ]);
    expect(reports[0].groups[0].message).toBe('Ô D5 nhiều khả năng sai: đang ghi 1.016, đúng ra 1.061 — 2 phép kiểm tra không khớp.');
    expect(reports[0].verdict).toBe('2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo.');
    expect(reports[0].table.rows.map((r: { row: number; kind: string; reason: string }) => `${r.row}:${r.kind}:${r.reason}`)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `${i + 5}:field:numbered`),
      '17:total:total-label',
      '18:rates:rates-label',
    ]);
  });

  it('prints one card per mistake, without rule ids, and the verdict first in words', async () => {
    const result = await cli('validate', PLANTED);
    expect(result.stdout).not.toMatch(/row-sum|cross-sum|column-total|text-number/);
    const lines = result.stdout.trim().split('\n');
    expect(lines[1]).toBe('  LỖI       D5     Ô D5 nhiều khả năng sai: đang ghi 1.016, đúng ra 1.061 — 2 phép kiểm tra không khớp.');
    expect(lines[2]).toBe('                   · Dòng “Hộ tịch”: (3)=(4)+(5)+(6) không khớp — ô C5 ghi 1.066, tổng các cột thành phần là 1.021 (lệch 45).');
    expect(lines[lines.length - 1]).toBe('  2 ô nhiều khả năng sai, 1 tỷ lệ sai; 1 cảnh báo.');
  });

  it('speaks English with --lang en and reads several files, the highest exit code winning', async () => {
    const result = await cli('validate', '--lang', 'en', SAMPLE, PLANTED);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Cell D5 is most likely wrong: it states 1,016, it should be 1,061 — 2 checks fail.');
    expect(result.stdout).toContain('Total: 2 files, 6 errors, 1 warning.');
  });
});

describe('tthc-report validate on clerks’ workbooks', () => {
  it('finds a table offset under title rows with merged headers (exceljs repeats merged values)', async () => {
    const grid = buildAnnexGrid(SEED_FIELDS, { titleRows: ['UBND XÃ AN PHÚ', 'PHỤ LỤC', 'Kết quả giải quyết TTHC quý II năm 2026'], leftColumns: 2 });
    setCell(grid, 'J12', 115); // "Đất đai", (8)
    const file = await fixture('offset.xlsx', [grid]);
    const grids = await readXlsxGrids(file);
    expect(grids[0].values[3][4]).toBe('Số lượng hồ sơ tiếp nhận');
    expect(grids[0].values[3][5]).toBeNull(); // F4, inside the merged E4:H4
    expect(grids[0].values[4][3]).toBeNull(); // D5, inside the merged D4:D6
    const { code, reports } = await json(file);
    expect(code).toBe(1);
    expect(reports[0].table.range).toBe('C4:R21');
    expect(reports[0].findings.map((f: { rule: string; culprit: string }) => [f.rule, f.culprit])).toEqual([
      ['row-sum', 'J12'],
      ['column-total', 'J12'],
    ]);
  });

  it('handles 20 fields, no totals row, no rates row', async () => {
    const twenty: FieldCounts[] = Array.from({ length: 20 }, (_, i) => ({ ...SEED_FIELDS[i % 12], name: `Lĩnh vực ${i + 1}` }));
    const files = [
      await fixture('twenty.xlsx', [buildAnnexGrid(twenty)]),
      await fixture('no-totals.xlsx', [buildAnnexGrid(SEED_FIELDS, { totals: false, rates: false })]),
      await fixture('no-rates.xlsx', [buildAnnexGrid(SEED_FIELDS, { rates: false })]),
    ];
    const { code, reports } = await json(...files);
    expect(code).toBe(0);
    expect(reports.map((r: { table: { range: string } }) => r.table.range)).toEqual(['A1:P26', 'A1:P16', 'A1:P17']);
  });

  it('reports text numbers, error values, negative and decimal counts at their cells', async () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'C14', '1.922');
    setCell(grid, 'K5', { error: '#REF!' });
    setCell(grid, 'N8', -2);
    setCell(grid, 'D10', 0.036);
    const { code, reports } = await json(await fixture('bad-values.xlsx', [grid]));
    expect(code).toBe(1);
    expect(reports[0].findings.map((f: { rule: string; cells: string[]; expected: number | null }) => [f.rule, f.cells[0], f.expected])).toEqual([
      ['bad-value', 'K5', null],
      ['bad-value', 'N8', null],
      ['bad-value', 'D10', 36],
      ['text-number', 'C14', null],
    ]);
  });

  it('shows a field name full of HTML as text', async () => {
    const fields = SEED_FIELDS.map((f, i) => (i === 1 ? { ...f, name: '<script>alert("x")</script>' } : f));
    const grid = buildAnnexGrid(fields);
    setCell(grid, 'H6', 275);
    const { reports } = await json(await fixture('html.xlsx', [grid]));
    expect(reports[0].findings[0].row).toBe('<script>alert("x")</script>');
  });

  it('warns about formulas saved without results', async () => {
    const grid = buildAnnexGrid(SEED_FIELDS, { totalFormulas: true });
    setCell(grid, 'G17', null);
    grid.uncached = [{ row: 16, col: 6 }];
    const { code, reports } = await json(await fixture('uncached.xlsx', [grid]));
    expect(code).toBe(0);
    expect(reports[0].findings.map((f: { rule: string; cells: string[] }) => [f.rule, f.cells[0]])).toEqual([['no-cached-value', 'G17']]);
  });

  it('skips a hidden sheet and names the other sheets that hold a table', async () => {
    const template: Grid = { ...buildAnnexGrid(SEED_FIELDS, { sheetName: 'Mẫu' }), hidden: true };
    const april = buildAnnexGrid(SEED_FIELDS, { sheetName: 'Tháng 4' });
    setCell(april, 'N9', 20);
    const file = path.join(dir, 'hidden.xlsx');
    await writeWorkbook(file, [template, april, buildAnnexGrid(SEED_FIELDS, { sheetName: 'Tháng 5' })]);
    const { code, reports } = await json(file);
    expect(code).toBe(1);
    expect(reports[0].sheet).toBe('Tháng 4');
    expect(reports[0].otherSheets).toEqual(['Tháng 5']);
    const human = await cli('validate', file);
    expect(human.stdout).toContain('Lưu ý: các trang tính “Tháng 5” cũng có bảng phụ lục nhưng chưa được kiểm tra (dùng --sheet TÊN).');
    expect((await json('--sheet', 'Mẫu', file)).reports[0].sheet).toBe('Mẫu');
  });

  it('names a second table on the same sheet as not checked, and reads an .xlsx named .xls', async () => {
    const first = buildAnnexGrid(SEED_FIELDS);
    const second = buildAnnexGrid(SEED_FIELDS);
    const grid: Grid = { ...first, values: [...first.values, [], [], [], ...second.values], numberFormats: undefined, merges: [] };
    const file = await fixture('two-tables.xls', [grid]);
    const { reports } = await json(file);
    expect(reports[0].table.range).toBe('A1:P18');
    expect(reports[0].otherTables).toEqual(['A22:P39']);
  });

  it('reads a literal-percent format (0.0\\%, as LibreOffice saves 0.0"%") as percents, not ×100', async () => {
    const grid = buildAnnexGrid(SEED_FIELDS, { rateStyle: 'percent-number' });
    grid.numberFormats![17] = grid.numberFormats![17].map((f, c) => (c >= 2 ? '0.0\\%' : f));
    const file = await fixture('literal-percent.xlsx', [grid]);
    const { code, reports } = await json(file);
    expect(code).toBe(0);
    expect(reports[0].findings).toEqual([]);
  });

  it('picks the sheet named with --sheet', async () => {
    const notes: Grid = { sheetName: 'Ghi chú', origin: { row: 0, col: 0 }, values: [['Ghi chú của cán bộ']] };
    const file = await fixture('two-sheets.xlsx', [notes, buildAnnexGrid(SEED_FIELDS, { sheetName: 'Quý II' })]);
    expect((await json(file)).reports[0].sheet).toBe('Quý II');
    const wrong = await cli('validate', '--sheet', 'Ghi chú', file);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('không tìm thấy bảng phụ lục trên trang tính “Ghi chú”'.replace('không', 'Không'));
  });
});

describe('tthc-report validate on input it cannot use', () => {
  it('exits 2 with a one-line reason for a sheet without a table, an .xls, a missing file and a non-xlsx', async () => {
    const noTable = await fixture('no-table.xlsx', [
      {
        sheetName: 'Danh sách',
        origin: { row: 0, col: 0 },
        values: [
          ['Họ tên', 'Tuổi'],
          ['Nguyễn Văn A', 35],
        ],
      },
    ]);
    const xls = path.join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const text = path.join(dir, 'notes.xlsx');
    writeFileSync(text, 'plain text');
    const copy = path.join(dir, 'sample.xlsx');
    copyFileSync(SAMPLE, copy);

    const { code, reports, stderr } = await json(noTable, xls, path.join(dir, 'missing.xlsx'), text, copy);
    expect(code).toBe(2);
    expect(reports.map((r: { error?: string }) => r.error?.split(':')[0] ?? 'ok')).toEqual([noTable, xls, path.join(dir, 'missing.xlsx'), text, 'ok']);
    expect(reports[1].error).toContain('lưu thành .xlsx');
    expect(reports[2].error).toContain('không tìm thấy tệp');
    expect(stderr.trim().split('\n')).toHaveLength(4);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('explains usage errors', async () => {
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('validate', '--bogus', SAMPLE)).code).toBe(2);
    expect((await cli('nonsense')).stderr).toContain('unknown command: nonsense');
  });
});
