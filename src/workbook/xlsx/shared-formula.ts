// A shared formula is written once, on its first cell; the others hold only its group id. Each
// follower's formula is the master's with its relative references moved by the offset, as Excel
// fills a formula down or across.
import { columnIndex, columnLetter } from '../../core/address';

const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;

const columnNumber = (letters: string): number => columnIndex(letters) + 1;
const columnLetters = (n: number): string => columnLetter(n - 1);

/**
 * A1 references outside string literals and quoted sheet names: `$C$5`, `D5`, `Sheet1!A1`, `A:C`.
 * Not a reference: a function name (`LOG10(`), a name part (`x.A1`, `_A1`), a number (`1E5`).
 */
const REFERENCE =
  /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![A-Za-z0-9_(!])/g;

function shiftReferences(segment: string, rows: number, cols: number): string {
  return segment.replace(REFERENCE, (whole, colAbs, col, rowAbs, row, fromAbs, from, toAbs, to) => {
    if (col !== undefined) {
      const c = columnNumber(col);
      const r = Number(row);
      if (c > MAX_COLUMN || r < 1 || r > MAX_ROW) return whole;
      const newCol = colAbs ? c : c + cols;
      const newRow = rowAbs ? r : r + rows;
      if (newCol < 1 || newRow < 1) return '#REF!';
      return `${colAbs}${columnLetters(newCol)}${rowAbs}${newRow}`;
    }
    const start = columnNumber(from);
    const end = columnNumber(to);
    if (start > MAX_COLUMN || end > MAX_COLUMN) return whole;
    return `${fromAbs}${columnLetters(fromAbs ? start : start + cols)}:${toAbs}${columnLetters(toAbs ? end : end + cols)}`;
  });
}

/** The master's formula moved by `rows` and `cols`; text in quotes is left as written. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Split into quoted parts ("text", 'Sheet name') and the rest; only the rest holds references.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : shiftReferences(part, rows, cols)))
    .join('');
}
