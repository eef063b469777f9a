// Finding and reading the annex header: where it is, what each column is called,
// the form's column numbers and the identities its numbering row writes out.
import { cellText, cellValue } from './cells';
import { containsPhrase, foldText } from './text';
import type { CellRange, Grid, Role } from './types';

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  numberingRow?: number;
  /** Per absolute column in [left, right]: the header texts top → bottom. */
  paths: Map<number, string[]>;
}

export interface NumberingToken {
  number: number;
  /** Right-hand side of "(3)=(4)+(5)+(6)": [4, 5, 6]. */
  sumOf?: number[];
  /** Right-hand side of "(12)=((8)+(9))/(7)" or "(12)=(8)/(7)x100": a rate definition. */
  rate?: { numerator: number[]; denominator: number[] };
}

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

/** "(4)+(5)+…+(8)", "4+5", "((8)+(9))" → [4, 5, …]; null when not a plain sum of column numbers. */
function parseSum(expression: string): number[] | null {
  let text = expression;
  while (/^\((.*)\)$/.test(text) && !/^\(\d{1,3}\)$/.test(text)) text = text.slice(1, -1);
  const sumOf: number[] = [];
  for (const term of text.split('+')) {
    const range = /^\(?(\d{1,3})\)?(?:\.\.\.|…|-|đến)\(?(\d{1,3})\)?$/.exec(term);
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) sumOf.push(n);
      continue;
    }
    if (/^(\.\.\.|…)$/.test(term) && sumOf.length > 0) {
      sumOf.push(Number.NaN); // filled in from the next term
      continue;
    }
    const number = /^\(?(\d{1,3})\)?$/.exec(term);
    if (!number) return null;
    const value = Number(number[1]);
    const gap = sumOf.findIndex(Number.isNaN);
    if (gap >= 0) {
      const from = sumOf[gap - 1] + 1;
      sumOf.splice(gap, 1);
      for (let n = from; n < value; n++) sumOf.push(n);
    }
    sumOf.push(value);
  }
  return sumOf.length > 0 && !sumOf.some(Number.isNaN) ? sumOf : null;
}

/**
 * "(3)=(4)+(5)+(6)", "(3)", "3", "3 = 4+5+6", "(7)=(8)+...+(12)", "(12)=((8)+(9))/(7)x100" → token;
 * a cell that starts with "(n)=" but whose formula cannot be read keeps its number; anything else → null.
 */
export function parseNumberingToken(text: string): NumberingToken | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/[−–]/g, '-').replace(/[x×*]100(%)?$/i, '').replace(/\(%\)$/, '');
  if (compact === '') return null;
  const single = /^\(?(\d{1,3})\)?$/.exec(compact);
  if (single) return { number: Number(single[1]) };
  const identity = /^\(?(\d{1,3})\)?=(.+)$/.exec(compact);
  if (!identity) return null;
  const number = Number(identity[1]);
  const right = identity[2];
  const slash = right.indexOf('/');
  if (slash >= 0) {
    const numerator = parseSum(right.slice(0, slash));
    const denominator = parseSum(right.slice(slash + 1));
    return numerator && denominator ? { number, rate: { numerator, denominator } } : { number };
  }
  const sumOf = parseSum(right);
  return sumOf ? { number, sumOf } : { number };
}

/** A column number written at the end of a header text: "Trực tuyến (4)", "Tổng số (3)=(4)+(5)+(6)". */
export function numberingTokenInHeader(text: string): NumberingToken | null {
  const match = /\((\d{1,3})\)(\s*=\s*[\d()+/.…x×*%\s]+)?\s*$/i.exec(text);
  return match ? parseNumberingToken(match[0]) : null;
}

/**
 * A numbering row: consecutive non-empty cells numbered 1, 2, 3, … (with or without
 * parentheses and identities), at least five of them. Returns tokens by absolute column.
 */
export function readNumberingRow(grid: Grid, row: number, left: number, right: number): Map<number, NumberingToken> | null {
  const tokens = new Map<number, NumberingToken>();
  let expected = 0;
  let parenthesised = false;
  let letters = 0;
  for (let col = left; col <= right; col++) {
    const text = cellText(grid, row, col);
    if (text === '') continue;
    // Some forms letter the label columns "A B" and number the count columns from 1.
    const letter = /^\(?([A-Za-z])\)?$/.exec(text.trim());
    if (letter && expected === 0 && letter[1].toUpperCase().charCodeAt(0) === 65 + letters) {
      letters++;
      continue;
    }
    const token = parseNumberingToken(text);
    if (!token) return null;
    if (expected === 0) {
      if (token.number > 2) return null;
      expected = token.number;
    }
    if (token.number !== expected) return null;
    if (text.includes('(')) parenthesised = true;
    tokens.set(col, token);
    expected++;
  }
  const minimum = parenthesised ? 4 : 5;
  return tokens.size >= minimum ? tokens : null;
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

// ---- Roles from header words -------------------------------------------------------------

export type Group = 'received' | 'resolved' | 'pending';

export function groupOf(path: string[]): Group | null {
  return groupAt(path)?.group ?? null;
}

/** The group a header path belongs to, and the level of the text that says so. */
function groupAt(path: string[]): { group: Group; level: number } | null {
  for (let level = 0; level < path.length; level++) {
    const text = path[level];
    if (containsPhrase(text, 'dang giai quyet') || containsPhrase(text, 'dang xu ly') || containsPhrase(text, 'chua giai quyet') || containsPhrase(text, 'chua xu ly') || containsPhrase(text, 'ton dong')) return { group: 'pending', level };
    if (containsPhrase(text, 'da giai quyet') || containsPhrase(text, 'da xu ly') || containsPhrase(text, 'giai quyet xong') || containsPhrase(text, 'da tra ket qua')) return { group: 'resolved', level };
    if (containsPhrase(text, 'tiep nhan') || containsPhrase(text, 'so ho so nhan')) return { group: 'received', level };
  }
  return null;
}

/** "Tổng số", "Tổng cộng", "Tổng", "Cộng": a column that totals its siblings. ("Công dân rút" is not.) */
export function isTotalText(text: string): boolean {
  const words = foldText(text).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  return /^tong\b/.test(words) || words === 'cong';
}

function leafMatches(path: string[], phrases: string[]): boolean {
  const leaf = path[path.length - 1] ?? '';
  return phrases.some((phrase) => containsPhrase(leaf, phrase));
}

function pathMatches(path: string[], phrases: string[]): boolean {
  return path.some((text) => phrases.some((phrase) => containsPhrase(text, phrase)));
}

/** What a header path means, judged by its words; `hasEarly` tells whether the form splits "trước hạn" from "đúng hạn". */
export function roleOfPath(path: string[], hasEarly: boolean, inheritedGroup: Group | null = null): Role | undefined {
  if (path.length === 0) return undefined;
  const joined = path.join(' ');
  const first = foldText(path[0]);
  if (/^(stt|tt|so tt|so thu tu)$/.test(first)) return 'stt';
  if (containsPhrase(path[0], 'linh vuc') || containsPhrase(path[0], 'noi dung') || containsPhrase(path[0], 'ten thu tuc')) {
    if (!groupOf(path.slice(1)) && path.length <= 2) return 'field';
  }
  if (pathMatches(path, ['ty le'])) return 'rate';
  const own = groupAt(path);
  const group = own?.group ?? inheritedGroup;
  // A lone group header over no sub-columns ("Số hồ sơ tiếp nhận") is that group's total.
  const loneGroupHeader = own !== null && path.length === 1;
  // "Trong kỳ / Tổng": the total of a sub-group means what the sub-group means.
  const leafIndex = path.length - 1;
  const subGroupTotal = own !== null && isTotalText(path[leafIndex]) && leafIndex - own.level >= 2;
  const subject = subGroupTotal ? path.slice(0, leafIndex) : path;
  const isTotal = !subGroupTotal && (isTotalText(path[leafIndex]) || loneGroupHeader);
  if (group === 'received') {
    if (leafMatches(subject, ['truc tuyen', 'thuc tuyen', 'qua mang', 'dvc truc tuyen'])) return 'received.online';
    if (leafMatches(subject, ['truc tiep', 'thuc tiep', 'buu chinh'])) return 'received.direct';
    if (leafMatches(subject, ['ky truoc'])) return 'received.carried';
    if (leafMatches(subject, ['moi tiep nhan', 'trong ky', 'tiep nhan moi'])) return 'received.new';
    return isTotal ? 'received' : 'other';
  }
  if (group === 'resolved') {
    if (leafMatches(subject, ['truoc han'])) return 'resolved.early';
    if (leafMatches(subject, ['dung han', 'dung thoi han', 'trong han'])) return hasEarly ? 'resolved.onTime' : 'resolved.early+onTime';
    if (leafMatches(subject, ['qua han', 'tre han'])) return 'resolved.late';
    if (leafMatches(subject, ['tu choi', 'khong giai quyet'])) return 'resolved.rejected';
    if (leafMatches(subject, ['rut', 'rut ho so'])) return 'resolved.withdrawn';
    return isTotal ? 'resolved' : 'other';
  }
  if (group === 'pending') {
    if (leafMatches(subject, ['trong han', 'chua den han', 'chua toi han'])) return 'pending.inTime';
    if (leafMatches(subject, ['qua han', 'tre han'])) return 'pending.overdue';
    if (leafMatches(subject, ['bo sung'])) return 'pending.supplement';
    return isTotal ? 'pending' : 'other';
  }
  return joined.trim() === '' ? undefined : 'other';
}

/** The group a role belongs to, for building sums from the header structure. */
export function groupOfRole(role: Role | undefined): Group | null {
  if (!role) return null;
  if (role === 'received' || role.startsWith('received.')) return 'received';
  if (role === 'resolved' || role.startsWith('resolved.')) return 'resolved';
  if (role === 'pending' || role.startsWith('pending.')) return 'pending';
  return null;
}
