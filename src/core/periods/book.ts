// A workbook that holds several periods as sheets ("Quý I", "Quý II", …): each sheet validated,
// put in period order (from the titles, else the sheet names; the workbook's order when a sheet
// states none) and the carry-over checked between consecutive ones.
import type { FieldNameMap } from '../match/fields';
import type { Grid } from '../types';
import { validateGrid } from '../validate';
import { comparePeriods } from './adjacency';
import { checkCarryOver, type CarryOverCheck } from './carry-over';
import { periodTableOf } from './table-period';
import type { PeriodTable } from './types';

export { periodTableOf };

export interface PeriodBook {
  /** The sheets that hold an annex table, in period order. */
  tables: PeriodTable[];
  /** Visible sheets without an annex table, by name (not checked). */
  withoutTable: string[];
  /** 6-month, 9-month or annual sheets beside quarter sheets: validated, but not links of the chain. */
  cumulative: PeriodTable[];
  /** 'periods': sorted by the periods read; 'workbook': some sheet states no period, so the workbook's order is kept. */
  order: 'periods' | 'workbook';
  /** checks[i]: between tables[i] and tables[i + 1]. */
  checks: CarryOverCheck[];
}

/** Orders tables by period when every one states a period; otherwise keeps the order given. */
export function orderByPeriod(tables: PeriodTable[]): { tables: PeriodTable[]; order: PeriodBook['order'] } {
  const known = tables.every((t) => t.period.from !== undefined || t.period.kind !== undefined);
  if (!known) return { tables: [...tables], order: 'workbook' };
  const sorted = tables.map((table, index) => ({ table, index })).sort((a, b) => comparePeriods(a.table.period, b.table.period) || a.index - b.index);
  return { tables: sorted.map((entry) => entry.table), order: 'periods' };
}

export function readPeriodBook(grids: Grid[], options: { file?: string; fieldMap?: FieldNameMap } = {}): PeriodBook {
  const visible = grids.filter((grid) => !grid.hidden);
  const found: PeriodTable[] = [];
  const withoutTable: string[] = [];
  for (const grid of visible.length > 0 ? visible : grids) {
    const outcome = validateGrid(grid);
    if (outcome.ok) found.push(periodTableOf(grid, outcome.report, options.file));
    else withoutTable.push(grid.sheetName);
  }
  // A workbook of quarters often holds its 6-month sheet too: it spans quarters, so it is no link.
  const isCumulative = (t: PeriodTable) => t.period.kind === '6M' || t.period.kind === '9M' || t.period.kind === 'Y';
  const hasQuarters = found.some((t) => t.period.kind !== undefined && !isCumulative(t));
  const cumulative = hasQuarters ? found.filter(isCumulative) : [];
  const { tables, order } = orderByPeriod(found.filter((t) => !cumulative.includes(t)));
  const checks = tables.slice(1).map((table, i) => checkCarryOver(tables[i], table, { fieldMap: options.fieldMap }));
  return { tables, withoutTable, cumulative, order, checks };
}
