// Where the header is: the first rows with header words, down to the numbering row or the first
// numbers; each column's header texts from top to bottom, spread over merged areas.
import { cellText, cellValue } from '../cells';
import { containsPhrase, foldText } from '../text';
import type { CellRange, Grid } from '../types';
import { readNumberingRow } from './numbering';
import type { HeaderBlock } from './types';

const HEADER_WORDS = ['tiep nhan', 'giai quyet', 'linh vuc', 'stt', 'tong so', 'truc tuyen', 'thuc tuyen', 'qua han', 'dung han', 'xu ly'];
const MAX_HEADER_ROWS = 8;

function rowCount(grid: Grid): number {
  return grid.values.length;
}

function colCount(grid: Grid): number {
  let max = 0;
  for (const line of grid.values) if (line.length > max) max = line.length;
  return max;
}

const HEADER_NEEDLES = HEADER_WORDS.map((word) => ` ${word} `);

/** Folded once, then every header word looked for as whole words (the sheet may hold 100,000 rows of text). */
function cellHasHeaderWord(text: string): boolean {
  if (text.length < 2 || text.length > 300) return false;
  const haystack = ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ')} `;
  return HEADER_NEEDLES.some((needle) => haystack.includes(needle));
}

function rowHasNumber(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) if (typeof cellValue(grid, row, col) === 'number') return true;
  return false;
}

function textCellsInRow(grid: Grid, row: number, left: number, right: number): number[] {
  const cols: number[] = [];
  for (let col = left; col <= right; col++) if (cellText(grid, row, col) !== '') cols.push(col);
  return cols;
}

/** The first row (top-down) with header words in at least two different cells. */
function findHeaderTop(grid: Grid, startRow: number): number | null {
  const top = grid.origin.row;
  const left = grid.origin.col;
  const right = left + colCount(grid) - 1;
  for (let row = Math.max(startRow, top); row < top + rowCount(grid); row++) {
    let hits = 0;
    for (let col = left; col <= right; col++) {
      const value = cellValue(grid, row, col);
      if (typeof value === 'string' && cellHasHeaderWord(value)) hits++;
      if (hits >= 2) return row;
    }
  }
  return null;
}

function mergeAt(merges: CellRange[] | undefined, row: number, col: number): CellRange | undefined {
  return merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * Header cells with text, spread over the columns they head: a merged area covers its
 * columns; without merge information, a group text spreads right over empty cells that have
 * sub-headers below them, within its parent's span.
 */
function spreadHeaderTexts(grid: Grid, top: number, bottom: number, left: number, right: number): string[][] {
  const rows: string[][] = [];
  for (let row = top; row <= bottom; row++) {
    const line: string[] = [];
    for (let col = left; col <= right; col++) {
      const merge = mergeAt(grid.merges, row, col);
      if (merge && merge.top >= top) {
        line.push(merge.top === row ? cellText(grid, merge.top, merge.left) : '');
      } else {
        line.push(cellText(grid, row, col));
      }
    }
    rows.push(line);
  }
  const original = rows.map((line) => [...line]);
  for (let r = 0; r < rows.length - 1; r++) {
    const line = rows[r];
    for (let c = 0; c < line.length; c++) {
      if (line[c] === '' || mergeAt(grid.merges, top + r, left + c)) continue;
      let next = c + 1;
      while (
        next < line.length &&
        line[next] === '' &&
        !mergeAt(grid.merges, top + r, left + next) &&
        hasTextBelow(original, r, next) &&
        !startsParentGroup(rows, r, next)
      ) {
        line[next] = line[c];
        next++;
      }
      c = next - 1;
    }
  }
  return rows;
}

function hasTextBelow(rows: string[][], r: number, c: number): boolean {
  for (let below = r + 1; below < rows.length; below++) if (rows[below][c] !== '') return true;
  return false;
}

function startsParentGroup(rows: string[][], r: number, c: number): boolean {
  for (let above = 0; above < r; above++) {
    if (rows[above][c] !== '' && rows[above][c] !== rows[above][c - 1]) return true;
  }
  return false;
}

/** Locates the header block at or after `startRow`; null when the sheet has none. */
export function findHeader(grid: Grid, startRow = grid.origin.row): HeaderBlock | null {
  const top = findHeaderTop(grid, startRow);
  if (top === null) return null;
  const gridLeft = grid.origin.col;
  const gridRight = gridLeft + colCount(grid) - 1;
  const lastGridRow = grid.origin.row + rowCount(grid) - 1;

  const labelCols = textCellsInRow(grid, top, gridLeft, gridRight).filter((col) => {
    const text = foldText(cellText(grid, top, col));
    return /^(stt|tt|so tt)\b/.test(text) || containsPhrase(text, 'linh vuc') || containsPhrase(text, 'noi dung');
  });
  let bottom = top;
  let numberingRow: number | undefined;
  for (let row = top + 1; row <= Math.min(lastGridRow, top + MAX_HEADER_ROWS); row++) {
    if (readNumberingRow(grid, row, gridLeft, gridRight)) {
      bottom = row;
      numberingRow = row;
      break;
    }
    if (rowHasNumber(grid, row, gridLeft, gridRight)) break;
    const texts = textCellsInRow(grid, row, gridLeft, gridRight);
    const continues = texts.some((col) => !labelCols.includes(col)) || (texts.length === 0 && coveredByMerge(grid, row, top));
    if (!continues) break;
    bottom = row;
  }

  let left = gridRight;
  let right = gridLeft;
  for (let row = top; row <= bottom; row++) {
    for (let col = gridLeft; col <= gridRight; col++) {
      const merge = mergeAt(grid.merges, row, col);
      if (cellText(grid, row, col) !== '' || (merge && merge.top >= top)) {
        left = Math.min(left, merge ? Math.max(merge.left, gridLeft) : col);
        right = Math.max(right, merge ? Math.min(merge.right, gridRight) : col);
      }
    }
  }
  if (left > right) return null;

  const texts = spreadHeaderTexts(grid, top, numberingRow !== undefined ? numberingRow - 1 : bottom, left, right);
  const paths = new Map<number, string[]>();
  for (let col = left; col <= right; col++) {
    const path: string[] = [];
    for (const line of texts) {
      const text = line[col - left];
      if (text !== '' && path[path.length - 1] !== text) path.push(text);
    }
    paths.set(col, path);
  }
  return { top, bottom, left, right, numberingRow, paths };
}

function coveredByMerge(grid: Grid, row: number, headerTop: number): boolean {
  return (grid.merges ?? []).some((m) => m.top >= headerTop && m.top < row && m.bottom >= row);
}
