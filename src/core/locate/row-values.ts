// Rows whose label does not say what they are, read by their numbers: a row whose counts are the
// column sums of the other rows is a total, whatever it is called ("Toàn xã", "Quý II", no label);
// a row without label that the totals add up is a field. Never guessed silently: a total found by
// its numbers stays in doubt (a warning that withholds the verdict) until the clerk confirms it.
import { cellValue, readCount } from '../cells';
import { foldText } from '../text';
import type { Grid, Section, TableRow } from '../types';

/** The clerk's answers: labels of rows that are the totals row, and of rows that are fields. */
export interface RowChoices {
  totalRows?: string[];
  fieldRows?: string[];
}

/** A total found by its numbers may differ from the other rows' sums in one column (a mistake). */
const MAX_MISMATCHED_COLUMNS = 1;
const MIN_MATCHED_NONZERO = 3;
const MIN_CONTRIBUTORS = 2;

function countsOf(grid: Grid, row: number, cols: number[]): Float64Array {
  const values = new Float64Array(cols.length);
  cols.forEach((col, i) => {
    const cell = readCount(cellValue(grid, row, col));
    values[i] = cell.kind === 'count' ? cell.value : cell.kind === 'blank' ? 0 : Number.NaN;
  });
  return values;
}

const isNonzero = (values: Float64Array) => values.some((v) => v !== 0 && !Number.isNaN(v));

/** Does `candidate` equal the column sums of the other rows (up to one column)? `sums` includes the candidate. */
function isSumOfOthers(candidate: Float64Array, sums: Float64Array, nonzeroOthers: number): boolean {
  if (nonzeroOthers < MIN_CONTRIBUTORS) return false;
  let mismatched = 0;
  let matchedNonzero = 0;
  candidate.forEach((value, i) => {
    const sum = sums[i] - value;
    if (Number.isNaN(value) || Number.isNaN(sum) || value !== sum) mismatched++;
    else if (value !== 0) matchedNonzero++;
  });
  return mismatched <= MAX_MISMATCHED_COLUMNS && matchedNonzero >= MIN_MATCHED_NONZERO;
}

function matchesChoice(label: string, choices: string[] | undefined): boolean {
  if (!choices || label === '') return false;
  const folded = foldText(label);
  return choices.some((choice) => foldText(choice) === folded);
}

/** Column residuals of `total` against `addends`: how far its counts are from their sums. */
function mismatchedColumns(total: Float64Array, addends: Float64Array[]): number {
  let mismatched = 0;
  total.forEach((value, i) => {
    let sum = 0;
    for (const addend of addends) sum += addend[i];
    if (Number.isNaN(value) || Number.isNaN(sum) || value !== sum) mismatched++;
  });
  return mismatched;
}

/** Does `candidate` equal the sums of `members` (up to one column), with enough to go by? */
function isSumOfRows(candidate: Float64Array, members: Float64Array[]): boolean {
  if (members.length === 0) return false;
  let mismatched = 0;
  let matchedNonzero = 0;
  candidate.forEach((value, i) => {
    let sum = 0;
    for (const member of members) sum += member[i];
    if (Number.isNaN(value) || Number.isNaN(sum) || value !== sum) mismatched++;
    else if (value !== 0) matchedNonzero++;
  });
  return mismatched <= MAX_MISMATCHED_COLUMNS && matchedNonzero >= MIN_MATCHED_NONZERO;
}

/**
 * Group rows without a marker ("Sở ban ngành", "Xã, phường, thị trấn" over numbered unit rows):
 * unnumbered rows, each the sum of the numbered rows under it up to the next one. Read as
 * sections that are their own subtotal when there are at least two and every such row is one.
 */
function markGroupRows(grid: Grid, rows: TableRow[], countCols: number[], sections: Section[]): void {
  if (sections.length > 0 || countCols.length === 0) return;
  const fields = rows.filter((r) => r.kind === 'field');
  const heads = fields.filter((r) => r.reason === 'named');
  if (heads.length < 2 || !fields.some((r) => r.reason === 'numbered')) return;
  const counts = new Map(fields.map((r) => [r.row, countsOf(grid, r.row, countCols)]));
  const members = (head: TableRow) => {
    const start = fields.indexOf(head);
    const next = fields.findIndex((r, i) => i > start && r.reason === 'named');
    return fields.slice(start + 1, next < 0 ? fields.length : next);
  };
  if (
    fields[0].reason !== 'named' ||
    !heads.every(
      (head) =>
        members(head).every((m) => m.reason === 'numbered') &&
        isSumOfRows(
          counts.get(head.row) as Float64Array,
          members(head).map((m) => counts.get(m.row) as Float64Array),
        ),
    )
  )
    return;
  for (const head of heads) {
    const index = sections.push({ row: head.row, label: head.label, subtotalRow: head.row }) - 1;
    head.kind = 'section';
    head.reason = 'sum-of-group';
    head.section = index;
    for (const member of members(head)) member.section = index;
  }
}

/**
 * Settles what labels could not: the clerk's choices first, then group rows and totals by their
 * numbers, then unlabelled rows with numbers (fields when the totals add them up, else unread).
 */
export function resolveByValues(grid: Grid, rows: TableRow[], countCols: number[], choices: RowChoices, sections: Section[] = []): void {
  markGroupRows(grid, rows, countCols, sections);
  for (const row of rows) {
    if (row.kind === 'blank' || row.kind === 'note' || row.kind === 'rates') continue;
    if (matchesChoice(row.label, choices.totalRows)) {
      row.kind = 'total';
      row.reason = 'clerk-total';
      delete row.section;
    } else if (matchesChoice(row.label, choices.fieldRows) && (row.kind === 'total' || row.kind === 'unread' || row.kind === 'field')) {
      row.kind = 'field';
      row.reason = 'clerk-field';
    }
  }
  if (countCols.length === 0) return;
  const labelledTotal = rows.some((r) => r.kind === 'total');
  const pool = rows.filter((r) => r.kind === 'field' || (r.kind === 'unread' && r.reason === 'no-label'));
  // A totals row stands at an edge of the rows it adds up and carries no field number: a numbered
  // field in the middle whose counts happen to equal the others' sums (small communes) is a field.
  const edges = pool.length >= MIN_CONTRIBUTORS + 1 ? [pool[0], pool[pool.length - 1]] : [];
  const open = edges.filter(
    (r) =>
      ((r.kind === 'field' && r.reason !== 'clerk-field') || (r.kind === 'unread' && r.reason === 'no-label')) &&
      r.reason !== 'numbered' &&
      r.reason !== 'sub-numbered',
  );
  if (open.length > 0) {
    const sums = new Float64Array(countCols.length);
    let nonzeroRows = 0;
    for (const r of pool) {
      let nonzero = false;
      countCols.forEach((col, i) => {
        const cell = readCount(cellValue(grid, r.row, col));
        const v = cell.kind === 'count' ? cell.value : cell.kind === 'blank' ? 0 : Number.NaN;
        sums[i] += v;
        if (v !== 0 && !Number.isNaN(v)) nonzero = true;
      });
      if (nonzero) nonzeroRows++;
    }
    const candidates = [...new Set(open)].filter((r) => {
      const own = countsOf(grid, r.row, countCols);
      return isSumOfOthers(own, sums, nonzeroRows - (isNonzero(own) ? 1 : 0));
    });
    if (candidates.length === 1 && !labelledTotal) {
      const [total] = candidates;
      total.kind = 'total';
      total.reason = 'sum-of-rows';
      delete total.section;
    } else {
      for (const candidate of candidates) if (candidate.kind === 'field') candidate.reason = 'sum-of-others';
    }
  }
  const unlabelled = rows.filter((r) => r.kind === 'unread' && r.reason === 'no-label');
  const total = rows.find((r) => r.kind === 'total');
  if (unlabelled.length === 0 || !total) return;
  const fields = rows.filter((r) => r.kind === 'field');
  const totalCounts = countsOf(grid, total.row, countCols);
  const fieldCounts = fields.map((r) => countsOf(grid, r.row, countCols));
  const without = mismatchedColumns(totalCounts, fieldCounts);
  const withThem = mismatchedColumns(totalCounts, [...fieldCounts, ...unlabelled.map((r) => countsOf(grid, r.row, countCols))]);
  if (withThem === 0 && without > 0) {
    for (const row of unlabelled) {
      row.kind = 'field';
      row.reason = 'added-in-total';
    }
  }
}
