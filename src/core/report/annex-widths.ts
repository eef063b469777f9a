// Column widths of the annex page, from the content, so that the whole table fits one landscape
// page: every column at least as wide as its longest word (or number), the numbering row's sum on
// one line where it is short, header words on three lines at most, field names on as few lines
// as the width allows. Measured in characters of the table's type; the writer turns shares into
// twips.

import type { PrintedAnnex, PrintedAnnexCell, PrintedAnnexRow } from '../narrative/printed-annex';

export interface AnnexWidthOptions {
  /** How many characters of the table's type a line of the full width holds. */
  lineChars: number;
  /** The numbering row's size against the table's (9 pt / 11 pt). */
  numberingScale: number;
}

/** Padding of a cell (margins and borders), in characters. */
const PADDING = 1.5;
const BOLD = 1.1;
/** A header cell may take this many lines (a count column stays narrow). */
const HEADER_LINES = 4;
/** A field name longer than this wraps anyway: no column wider. */
const FIELD_CHARS = 34;
/** The field column keeps at least this much when the others need the room. */
const FIELD_MIN_CHARS = 30;
/** The sum of an identity is kept on one line up to this many characters. */
const SUM_ON_ONE_LINE = 12;
const NUMBERING_MARGIN = 1.15;

/**
 * A word's width in "characters" (a small letter, about 0.45 em): capitals are wider than small letters and digits,
 * so "STT" needs more room than "(4)".
 */
export function textChars(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/[mwMW%]/.test(ch)) width += 1.85;
    else if (/\p{Lu}/u.test(ch)) width += 1.55;
    else if (/[0-9+=]/.test(ch)) width += 1.15;
    else if (/[iljtfr.,:;()|!'\s]/.test(ch)) width += 0.65;
    else width += 1;
  }
  return width;
}

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map(textChars));

/** The identity's terms: "(13)=(14)+(15)+(16)" → first part "(13)=", terms "(14)+", "(15)+", "(16)". */
function identityNeeds(text: string): { min: number; wanted: number } {
  const equals = text.indexOf('=');
  const head = equals < 0 ? text : text.slice(0, equals + 1);
  const sum = equals < 0 ? '' : text.slice(equals + 1);
  const terms = sum.split(/(?<=\+)/).filter(Boolean);
  const min = Math.max(textChars(head), ...terms.map(textChars));
  const sumWidth = textChars(sum);
  // A long sum on two lines, broken between terms.
  return { min, wanted: Math.max(min, sumWidth <= SUM_ON_ONE_LINE ? sumWidth : Math.ceil(sumWidth / 2) + 1) };
}

function cellNeeds(row: PrintedAnnexRow, cell: PrintedAnnexCell, isField: boolean, scale: number): { min: number; wanted: number } {
  if (row.kind === 'numbering') {
    const needs = identityNeeds(cell.text);
    // Italic digits and "+" run a little wider than the estimate: a margin, so a sum never wraps by a hair.
    return { min: needs.min * scale * NUMBERING_MARGIN, wanted: needs.wanted * scale * NUMBERING_MARGIN };
  }
  // Bold headers and totals run wider.
  const weight = row.kind === 'header' || row.kind === 'total' ? BOLD : 1;
  const min = longestWord(cell.text) * weight;
  const width = textChars(cell.text) * weight;
  if (row.kind === 'header') return { min, wanted: Math.max(min, Math.ceil(width / HEADER_LINES) + 1) };
  if (isField) return { min, wanted: Math.min(width, FIELD_CHARS) };
  return { min, wanted: Math.max(min, width) };
}

/** Shares of the full width (summing to 1), one per column. */
export function annexPageWidths(annex: PrintedAnnex, fieldColumn: number | null, options: AnnexWidthOptions): number[] {
  const count = annex.columnCount;
  const min = new Array<number>(count).fill(1);
  const wanted = new Array<number>(count).fill(1);
  for (const row of annex.rows) {
    for (const cell of row.cells) {
      if (cell.colSpan !== 1) continue;
      const needs = cellNeeds(row, cell, cell.column === fieldColumn && row.kind !== 'header', options.numberingScale);
      min[cell.column] = Math.max(min[cell.column], needs.min);
      wanted[cell.column] = Math.max(wanted[cell.column], needs.wanted);
    }
  }
  const minimum = min.map((m) => m + PADDING);
  const desired = wanted.map((w, c) => Math.max(w + PADDING, minimum[c]));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  // The field names may wrap: the other columns get what they want first, the field column what is left.
  const fieldShrinks = fieldColumn !== null ? desired.map((w, c) => (c === fieldColumn ? Math.max(minimum[c], FIELD_MIN_CHARS) : w)) : desired;
  let widths: number[];
  if (sum(desired) <= options.lineChars) {
    // Everything fits as wanted: half of what is left goes to the field column, the rest to all alike.
    const left = options.lineChars - sum(desired);
    const toField = fieldColumn !== null ? left / 2 : 0;
    widths = desired.map((w, c) => w + (c === fieldColumn ? toField : 0) + (left - toField) / count);
  } else if (sum(fieldShrinks) <= options.lineChars) {
    widths = fieldShrinks.map((w, c) => (c === fieldColumn ? w + options.lineChars - sum(fieldShrinks) : w));
  } else {
    const room = options.lineChars - sum(minimum);
    const extra = sum(fieldShrinks) - sum(minimum);
    widths = room <= 0 ? minimum : minimum.map((m, c) => m + ((fieldShrinks[c] - m) * room) / extra);
  }
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / total);
}

/** The column of the field names: where the field rows' left-aligned text stands. */
export function fieldColumnOf(annex: PrintedAnnex): number | null {
  for (const row of annex.rows) {
    if (row.kind !== 'field') continue;
    const cell = row.cells.find((c) => c.align === 'left');
    if (cell) return cell.column;
  }
  return null;
}
