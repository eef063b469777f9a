// What every rule reads: the located table and its parsed count cells.
import { toA1 } from '../address';
import { cellFormula, cellValue, readCount, type CountCell } from '../cells';
import type { Grid, TableColumn, TableModel, TableRow } from '../types';

export interface RuleContext {
  grid: Grid;
  table: TableModel;
  /** Rows that carry counts: fields, subtotals, sections with numbers, the totals row. */
  countRows: TableRow[];
  /** Columns that hold counts (in an identity, or numeric columns outside them). */
  countColumns: TableColumn[];
  /** Parsed count cells by key `row,col`. */
  counts: Map<string, CountCell>;
  /** Cells whose value cannot be used: bad values and formulas without a cached result. */
  unusable: Set<string>;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function countValue(context: RuleContext, row: number, col: number): number | null {
  const key = cellKey(row, col);
  if (context.unusable.has(key)) return null;
  const cell = context.counts.get(key);
  if (!cell || cell.kind === 'blank') return 0;
  return cell.kind === 'count' ? cell.value : null;
}

function isNumericColumn(grid: Grid, rows: TableRow[], col: number): boolean {
  let numbers = 0;
  for (const row of rows) {
    const cell = readCount(cellValue(grid, row.row, col));
    if (cell.kind === 'count') numbers++;
    else if (cell.kind === 'bad' && cell.problem === 'text') return false;
  }
  return numbers > 0;
}

export function buildContext(grid: Grid, table: TableModel): RuleContext {
  const countRows = table.rows.filter(
    (r) => r.kind === 'field' || r.kind === 'subtotal' || r.kind === 'total' || (r.kind === 'section' && table.sections[r.section ?? -1]?.subtotalRow === r.row),
  );
  const inIdentity = new Set(table.identities.flatMap((i) => [i.parent, ...i.children]));
  const countColumns = table.columns.filter(
    (c) => inIdentity.has(c.col) || (c.role === 'other' && isNumericColumn(grid, countRows, c.col)),
  );
  const counts = new Map<string, CountCell>();
  const unusable = new Set<string>();
  for (const row of countRows) {
    for (const column of countColumns) {
      const cell = readCount(cellValue(grid, row.row, column.col));
      const key = cellKey(row.row, column.col);
      counts.set(key, cell);
      if (cell.kind === 'bad') unusable.add(key);
    }
  }
  for (const ref of grid.uncached ?? []) {
    const key = cellKey(ref.row, ref.col);
    if (counts.has(key) && cellFormula(grid, ref.row, ref.col) !== null) unusable.add(key);
  }
  return { grid, table, countRows, countColumns, counts, unusable };
}

export function a1(row: number, col: number): string {
  return toA1(row, col);
}

/** Sheet order: by row, then column. */
export function compareCells(a: { row: number; col: number }, b: { row: number; col: number }): number {
  return a.row - b.row || a.col - b.col;
}
