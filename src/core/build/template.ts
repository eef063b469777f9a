// The field order of the clerk's own annex, read with the validator's table locator.
import { locateTable } from '../locate';
import type { Grid } from '../types';

/** Field names of the first annex table found in the grids, in sheet order; null when none. */
export function templateFieldsFromGrids(grids: Grid[]): { sheetName: string; fields: string[] } | null {
  for (const grid of grids) {
    const outcome = locateTable(grid);
    if (!outcome.ok) continue;
    const fields = outcome.table.rows.filter((row) => row.kind === 'field').map((row) => row.label.trim());
    if (fields.length > 0) return { sheetName: grid.sheetName, fields: fields.filter((field) => field !== '') };
  }
  return null;
}
