import { planConsolidation } from '../../../src/core/consolidate/plan';
import { readWorkbookSources } from '../../../src/core/consolidate/read-source';
import type { UnitSource } from '../../../src/core/consolidate/types';
import { annexToGrid } from '../../../src/core/build/annex';
import { validateGrid } from '../../../src/core/validate';
import { consolidateWords } from '../../../src/i18n/consolidate/sheets';
import type { Grid } from '../../../src/core/types';
import { leaves, Q2, seedUnit, unit06a } from './units';

function sourcesOf(file: string, grids: Grid[]): UnitSource[] {
  return readWorkbookSources(file, grids).flatMap((r) => (r.ok ? [r.source] : []));
}

const A = [
  { name: 'Hộ tịch', leaves: leaves({ online: 100, direct: 20, carried: 5, early: 90, onTime: 10, late: 2, rejected: 3, withdrawn: 1, inTime: 10, overdue: 3, supplement: 6 }) },
  { name: 'Đất đai', leaves: leaves({ online: 40, direct: 10, carried: 8, early: 30, onTime: 5, late: 4, inTime: 12, overdue: 5, supplement: 2 }) },
];
const B = [
  { name: 'Lĩnh vực hộ tịch', leaves: leaves({ online: 50, direct: 5, early: 40, onTime: 5, late: 1, inTime: 4, overdue: 5 }) },
  { name: 'Chứng thực', leaves: leaves({ online: 300, direct: 30, early: 320, onTime: 5, late: 0, inTime: 5 }) },
];

test('the seed form: Tổng hợp validates clean', () => {
  const sources = [...sourcesOf('a.xlsx', [seedUnit(A, ['UBND XÃ AN PHÚ', ...Q2])]), ...sourcesOf('b.xlsx', [seedUnit(B, ['UBND PHƯỜNG BẾN THÀNH', ...Q2])])];
  const plan = planConsolidation(sources, [], {}, consolidateWords);
  if (!plan.ready) throw new Error(JSON.stringify(plan.refusal));
  expect(plan.model.form).toBe('seed');
  expect(plan.model.fields.map((f) => f.name)).toEqual(['Hộ tịch', 'Đất đai', 'Chứng thực']);
  if (!plan.selfCheck.ok) throw new Error(JSON.stringify(plan.selfCheck.problem));
  expect(plan.selfCheck.report.findings).toEqual([]);
  expect(plan.selfCheck.report.summary.verdict).toBe('valid');
  const byUnit = validateGrid(annexToGrid(plan.byUnit, 'Theo đơn vị'));
  expect(byUnit.ok && byUnit.report.summary.errors).toBe(0);
});

test('mixed forms: II.06a, Tổng hợp validates clean', () => {
  const sources = [...sourcesOf('a.xlsx', [seedUnit(A, ['UBND XÃ AN PHÚ', ...Q2])]), ...sourcesOf('b.xlsx', [unit06a(B, ['UBND PHƯỜNG BẾN THÀNH', ...Q2])])];
  const plan = planConsolidation(sources, [], {}, consolidateWords);
  if (!plan.ready) throw new Error(JSON.stringify(plan.refusal));
  expect(plan.model.form).toBe('ii06a');
  if (!plan.selfCheck.ok) throw new Error(JSON.stringify(plan.selfCheck.problem));
  expect(plan.selfCheck.report.findings).toEqual([]);
});
