// A typed totals row that equals the column sums of its rows in every column was added up from
// them (by SUM, pasted as values, or by the platform): it carries no evidence of its own. It is
// read as if it held =SUM formulas, so that a field's mistake and the same mistake repeated in the
// totals row are one mistake, traced through the sums like formula totals.
import { columnLetter } from '../address';
import type { SheetCells } from '../table/sheet-cells';
import { countValue, sumCounts, type RuleContext } from './context';
import type { TotalScope } from './scopes';

/** "D5:D9,D11" — the rows as ranges of consecutive rows in one column. */
function ranges(letter: string, rows: number[]): string {
  const parts: string[] = [];
  let start = rows[0];
  let previous = rows[0];
  for (const row of [...rows.slice(1), Number.NaN]) {
    if (row === previous + 1) {
      previous = row;
      continue;
    }
    parts.push(start === previous ? `${letter}${start + 1}` : `${letter}${start + 1}:${letter}${previous + 1}`);
    start = row;
    previous = row;
  }
  return parts.join(',');
}

/** The table's cells with =SUM formulas in the typed cells of derived totals rows (the same cells when there are none). */
export function withDerivedTotals(context: RuleContext, scopes: TotalScope[]): SheetCells {
  const { sheet } = context;
  const added: Array<{ row: number; col: number; formula: string }> = [];
  for (const scope of scopes) {
    if (scope.addends.length < 2) continue;
    const rows = scope.addends.map((r) => r.row).sort((a, b) => a - b);
    const derived = context.countColumns.every((column) => {
      const parent = countValue(context, scope.total.row, column.col);
      return parent !== null && parent === sumCounts(context, rows, [column.col]);
    });
    if (!derived) continue;
    for (const column of context.countColumns) {
      if (sheet.formula(scope.total.row, column.col) !== null) continue;
      added.push({ row: scope.total.row, col: column.col, formula: `=SUM(${ranges(columnLetter(column.col), rows)})` });
    }
  }
  return added.length === 0 ? sheet : sheet.withFormulas(added);
}
