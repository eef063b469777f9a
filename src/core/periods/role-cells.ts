// One count of a table by its meaning: the cell of a row in the column of a role, read the way
// the validator reads counts (a blank is 0, "-" is 0, text or an error is no count at all).
import { toA1 } from '../address';
import { cellValue, readCount } from '../cells';
import type { Grid, Role, TableModel } from '../types';

export type RoleReading = { kind: 'count'; value: number; address: string } | { kind: 'bad'; address: string; raw: string } | { kind: 'no-column' };

export function roleColumn(table: TableModel, role: Role): number | undefined {
  return table.columns.find((column) => column.role === role)?.col;
}

export function readRole(grid: Grid, table: TableModel, row: number, role: Role): RoleReading {
  const col = roleColumn(table, role);
  if (col === undefined) return { kind: 'no-column' };
  const address = toA1(row, col);
  const cell = readCount(cellValue(grid, row, col));
  if (cell.kind === 'bad') return { kind: 'bad', address, raw: cell.raw };
  return { kind: 'count', value: cell.kind === 'count' ? cell.value : 0, address };
}

/** The sum of a role over several rows (a field written once per section); the first bad cell spoils it. */
export function readRoleOver(
  grid: Grid,
  table: TableModel,
  rows: number[],
  role: Role,
): { kind: 'count'; value: number; addresses: string[] } | Exclude<RoleReading, { kind: 'count' }> {
  let value = 0;
  const addresses: string[] = [];
  for (const row of rows) {
    const reading = readRole(grid, table, row, role);
    if (reading.kind !== 'count') return reading;
    value += reading.value;
    addresses.push(reading.address);
  }
  return { kind: 'count', value, addresses };
}
