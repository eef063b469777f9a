// The symptoms of issue 10 that the validation engine showed, each as a test (they failed before).
import { tableFigures } from '../../src/core/figures';
import { planMarks } from '../../src/core/marks';
import { validateGrid } from '../../src/core/validate';
import type { Grid, ValidationReport } from '../../src/core/types';
import { buildAnnexGrid, SEED_FIELDS, setCell, type FieldCounts } from '../helpers/annex';
import { buildFormulaAnnex, typeInto } from '../helpers/formula-annex';
import { findingText, groupNoteText, groupText, outcomeProblemText } from '../../src/i18n/findings';

function report(grid: Grid): ValidationReport {
  const outcome = validateGrid(grid);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  return outcome.report;
}

/** The seed annex with its totals and rates rows moved right under the numbering row. */
function totalsOnTop(): Grid {
  const grid = buildAnnexGrid(SEED_FIELDS);
  const moved = grid.values.splice(16, 2);
  grid.values.splice(4, 0, ...moved);
  const formats = grid.numberFormats!.splice(16, 2);
  grid.numberFormats!.splice(4, 0, ...formats);
  return grid;
}

describe('symptoms of issue 10, gone', () => {
  test('totals first, rates under them: the fields below are read and a count off by 9 is found', () => {
    const grid = totalsOnTop();
    expect(report(grid).summary.verdict).toBe('valid');
    setCell(grid, 'D15', 125); // "Bảo trợ xã hội", (4): 116 → 125
    const result = report(grid);
    expect(result.table.range).toBe('A1:P18');
    expect(result.summary.verdict).toBe('invalid');
    expect(result.groups.map((g) => [g.kind, g.cell, g.expected, g.actual])).toEqual([['culprit', 'D15', 116, 125]]);
    expect(result.table.rows.slice(0, 3).map((r) => [r.row + 1, r.kind, r.reason])).toEqual([
      [5, 'total', 'total-label'],
      [6, 'rates', 'rates-label'],
      [7, 'field', 'numbered'],
    ]);
  });

  test('months closed by "Cộng quý II": the closing row is the totals row, not a fourth month', () => {
    const months: FieldCounts[] = [
      { name: 'Tháng 4', values: [1200, 1190, 0, 10, 1150, 1140, 0, 0, 6, 4, 50, 45, 0, 5] },
      { name: 'Tháng 5', values: [1300, 1300, 0, 0, 1280, 1275, 0, 0, 3, 2, 20, 20, 0, 0] },
      { name: 'Tháng 6', values: [1075, 1066, 0, 9, 1070, 1060, 0, 0, 8, 2, 5, 5, 0, 0] },
    ];
    const grid = buildAnnexGrid(months);
    setCell(grid, 'A8', 'Cộng quý II');
    const result = report(grid);
    expect(result.summary.verdict).toBe('valid');
    expect(result.table.rows.find((r) => r.row === 7)).toMatchObject({ kind: 'total', reason: 'total-label', label: 'Cộng quý II' });
    expect(tableFigures(grid, result.table).totals.received).toBe(3575);
    setCell(grid, 'H6', 1145); // Tháng 5, (8): 1275 → 1145
    expect(report(grid).groups.map((g) => [g.kind, g.cell, g.expected])).toEqual([['culprit', 'H6', 1275]]);
  });

  test('a wrong rate is reported in the same run as a wrong count elsewhere', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'M9', 20); // "Đất đai", (13): 30 → 20
    setCell(grid, 'M18', 0.017); // 57/3.575 = 1,6%
    setCell(grid, 'H18', 0.969); // "trước hạn" copied from last quarter; 3.488/3.575 = 97,6%
    const result = report(grid);
    expect(result.groups.map((g) => [g.kind, g.cell, g.expected, g.actual])).toEqual([
      ['culprit', 'M9', 30, 20],
      ['single', 'H18', 97.6, 96.9],
      ['single', 'M18', 1.6, 1.7],
    ]);
  });

  test('a rate that only holds with the wrong count is said on the culprit card; one that holds once corrected too', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'M17', 67); // the total of (13) typed wrong: 57 → 67
    setCell(grid, 'M18', 0.019); // 67/3.575 = 1,9%: right only with the wrong total
    const result = report(grid);
    expect(result.groups).toHaveLength(1);
    const [card] = result.groups;
    expect([card.kind, card.cell, card.expected, card.actual]).toEqual(['culprit', 'M17', 57, 67]);
    const rate = card.findings.map((i) => result.findings[i]).find((f) => f.rule === 'rate');
    expect(rate).toMatchObject({ culprit: 'M18', expected: 1.6, actual: 1.9, afterFix: ['M17'] });
    expect(rate && findingText(rate).vi).toBe('Tỷ lệ ở ô M18 ((13)/(3)) ghi 1,9%: khớp với số đang ghi, nhưng sai khi sửa ô M17: đúng ra 1,6%.');

    const holds = buildAnnexGrid(SEED_FIELDS);
    setCell(holds, 'M17', 67); // the rate was worked out from the right total
    const held = report(holds);
    expect(held.groups[0].notes.map((n) => groupNoteText(n).vi)).toEqual(['Tỷ lệ ở ô M18 cũng khớp khi sửa ô M17.']);
    expect(held.findings.filter((f) => f.rule === 'rate')).toEqual([]);
  });

  test('no culprit: no cell that a passing identity confirms is filled, every candidate is named, no expected value', () => {
    const grid = buildFormulaAnnex(SEED_FIELDS, { rates: false, parents: 'sum' });
    typeInto(grid, 'D9', 140); // every total a formula: only (3)=(7)+(13) on row 9 can fail
    const result = report(grid);
    const marks = planMarks(result);
    expect(marks.filter((m) => m.style === 'fill')).toEqual([]);
    expect(marks.map((m) => m.address)).toEqual(['D9', 'E9', 'F9', 'H9', 'I9', 'J9', 'K9', 'L9', 'N9', 'O9', 'P9']);
    for (const finding of result.findings) {
      expect(finding.expected).toBeNull();
      expect(findingText(finding).vi).not.toContain('công thức');
      expect(findingText(finding).vi).not.toContain('đúng ra');
    }
  });

  test('one mistake, one card: the three failing checks of one wrong cell are one card, two mistakes two', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'G9', 118); // (7) of "Đất đai": its row sum, (3)=(7)+(13) and the (7) total fail
    let result = report(grid);
    expect(result.findings.filter((f) => f.severity === 'error')).toHaveLength(3);
    expect(result.groups.map((g) => [g.kind, g.cell, g.findings.length])).toEqual([['culprit', 'G9', 3]]);
    expect(groupText(result.groups[0], result).vi).toBe('Ô G9 nhiều khả năng sai: đang ghi 118, đúng ra 113 — 3 phép kiểm tra không khớp.');
    setCell(grid, 'D5', 1016);
    result = report(grid);
    expect(result.groups.map((g) => g.cell)).toEqual(['D5', 'G9']);
  });

  test('a row with numbers under the closing totals row is reported, and the table is not declared valid', () => {
    const grid = buildAnnexGrid(SEED_FIELDS, { rates: false });
    grid.values.push([13, 'Lưu thông hàng hóa (bổ sung)', 5, 5, null, null, 5, 5, null, null, null, null, 0, null, null, null]);
    grid.numberFormats!.push(new Array(16).fill(null));
    const result = report(grid);
    expect(result.summary.verdict).toBe('incomplete');
    expect(result.findings.map((f) => [f.rule, f.anchor])).toEqual([['unread-row', 'B18']]);
    expect(findingText(result.findings[0]).vi).toMatch(/^Dòng 18 \(“Lưu thông hàng hóa \(bổ sung\)”\) có số liệu nhưng nằm dưới dòng tổng “Tổng cộng”/);
  });

  test('a totals row labelled like a field is in doubt until the clerk says what it is', () => {
    const grid = buildAnnexGrid(SEED_FIELDS);
    setCell(grid, 'A17', 'Toàn xã');
    const doubt = report(grid);
    expect(doubt.summary.verdict).toBe('incomplete');
    expect(doubt.findings.map((f) => f.rule)).toEqual(['ambiguous-total']);
    const answered = validateGrid(grid, { rows: { totalRows: ['toàn xã'] } });
    expect(answered.ok && answered.report.summary.verdict).toBe('valid');
    const asField = validateGrid(grid, { rows: { fieldRows: ['Toàn xã'] } });
    expect(asField.ok && asField.report.table.rows.find((r) => r.label === 'Toàn xã')?.kind).toBe('field');
  });
});
