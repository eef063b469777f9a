import fc from 'fast-check';
import { parseSimpleFormula } from '../../src/core/formula';
import { validateGrid } from '../../src/core/validate';
import type { Finding, Grid } from '../../src/core/types';
import { fieldCell, getCell, SEED_FIELDS, type FieldCounts } from '../helpers/annex';
import { buildFormulaAnnex, formulaAt, PARENTS, recalculate, typeInto } from '../helpers/formula-annex';
import { findingText, outcomeProblemText } from '../../src/i18n/findings';

function report(grid: Grid) {
  const outcome = validateGrid(grid);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  return outcome.report;
}

const errors = (grid: Grid): Finding[] => report(grid).findings.filter((f) => f.severity === 'error');
const brief = (findings: Finding[]) => findings.map((f) => ({ rule: f.rule, anchor: f.anchor, culprit: f.culprit, expected: f.expected, actual: f.actual }));

describe('parseSimpleFormula', () => {
  const range = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

  test('SUM over ranges and cells, with $ anchors, commas or semicolons, any case', () => {
    expect(parseSimpleFormula('=SUM(C5:C16)')).toEqual([{ range: range(4, 2, 15, 2), sign: 1, viaSum: true }]);
    expect(parseSimpleFormula('=sum($D$9:F9; H9)')).toEqual([
      { range: range(8, 3, 8, 5), sign: 1, viaSum: true },
      { range: range(8, 7), sign: 1, viaSum: true },
    ]);
    expect(parseSimpleFormula('= SUM(F9:D9)')).toEqual([{ range: range(8, 3, 8, 5), sign: 1, viaSum: true }]);
  });

  test('sums and differences of cells', () => {
    expect(parseSimpleFormula('=D9+E9+F9')).toEqual([3, 4, 5].map((col) => ({ range: range(8, col), sign: 1, viaSum: false })));
    expect(parseSimpleFormula('=C9-G9')).toEqual([
      { range: range(8, 2), sign: 1, viaSum: false },
      { range: range(8, 6), sign: -1, viaSum: false },
    ]);
    expect(parseSimpleFormula('=SUM(D9:F9)-$K$9')).toEqual([
      { range: range(8, 3, 8, 5), sign: 1, viaSum: true },
      { range: range(8, 10), sign: -1, viaSum: false },
    ]);
  });

  test.each([
    '=ROUND(SUM(C5:C16),0)',
    '=IF(C9>0,C9,0)',
    "='Phụ lục'!C9+D9",
    '=Sheet2!C9',
    '=SUM(C:C)',
    '=C9*2',
    '=D9+1',
    '=(D9+E9)',
    '=D9:E9',
    '=SUM(C5:C16',
    '=',
    'C9',
  ])('%s is opaque', (formula) => expect(parseSimpleFormula(formula)).toBeNull());
});

describe('culprits through formulas', () => {
  test('a typo in a field cell under =SUM totals: the field cell, once, with its original value', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false });
    typeInto(grid, 'D6', 280); // "Thành lập … doanh nghiệp", (4): 276; (5) and (6) are blank
    expect(getCell(grid, 'D17')).toBe(3560); // Excel followed
    const found = errors(grid);
    expect(brief(found)).toEqual([
      { rule: 'row-sum', anchor: 'C6', culprit: 'D6', expected: 276, actual: 280 },
      { rule: 'row-sum', anchor: 'C17', culprit: 'D6', expected: 276, actual: 280 },
    ]);
    expect(found[1].cells).toEqual(['D6', 'C17', 'D17', 'E17', 'F17']);
    expect(findingText(found[1]).en).toContain('Most likely D6 is wrong: it states 280, it should be 276.');
    expect(report(grid).summary).toEqual({ errors: 2, warnings: 0, culprits: 1, undecided: 0, verdict: 'invalid' });
  });

  test('arithmetic typed as a formula ("=280", "=270+10") refers to no cell: it is a typed value and can be blamed', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false });
    typeInto(grid, 'D6', 280);
    grid.formulas![5][3] = '=270+10';
    expect(brief(errors(grid)).map((f) => f.culprit)).toEqual(['D6', 'D6']);
  });

  test('a typed parent under =SUM totals: the field-row and totals-row failures join on it (not on G17)', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false });
    typeInto(grid, 'G9', 118);
    expect(brief(errors(grid))).toEqual([
      { rule: 'row-sum', anchor: 'G9', culprit: 'G9', expected: 113, actual: 118 },
      { rule: 'row-sum', anchor: 'G17', culprit: 'G9', expected: 113, actual: 118 },
      { rule: 'cross-sum', anchor: 'C9', culprit: 'G9', expected: 113, actual: 118 },
      { rule: 'cross-sum', anchor: 'C17', culprit: 'G9', expected: 113, actual: 118 },
    ]);
    expect(report(grid).summary.culprits).toBe(1);
  });

  test('a sibling that could have been mistyped instead: no culprit, no expected value, every unconfirmed cell named', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false });
    typeInto(grid, 'D9', 134); // D9 130 → 134, or F9 13 → 9 (or E9): the formula totals cannot tell
    const found = errors(grid);
    expect(brief(found)).toEqual([
      { rule: 'row-sum', anchor: 'C9', culprit: undefined, expected: null, actual: null },
      { rule: 'row-sum', anchor: 'C17', culprit: undefined, expected: null, actual: null },
    ]);
    for (const finding of found) {
      // C9 is typed too, but (3)=(7)+(13) confirms it: it is not a candidate.
      expect(finding.candidates).toEqual(['D9', 'E9', 'F9']);
      expect(findingText(finding).en).toContain('No single wrong cell can be named: one or more of D9, E9 and F9 are wrong.');
      expect(findingText(finding).vi).toContain('Không chỉ ra được một ô sai duy nhất: ô sai là một hoặc vài ô trong số D9, E9 và F9.');
    }
    const result = report(grid);
    expect(result.groups.map((g) => [g.kind, g.cell, g.candidates, g.findings.length])).toEqual([['undecided', 'D9', ['D9', 'E9', 'F9'], 2]]);
    expect(result.summary).toEqual({ errors: 2, warnings: 0, culprits: 0, undecided: 1, verdict: 'invalid' });
  });

  test('row totals as formulas, column totals typed from the platform: the field cell', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false, totals: 'constant', parents: 'sum' });
    typeInto(grid, 'D9', 140);
    expect(getCell(grid, 'C9')).toBe(153);
    expect(brief(errors(grid))).toEqual([
      { rule: 'cross-sum', anchor: 'C9', culprit: 'D9', expected: 130, actual: 140 },
      { rule: 'column-total', anchor: 'C17', culprit: 'D9', expected: 130, actual: 140 },
      { rule: 'column-total', anchor: 'D17', culprit: 'D9', expected: 130, actual: 140 },
    ]);
  });

  test('row totals written =D9+E9+F9 read the same way', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false, totals: 'constant', parents: 'plus' });
    expect(formulaAt(grid, 'G9')).toBe('=H9+I9+J9+K9+L9');
    typeInto(grid, 'I14', 3); // "Chứng thực", (9): blank → 3
    expect(brief(errors(grid))).toEqual([
      { rule: 'cross-sum', anchor: 'C14', culprit: 'I14', expected: 0, actual: 3 },
      { rule: 'column-total', anchor: 'G17', culprit: 'I14', expected: 0, actual: 3 },
      { rule: 'column-total', anchor: 'I17', culprit: 'I14', expected: 0, actual: 3 },
    ]);
  });

  test('every total a formula: only (3)=(7)+(13) can fail, many typed cells could explain it, none is blamed and no formula is', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false, parents: 'sum' });
    typeInto(grid, 'D9', 140);
    const found = errors(grid);
    expect(brief(found)).toEqual([
      { rule: 'cross-sum', anchor: 'C9', culprit: undefined, expected: null, actual: null },
      { rule: 'cross-sum', anchor: 'C17', culprit: undefined, expected: null, actual: null },
    ]);
    // Every typed cell of row 9 could be wrong; no cell of another row, no formula.
    expect(found[0].candidates).toEqual(['D9', 'E9', 'F9', 'H9', 'I9', 'J9', 'K9', 'L9', 'N9', 'O9', 'P9']);
    expect(findingText(found[0]).en).toContain('one or more of D9, E9, F9, H9, I9, J9, K9, L9 and 3 more are wrong');
  });

  test('a number stored as text inside SUM: the text cell, to be stored as the same number', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false });
    typeInto(grid, 'C14', '1.922');
    expect(getCell(grid, 'C17')).toBe(1653); // SUM skipped the text
    const result = report(grid);
    expect(brief(result.findings)).toEqual([
      { rule: 'row-sum', anchor: 'C17', culprit: 'C14', expected: 1922, actual: 1922 },
      { rule: 'cross-sum', anchor: 'C17', culprit: 'C14', expected: 1922, actual: 1922 },
      { rule: 'column-total', anchor: 'C17', culprit: 'C14', expected: 1922, actual: 1922 },
      { rule: 'text-number', anchor: 'C14', culprit: 'C14', expected: null, actual: 1922 },
    ]);
    expect(findingText(result.findings[2]).en).toBe(
      'Row “Tổng cộng”, column (3): C17 states 1,653, the sum of the field rows is 3,575 (off by -1,922). Most likely because of C14: 1,922 is stored as text, so SUM skips it; enter it again as a number.',
    );
    expect(findingText(result.findings[2]).vi).toContain('Nhiều khả năng do ô C14: số 1.922 được lưu dưới dạng chữ nên hàm SUM bỏ qua');
  });

  test('totals Excel did not recalculate (manual calculation) stand for themselves: the typed cell, never the stale formula', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false });
    grid.values[5][3] = 280; // D6 typed, D17 =SUM(D5:D16) still shows 3,556
    expect(brief(errors(grid))).toEqual([
      { rule: 'row-sum', anchor: 'C6', culprit: 'D6', expected: 276, actual: 280 },
      { rule: 'column-total', anchor: 'D17', culprit: 'D6', expected: 276, actual: 280 },
    ]);
  });

  test('a formula the engine cannot follow is never a culprit', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false, totals: 'constant' });
    grid.formulas![5][2] = '=ROUND(SUM(D6:F6),0)';
    grid.values[5][2] = 280; // its cached value disagrees with D6:F6 (276)
    const found = errors(grid);
    expect(found.map((f) => f.anchor)).toEqual(['C6', 'C6', 'C17']);
    expect(found.every((f) => f.culprit === undefined)).toBe(true);
  });

  test('typed tables keep the documented culprits (the engine reads no formulas there)', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false, totals: 'constant' });
    typeInto(grid, 'D9', 134);
    expect(brief(errors(grid))).toEqual([
      { rule: 'row-sum', anchor: 'C9', culprit: 'D9', expected: 130, actual: 134 },
      { rule: 'column-total', anchor: 'D17', culprit: 'D9', expected: 130, actual: 134 },
    ]);
  });
});

describe('property: one typed cell changed in a table of recalculated formulas', () => {
  const count = fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.nat(60) });
  const field = fc
    .record({ received: fc.tuple(count, count, count), resolved: fc.tuple(count, count, count, count, count), blankZeros: fc.boolean() })
    .map(({ received, resolved, blankZeros }): number[] => {
      const total = received.reduce((a, b) => a + b, 0);
      const resolvedTotal = Math.min(
        total,
        resolved.reduce((a, b) => a + b, 0),
      );
      // Scale resolved parts down to fit, the rest is pending (in time).
      const parts = [...resolved];
      let excess = resolved.reduce((a, b) => a + b, 0) - resolvedTotal;
      for (let i = 0; i < parts.length && excess > 0; i++) {
        const cut = Math.min(parts[i], excess);
        parts[i] -= cut;
        excess -= cut;
      }
      const pending = total - resolvedTotal;
      const row = [total, ...received, resolvedTotal, ...parts, pending, pending, 0, 0];
      return blankZeros ? row.map((v, i) => (v === 0 && ![0, 4, 10].includes(i) ? Number.NaN : v)) : row;
    });
  const table = fc.array(fc.tuple(field, fc.tuple(fc.boolean(), fc.boolean(), fc.boolean())), { minLength: 1, maxLength: 8 }).chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      style: fc.constantFrom<'sum' | 'plus'>('sum', 'plus'),
      fieldIndex: fc.nat(rows.length - 1),
      columnNumber: fc.integer({ min: 3, max: 16 }),
      change: fc.integer({ min: 1, max: 25 }),
      down: fc.boolean(),
    }),
  );

  test('no formula cell is ever blamed; a named culprit is the changed cell; parents and small-sibling leaves are found exactly', () => {
    fc.assert(
      fc.property(table, ({ rows, style, fieldIndex, columnNumber, change, down }) => {
        const fields: FieldCounts[] = rows.map(([values], i) => ({ name: `Lĩnh vực ${i + 1}`, values: values.map((v) => (Number.isNaN(v) ? null : v)) }));
        const grid = buildFormulaAnnex(fields, { rates: false, parents: { style, formula: rows.map(([, formula]) => formula) } });
        const target = fieldCell(fieldIndex, columnNumber);
        fc.pre(formulaAt(grid, target) === null);
        const original = Number(getCell(grid, target) ?? 0);
        const delta = down && original >= change ? -change : change;
        grid.values[Number(target.slice(1)) - 1][target.charCodeAt(0) - 65] = original + delta;
        recalculate(grid);

        const found = errors(grid);
        expect(found.length).toBeGreaterThan(0);
        for (const finding of found) {
          if (finding.culprit === undefined) continue;
          expect(formulaAt(grid, finding.culprit)).toBeNull();
          expect(finding.culprit).toBe(target);
          expect(finding.expected).toBe(original);
        }

        const parent = PARENTS.find((p) => p.parent === columnNumber);
        const group = PARENTS.find((p) => p.children.includes(columnNumber));
        const siblingsBelowChange =
          group !== undefined &&
          formulaAt(grid, fieldCell(fieldIndex, group.parent)) === null &&
          delta > 0 &&
          group.children.every((c) => c === columnNumber || Number(getCell(grid, fieldCell(fieldIndex, c)) ?? 0) < delta);
        if (parent !== undefined || siblingsBelowChange) {
          for (const finding of found) expect(finding.culprit).toBe(target);
        }
      }),
      { numRuns: 300 },
    );
  });
});
