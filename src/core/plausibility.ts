// A safety net for identities guessed from header words: one that fails on most rows was
// misunderstood (e.g. group titles typed, unmerged, in the middle of their columns), and reporting
// it would drown the clerk in false errors.
import { cellValue, readCount } from './cells';
import type { Grid, Identity, TableRow } from './types';

const MIN_ROWS = 3;

function count(grid: Grid, row: number, col: number): number | null {
  const cell = readCount(cellValue(grid, row, col));
  if (cell.kind === 'bad') return null;
  return cell.kind === 'count' ? cell.value : 0;
}

/** The identities that fail on more than half of the field rows that carry numbers (at least three). */
export function implausibleIdentities(grid: Grid, identities: Identity[], rows: TableRow[]): Identity[] {
  const fields = rows.filter((r) => r.kind === 'field');
  return identities.filter((identity) => {
    let evaluated = 0;
    let failing = 0;
    for (const { row } of fields) {
      const parent = count(grid, row, identity.parent);
      const parts = identity.children.map((col) => count(grid, row, col));
      if (parent === null || parts.some((p) => p === null)) continue;
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (parent === 0 && sum === 0) continue;
      evaluated++;
      if (parent !== sum) failing++;
    }
    return evaluated >= MIN_ROWS && failing * 2 > evaluated;
  });
}
