// End to end on the sample workbook: the lead's reader, locator and figures, then the narrative.
import * as path from 'path';
import { readXlsxGrids } from '../../../src/cli/xlsx';
import { validateWorkbook } from '../../../src/core/validate';
import { narrativeForTable } from '../../../src/core/narrative';
import { narrativeLines } from '../../../src/i18n/narrative/plain';
import { renderNarrative } from '../../../src/i18n/narrative/render';
import { reconcileWithMessages as reconcileText } from './write';
import type { Grid, ValidationReport } from '../../../src/core/types';
import { readFileSync } from 'fs';
import { REQUIRED_LINES, expectLinesInOrder } from './seed-figures';
import { outcomeProblemText } from '../../../src/i18n/findings';

const SAMPLE = path.join(__dirname, '../../../assets/samples/phu-luc-quy-II-2026.xlsx');
const SEED_TEXT = readFileSync(path.join(__dirname, '../../../assets/samples/bao-cao-quy-II-2026.txt'), 'utf8');

let grid: Grid;
let report: ValidationReport;

beforeAll(async () => {
  const grids = await readXlsxGrids(SAMPLE);
  const outcome = validateWorkbook(grids);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  report = outcome.report;
  grid = grids.find((g) => g.sheetName === report.sheet)!;
});

test('the narrative of the sample, quarter II 2026, has the required lines in order', () => {
  const { model } = narrativeForTable(grid, report.table, { kind: 'Q2', year: 2026 });
  const lines = narrativeLines(renderNarrative(model, 'vi'));
  expectLinesInOrder(lines, REQUIRED_LINES);
  expect(lines).toContain(
    '- Các lĩnh vực tiếp nhận nhiều hồ sơ nhất: Chứng thực 1.922 hồ sơ (53,8%); Hộ tịch 1.066 hồ sơ (29,8%); Thành lập và hoạt động doanh nghiệp (hộ kinh doanh) 276 hồ sơ (7,7%).',
  );
  expect(lines).toContain('- Không có lĩnh vực nào có hồ sơ trả quá hạn hay đang giải quyết quá hạn.');
  expect(model.totalsSource).toBe('totals-row');
  expect(model.omitted).toEqual([]);
});

test('the same lines from the sum of the field rows when the totals and rates rows are gone', () => {
  const totalRow = report.table.rows.find((r) => r.kind === 'total')!.row;
  const cut: Grid = { ...grid, values: grid.values.slice(0, totalRow - grid.origin.row), merges: grid.merges };
  const outcome = validateWorkbook([cut]);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  const { model } = narrativeForTable(cut, outcome.report.table, { kind: 'Q2', year: 2026 });
  expect(model.totalsSource).toBe('field-sum');
  expectLinesInOrder(narrativeLines(renderNarrative(model, 'vi')), REQUIRED_LINES);
});

test('explicit dates give the same heading', () => {
  const { model } = narrativeForTable(grid, report.table, { from: { day: 15, month: 3, year: 2026 }, to: { day: 14, month: 6, year: 2026 } });
  expect(narrativeLines(renderNarrative(model, 'vi'))[0]).toBe(REQUIRED_LINES[0]);
});

test('the seed text reconciled against the sample workbook flags only the online figure', () => {
  const { figures } = narrativeForTable(grid, report.table);
  const result = reconcileText(SEED_TEXT, figures.totals, { columns: report.table.columns });
  expect(result.items.filter((i) => i.status === 'mismatch').map((i) => i.message.vi)).toEqual([
    'Tiếp nhận trực tuyến: văn bản ghi 3.575 hồ sơ, bảng ghi 3.556 (cột (4)).',
  ]);
  expect(result.summary).toEqual({ consistent: 20, mismatch: 1, notCheckable: 5 });
});

test('the annex of the sample: merged headers, numbering row, totals and rates as displayed', () => {
  const { annex } = narrativeForTable(grid, report.table);
  expect(annex.columnCount).toBe(16);
  expect(annex.headerRowCount).toBe(4);
  expect(annex.rows[0].cells.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
    ['STT', 1, 3],
    ['Lĩnh vực giải quyết', 1, 3],
    ['Số lượng hồ sơ tiếp nhận', 4, 1],
    ['Số lượng hồ sơ đã giải quyết', 6, 1],
    ['Số lượng hồ sơ đang giải quyết', 4, 1],
  ]);
  expect(annex.rows[1].cells.map((c) => c.text)).toEqual([
    'Tổng số',
    'Trong kỳ',
    'Từ kỳ trước',
    'Tổng số',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Từ chối, không giải quyết',
    'Hồ sơ rút',
    'Tổng số',
    'Trong hạn',
    'Quá hạn',
    'Yêu cầu bổ sung',
  ]);
  expect(annex.rows[2].cells.map((c) => c.text)).toEqual(['Thực tuyến', 'Thực tiếp, dịch vụ bưu chính']);
  expect(annex.rows[3].kind).toBe('numbering');
  expect(annex.rows[3].cells[2].text).toBe('(3)=(4)+(5)+(6)');
  // Widths follow the content: the field column widest, no count column narrower than "Trước hạn" needs.
  const widths = annex.columnWidths;
  expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  expect(Math.max(...widths)).toBe(widths[1]);
  expect(Math.min(...widths.slice(2))).toBeGreaterThanOrEqual((5 + 1.5) / (widths.length * 30));
  expect(annex.rows[4].cells.map((c) => c.text)).toEqual(['1', 'Hộ tịch', '1.066', '1.061', '', '5', '1.062', '1.043', '', '', '10', '9', '4', '', '', '4']);
  const total = annex.rows.find((r) => r.kind === 'total')!;
  expect(total.cells[0]).toEqual({ column: 0, text: 'Tổng cộng', colSpan: 2, rowSpan: 1, align: 'center' });
  expect(total.cells.map((c) => c.text)).toEqual(['Tổng cộng', '3.575', '3.556', '0', '19', '3.518', '3.488', '0', '0', '17', '13', '57', '47', '0', '10']);
  const rates = annex.rows.find((r) => r.kind === 'rates')!;
  expect(rates.cells.map((c) => c.text)).toEqual([
    'Tỷ lệ:',
    '100%',
    '100%',
    '',
    '',
    '98,4%',
    '97,6%',
    '0%',
    '0%',
    '0,5%',
    '0,4%',
    '1,6%',
    '1,3%',
    '0%',
    '0,3%',
  ]);
});
