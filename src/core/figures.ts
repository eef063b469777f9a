// The counts of a located table by role: what the narrative restates.
import { cellValue, readCount } from './cells';
import type { Grid, Role, TableFigures, TableModel, TableRow } from './types';

function rowFigures(grid: Grid, table: TableModel, row: number): Partial<Record<Role, number>> {
  const values: Partial<Record<Role, number>> = {};
  for (const column of table.columns) {
    if (!column.role || column.role === 'stt' || column.role === 'field' || column.role === 'rate' || column.role === 'other') continue;
    if (values[column.role] !== undefined) continue;
    const cell = readCount(cellValue(grid, row, column.col));
    values[column.role] = cell.kind === 'count' ? cell.value : 0;
  }
  return values;
}

function addInto(target: Partial<Record<Role, number>>, source: Partial<Record<Role, number>>): void {
  for (const [role, value] of Object.entries(source) as [Role, number][]) target[role] = (target[role] ?? 0) + value;
}

/**
 * Totals by role from the totals row, or the sum of the field rows when the table has none;
 * and each field's counts. Unreadable cells count as 0 here: validation reports them.
 */
export function tableFigures(grid: Grid, table: TableModel): TableFigures {
  const fieldRows: TableRow[] = table.rows.filter((r) => r.kind === 'field');
  const fields = fieldRows.map((r) => ({ row: r.row, label: r.label, values: rowFigures(grid, table, r.row) }));
  const totalRow = table.rows.find((r) => r.kind === 'total');
  if (totalRow) return { totals: rowFigures(grid, table, totalRow.row), totalsSource: 'totals-row', fields };
  const totals: Partial<Record<Role, number>> = {};
  for (const field of fields) addInto(totals, field.values);
  return { totals, totalsSource: 'field-sum', fields };
}
