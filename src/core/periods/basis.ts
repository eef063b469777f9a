// What the narrative compares with: the other period's totals by role and its period as that
// table's title names it (the previous quarter, or the same quarter of last year).
import { tableFigures } from '../figures';
import type { ComparisonBasis } from '../narrative/comparison-lines';
import type { PeriodTable } from './types';

export function comparisonBasis(table: PeriodTable): ComparisonBasis {
  const { kind, year, from, to } = table.period;
  return {
    totals: tableFigures(table.grid, table.table).totals,
    period: { ...(kind ? { kind } : {}), ...(year !== undefined ? { year } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) },
  };
}
