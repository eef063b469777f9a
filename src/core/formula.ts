// Every formula the engine reads, read here: the simple sums clerks write for totals (=SUM(C5:C16),
// =D9+E9+F9, =C9-G9), whether a formula reads any cell at all, and rate formulas
// (=(H5+I5)/G5, with the zero guards and ROUND clerks wrap around them).
import { columnIndex } from './address';
import type { CellRange, TableColumn } from './types';

/** One term of a simple formula: a cell or a range, added or subtracted, inside SUM or not. */
export interface FormulaTerm {
  range: CellRange;
  sign: 1 | -1;
  /** Inside SUM(): Excel's SUM skips a number stored as text. */
  viaSum: boolean;
}

const REFERENCE = /^\$?([A-Z]{1,3})\$?(\d{1,7})/;

/**
 * Parses `=SUM(C5:C16)`, `=SUM($D$9:F9, H9)`, `=D9+E9+F9`, `=C9-G9`, `=SUM(D9:F9)-K9`.
 * Anything else (other functions, constants, other sheets, whole columns) → null: the cell is opaque.
 */
export function parseSimpleFormula(formula: string): FormulaTerm[] | null {
  let text = formula.replace(/\s+/g, '').toUpperCase();
  if (!text.startsWith('=')) return null;
  text = text.slice(1);
  const terms: FormulaTerm[] = [];
  let position = 0;
  const reference = (): CellRange | null => {
    const first = REFERENCE.exec(text.slice(position));
    if (!first) return null;
    position += first[0].length;
    const start = { row: Number(first[2]) - 1, col: columnIndex(first[1]) };
    if (text[position] !== ':') return { top: start.row, left: start.col, bottom: start.row, right: start.col };
    const second = REFERENCE.exec(text.slice(position + 1));
    if (!second) return null;
    position += 1 + second[0].length;
    const end = { row: Number(second[2]) - 1, col: columnIndex(second[1]) };
    return { top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) };
  };
  let first = true;
  while (position < text.length) {
    let sign: 1 | -1 = 1;
    if (text[position] === '+' || text[position] === '-') {
      sign = text[position] === '-' ? -1 : 1;
      position++;
    } else if (!first) {
      return null;
    }
    first = false;
    if (text.startsWith('SUM(', position)) {
      position += 4;
      for (;;) {
        const range = reference();
        if (!range) return null;
        terms.push({ range, sign, viaSum: true });
        if (text[position] === ',' || text[position] === ';') position++;
        else if (text[position] === ')') break;
        else return null;
      }
      position++;
    } else {
      const range = reference();
      if (!range || range.top !== range.bottom || range.left !== range.right) return null;
      terms.push({ range, sign, viaSum: false });
    }
  }
  return terms.length > 0 ? terms : null;
}

/** Does a formula read any cell ("=SUM(C5:C16)", "=D9+E9") rather than only constants ("=120+14")? */
export function referencesACell(formula: string): boolean {
  return /(^|[^A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?\d+/.test(formula.replace(/"[^"]*"/g, ''));
}

/** "=(H5+I5)/G5", "=H5/G5*100", "=ROUND((H5+I5)/G5*100;1)" → the columns over the columns, on the cell's own row. */
export function rateFromFormula(formula: string, row: number, columns: TableColumn[]): { numerator: number[]; denominator: number[] } | null {
  let body = formula.replace(/^=/, '').replace(/\s+/g, '').replace(/\$/g, '').toUpperCase();
  // The zero guards clerks wrap around a rate: IF(G5=0,"",H5/G5), IFERROR(H5/G5,"").
  const guard = /^IF\([^,;]+[,;](""|0|"-")[,;](.*)\)$/.exec(body) ?? /^IFERROR\((.*)[,;](""|0|"-")\)$/.exec(body);
  if (guard) body = guard[0].startsWith('IFERROR') ? guard[1] : guard[2];
  const round = /^ROUND\((.*)[,;]\d+\)$/.exec(body);
  if (round) body = round[1];
  body = body.replace(/[*]100$/, '');
  const slash = body.indexOf('/');
  if (slash < 0 || body.indexOf('/', slash + 1) >= 0) return null;
  const side = (text: string): number[] | null => {
    const inner = /^\((.*)\)$/.test(text) ? text.slice(1, -1) : text;
    const cols: number[] = [];
    for (const ref of inner.split('+')) {
      const match = /^([A-Z]{1,3})(\d+)$/.exec(ref);
      if (!match || Number(match[2]) - 1 !== row) return null;
      const column = columns.find((c) => c.letter === match[1]);
      if (!column) return null;
      cols.push(column.col);
    }
    return cols;
  };
  const numerator = side(body.slice(0, slash));
  const denominator = side(body.slice(slash + 1));
  return numerator && denominator ? { numerator, denominator } : null;
}
