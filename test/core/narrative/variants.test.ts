// The narrative on the other annex layouts clerks send (test/helpers/variants.ts): lines by role,
// lines a form cannot give left out, the text reconciling with its own table, the annex laid out.
import { narrativeForTable } from '../../../src/core/narrative';
import { narrativeLines, narrativeToPlainText } from '../../../src/i18n/narrative/plain';
import { renderNarrative } from '../../../src/i18n/narrative/render';
import { reconcileText } from '../../../src/core/narrative/reconcile/reconcile-text';
import type { Grid } from '../../../src/core/types';
import { validateGrid } from '../../../src/core/validate';
import { form06a, formOld, formOneRow, formSections } from '../../helpers/variants';
import { outcomeProblemText } from '../../../src/i18n/findings';

function narrativeOf(grid: Grid) {
  const outcome = validateGrid(grid);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  expect(outcome.report.summary.errors).toBe(0);
  return { ...narrativeForTable(grid, outcome.report.table, { kind: 'Q2', year: 2026 }), table: outcome.report.table };
}

const COMMON = [
  '- Tổng số hồ sơ tiếp nhận là: 3.273 hồ sơ. Trong đó:',
  '+ Tiếp nhận trong kỳ: 3.252 hồ sơ; kỳ trước chuyển sang: 21 hồ sơ.',
  '- Số hồ sơ đã xử lý và trả kết quả: 3.215 hồ sơ (tỷ lệ 98,2%);',
  '+ Số hồ sơ trả quá hạn: 3 hồ sơ (tỷ lệ 0,1%);',
  '- Hồ sơ đang giải quyết: 58 hồ sơ (tỷ lệ 1,8%);',
  '+ Hồ sơ quá hạn: 2 hồ sơ (tỷ lệ 0,1%);',
  '- Lĩnh vực có hồ sơ trả quá hạn: Bảo trợ xã hội 2 hồ sơ; Công thương 1 hồ sơ.',
  '- Lĩnh vực có hồ sơ đang giải quyết quá hạn: Bảo trợ xã hội 2 hồ sơ.',
];

describe.each([
  ['Biểu 06a (13 columns, rate column)', () => form06a({ rateColumn: true }).grid, ['resolved.rejected', 'resolved.withdrawn', 'pending.supplement'], true],
  [
    'older form: kỳ trước / mới tiếp nhận, no channel split',
    () => formOld().grid,
    ['received.online', 'resolved.rejected', 'resolved.withdrawn', 'pending.supplement'],
    false,
  ],
  ['one header row with numbers in the texts', () => formOneRow().grid, ['resolved.rejected', 'resolved.withdrawn', 'pending.supplement'], true],
  ['two sections with subtotal rows', () => formSections({ subtotals: 'rows' }).grid, [], true],
])('%s', (_name, grid, omitted, hasOnline) => {
  const bundle = narrativeOf(grid());
  const lines = narrativeLines(renderNarrative(bundle.model, 'vi'));

  test('states the totals by role and leaves out what the form lacks', () => {
    for (const line of COMMON) expect(lines).toContain(line);
    expect(bundle.model.omitted.map((o) => o.key)).toEqual(omitted);
    expect(lines.some((l) => l.startsWith('+ Tiếp nhận trực tuyến: 3.232 hồ sơ, đạt tỷ lệ 99,4%.'))).toBe(hasOnline);
    expect(lines.some((l) => l.startsWith('+ Hồ sơ rút'))).toBe(!omitted.includes('resolved.withdrawn'));
  });

  test('its text reconciles with its own table', () => {
    const report = reconcileText(narrativeToPlainText(renderNarrative(bundle.model, 'vi')), bundle.figures.totals, {
      columns: bundle.table.columns,
      fields: bundle.figures.fields,
    });
    expect(report.summary.mismatch).toBe(0);
    expect(report.summary.notCheckable).toBe(0);
  });

  test('the annex ends with the totals row, its label across the STT and field cells', () => {
    const total = bundle.annex.rows.find((r) => r.kind === 'total')!;
    expect(total.cells[0]).toMatchObject({ column: 0, colSpan: 2, text: expect.stringMatching(/^Tổng (cộng|số)$/) });
    expect(total.cells[1].text).toBe('3.273');
  });
});

test('Biểu 06a: its "(14)=((8)+(9))/(7)" rate column is shown as percents', () => {
  const { annex } = narrativeOf(form06a({ rateColumn: true }).grid);
  const total = annex.rows.find((r) => r.kind === 'total')!;
  expect(total.cells[total.cells.length - 1].text).toBe('99,9%');
});

test('two sections: section rows and subtotal rows stay in the annex, fields counted once', () => {
  const { annex, model } = narrativeOf(formSections({ subtotals: 'rows' }).grid);
  expect(annex.rows.map((r) => r.kind).filter((k) => k !== 'field')).toEqual([
    'header',
    'header',
    'header',
    'numbering',
    'section',
    'subtotal',
    'blank',
    'section',
    'subtotal',
    'total',
  ]);
  expect(narrativeLines(renderNarrative(model, 'vi'))).toContain(
    '- Các lĩnh vực tiếp nhận nhiều hồ sơ nhất: Chứng thực 1.922 hồ sơ (58,7%); Hộ tịch 1.066 hồ sơ (32,6%); Đất đai 143 hồ sơ (4,4%).',
  );
});
