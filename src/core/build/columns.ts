// Finding the header row of an export and mapping its columns by their words.
import { containsPhrase, foldText } from '../text';
import { HEADER_PATTERNS, QUALIFIER_PHRASES, type HeaderPattern } from './header-words';
import { COLUMN_KEYS, REQUIRED_COLUMNS } from './types';
import type { ColumnKey, ExportCell } from './types';

/**
 * Words run together in the national portal's field names ("NgayTiepNhan", "MaTTHC") are split
 * where a lower-case letter meets a capital, and where a run of capitals meets a capitalised word.
 */
export function splitRunTogetherWords(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
}

/** " words of the text " folded, for whole-word phrase search. */
function wordsOf(text: string): string {
  return ` ${foldText(splitRunTogetherWords(text)).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

const PHRASE_WORDS = new Map<string, string>();
function phraseWords(phrase: string): string {
  let words = PHRASE_WORDS.get(phrase);
  if (words === undefined) {
    words = wordsOf(phrase);
    PHRASE_WORDS.set(phrase, words);
  }
  return words;
}

/** How well a header text means `key`: 0 when it does not. */
export function headerScore(header: string, key: ColumnKey): number {
  return scoreWords(wordsOf(header), key);
}

function scoreWords(words: string, key: ColumnKey): number {
  return bestMatch(words, key)?.score ?? 0;
}

function bestMatch(words: string, key: ColumnKey): HeaderPattern | null {
  if (words.trim() === '') return null;
  let best: HeaderPattern | null = null;
  for (const pattern of HEADER_PATTERNS[key]) {
    if (best && pattern.score <= best.score) continue;
    if (!pattern.all.every((phrase) => words.includes(phraseWords(phrase)))) continue;
    if (pattern.none?.some((phrase) => words.includes(phraseWords(phrase)))) continue;
    best = pattern;
  }
  return best;
}

export interface HeaderRank {
  /** The pattern's score, the tenths refined: exact match first, then fewer extra words. */
  rank: number;
  /** The meaning-changing words the header adds to the pattern, if any. */
  qualifiers: string[];
}

/** How well a header means `key`, ranked finer than headerScore; null when it does not. */
export function headerRank(header: string, key: ColumnKey): HeaderRank | null {
  return rankWords(wordsOf(header), key);
}

function rankWords(words: string, key: ColumnKey): HeaderRank | null {
  const pattern = bestMatch(words, key);
  if (!pattern) return null;
  let rest = words;
  for (const phrase of pattern.all) rest = rest.replace(phraseWords(phrase), ' ');
  const extra = rest.trim() === '' ? 0 : rest.trim().split(' ').length;
  const qualifiers = QUALIFIER_PHRASES.filter((phrase) => ` ${rest.trim()} `.includes(phraseWords(phrase)));
  // exact: 10 more than any header with extra words; each extra word costs 1 (up to 5);
  // a meaning-changing word costs a whole 100 (ten pattern points).
  const rank = pattern.score * 10 + (extra === 0 ? 10 : 5 - Math.min(extra, 5)) - (qualifiers.length > 0 ? 100 : 0);
  return { rank, qualifiers };
}

export function exportCellText(value: ExportCell | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** A key whose column was chosen among several headers of the same rank, or from a qualified one. */
export interface AmbiguousColumn {
  key: ColumnKey;
  chosen: number;
  /** Other columns that ranked the same for this key. */
  others: number[];
  /** Meaning-changing words in the chosen header (empty: a tie). */
  qualifiers: string[];
}

export interface HeaderMap {
  columns: Partial<Record<ColumnKey, number>>;
  ambiguous: AmbiguousColumn[];
}

/**
 * Assigns each key at most one column and each column at most one key, best rank first: an exact
 * (folded) header beats one with extra words, and a header with meaning-changing words
 * ("dự kiến", "bổ sung", "ký số", "gia hạn"…) ranks below plain ones. Remaining ties go to the
 * leftmost column and are reported as ambiguous. `fixed` are the clerk's choices and are taken as
 * they are; `excluded` pairs (key → columns) are never chosen (a date column without dates).
 */
export function mapHeadersRanked(
  headers: string[],
  fixed: Partial<Record<ColumnKey, number>> = {},
  excluded: Partial<Record<ColumnKey, number[]>> = {},
): HeaderMap {
  const columns: Partial<Record<ColumnKey, number>> = { ...fixed };
  const usedColumns = new Set(Object.values(fixed));
  const candidates: { key: ColumnKey; col: number; rank: number; qualifiers: string[] }[] = [];
  const words = headers.map(wordsOf);
  for (const key of COLUMN_KEYS) {
    if (fixed[key] !== undefined) continue;
    words.forEach((headerWords, col) => {
      if (excluded[key]?.includes(col)) return;
      const ranked = rankWords(headerWords, key);
      if (ranked) candidates.push({ key, col, ...ranked });
    });
  }
  candidates.sort((a, b) => b.rank - a.rank || a.col - b.col);
  const ambiguous: AmbiguousColumn[] = [];
  for (const candidate of candidates) {
    const { key, col } = candidate;
    if (columns[key] !== undefined || usedColumns.has(col)) continue;
    columns[key] = col;
    usedColumns.add(col);
    const others = candidates
      .filter((other) => other.key === key && other.col !== col && other.rank === candidate.rank && !usedColumns.has(other.col))
      .map((other) => other.col);
    if (others.length > 0 || candidate.qualifiers.length > 0) ambiguous.push({ key, chosen: col, others, qualifiers: candidate.qualifiers });
  }
  return { columns, ambiguous };
}

export function mapHeaders(
  headers: string[],
  fixed: Partial<Record<ColumnKey, number>> = {},
  excluded: Partial<Record<ColumnKey, number[]>> = {},
): Partial<Record<ColumnKey, number>> {
  return mapHeadersRanked(headers, fixed, excluded).columns;
}

/** The column whose header is the clerk's text: equal when folded, else containing it. */
export function findClerkHeader(headers: string[], wanted: string): number | null {
  const target = foldText(wanted);
  if (target === '') return null;
  const exact = headers.findIndex((header) => foldText(header) === target);
  if (exact >= 0) return exact;
  const partial = headers.findIndex((header) => containsPhrase(header, wanted));
  return partial >= 0 ? partial : null;
}

/** Header texts of row `row`, joined with the row above where that makes a two-row header. */
function headerTexts(rows: ExportCell[][], row: number, withAbove: boolean): string[] {
  const line = rows[row] ?? [];
  const above = withAbove ? rows[row - 1] ?? [] : [];
  const width = Math.max(line.length, above.length);
  const texts: string[] = [];
  // A group header merged over several columns ("Ngày" over "Tiếp nhận | Trả kết quả") is
  // written once, at its left: it carries right while the columns below it have texts.
  let group = '';
  for (let col = 0; col < width; col++) {
    const lower = exportCellText(line[col]);
    let upper = exportCellText(above[col]);
    if (upper) group = lower ? upper : '';
    else if (lower && group) upper = group;
    else group = '';
    texts.push(upper && upper !== lower ? `${upper} ${lower}`.trim() : lower || upper);
  }
  return texts;
}

function mappingQuality(columns: Partial<Record<ColumnKey, number>>, headers: string[]): number {
  let quality = 0;
  for (const [key, col] of Object.entries(columns) as [ColumnKey, number][]) {
    const required = REQUIRED_COLUMNS.includes(key) ? 100 : 10;
    quality += required + headerScore(headers[col] ?? '', key);
  }
  return quality;
}

/** Header rows are looked for in the first rows only: exports put a title block above. */
const HEADER_SEARCH_ROWS = 40;

export interface HeaderDetection {
  headerRow: number;
  headers: string[];
  columns: Partial<Record<ColumnKey, number>>;
  ambiguous: AmbiguousColumn[];
}

/**
 * The header row of an export: of the first rows (and pairs of rows, for two-row headers),
 * the one whose words map the required columns best. `resolveFixed` turns the clerk's header
 * texts into column indexes for a candidate row.
 */
export function detectHeader(
  rows: ExportCell[][],
  resolveFixed: (headers: string[]) => Partial<Record<ColumnKey, number>> = () => ({}),
  excluded: Partial<Record<ColumnKey, number[]>> = {},
): HeaderDetection | null {
  let best: (HeaderDetection & { quality: number }) | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < limit; row++) {
    for (const withAbove of row > 0 ? [false, true] : [false]) {
      const headers = headerTexts(rows, row, withAbove);
      if (headers.every((header) => header === '')) continue;
      const { columns, ambiguous } = mapHeadersRanked(headers, resolveFixed(headers), excluded);
      const quality = mappingQuality(columns, headers);
      if (quality > 0 && (!best || quality > best.quality)) best = { headerRow: row, headers, columns, ambiguous, quality };
    }
  }
  if (!best) return null;
  return { headerRow: best.headerRow, headers: best.headers, columns: best.columns, ambiguous: best.ambiguous };
}

/** Required keys the columns leave out; `optional` are required keys the clerk answered otherwise. */
export function missingRequired(columns: Partial<Record<ColumnKey, number>>, optional: readonly ColumnKey[] = []): ColumnKey[] {
  return REQUIRED_COLUMNS.filter((key) => columns[key] === undefined && !optional.includes(key));
}
