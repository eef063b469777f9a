// The period a previous report was written for, read from its own words, and the edits that
// move its title, summary, date line, part headings and closing sentence to the new period:
// "quý I, nhiệm vụ trọng tâm quý II năm 2026" → "quý II, nhiệm vụ trọng tâm quý III năm 2026",
// "(Số liệu tính từ ngày 15/12/2025 đến hết ngày 14/3/2026)" → the new dates.

import { compareDates, parseDate, reportingPeriodDates, type CalendarDate, type DateRange, type PeriodKind } from '../../calendar';
import { formatDateRange } from '../../../shared/dates';
import { DATE_LINE } from './outline';
import type { TextEdit } from './edits';

export interface StatedPeriod {
  quarter?: number;
  year?: number;
  range?: DateRange;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const NUMERAL = ['I', 'II', 'III', 'IV'];
const QUARTER = /(quý\s+)(IV|III|II|I)(?![\p{L}\d])/giu;
const RANGE = /(từ\s+ngày\s+)(\d{1,2}\/\d{1,2}(?:\/\d{4})?)(\s+đến\s+(?:hết\s+)?ngày\s+)(\d{1,2}\/\d{1,2}\/\d{4})/iu;
const YEAR = /(năm\s+)(\d{4})(?!\d)/giu;

function rangeOf(match: RegExpExecArray): DateRange | undefined {
  const to = parseDate(match[4]);
  if (!to) return undefined;
  let from = parseDate(match[2], to.year);
  if (!from) return undefined;
  // "từ ngày 15/12 đến hết ngày 14/3/2026": the start is in the year before.
  if (!/\/\d{4}$/.test(match[2]) && compareDates(from, to) > 0) from = { ...from, year: to.year - 1 };
  return { from, to };
}

/** The first quarter, year and date range the texts name (the title and summary come first). */
export function statedPeriod(texts: string[]): StatedPeriod {
  const stated: StatedPeriod = {};
  for (const text of texts) {
    if (stated.quarter === undefined) {
      const quarter = text.matchAll(QUARTER).next().value;
      if (quarter) stated.quarter = ROMAN[quarter[2].toUpperCase()];
    }
    if (!stated.range) {
      const range = RANGE.exec(text);
      if (range) stated.range = rangeOf(range);
    }
    if (stated.year === undefined) {
      const year = text.matchAll(YEAR).next().value;
      if (year) stated.year = Number(year[2]);
    }
  }
  if (stated.range) stated.year = stated.range.to.year;
  return stated;
}

/** The dates a stated period covers: its range, else its quarter's official dates. */
export function statedRange(stated: StatedPeriod): DateRange | undefined {
  if (stated.range) return stated.range;
  if (stated.quarter !== undefined && stated.year !== undefined) return reportingPeriodDates(`Q${stated.quarter}` as PeriodKind, stated.year);
  return undefined;
}

export interface PeriodMove {
  from: StatedPeriod;
  to: { quarter?: number; year?: number; range?: DateRange };
}

const nextQuarter = (q: number, year: number) => (q === 4 ? { quarter: 1, year: year + 1 } : { quarter: q + 1, year });

/** Edits moving the period words of a title, summary, part heading or closing paragraph. */
export function periodEdits(text: string, move: PeriodMove): TextEdit[] {
  const edits: TextEdit[] = [];
  const { from, to } = move;
  const quarters = new Map<number, number>();
  const years = new Map<number, number>();
  if (from.quarter !== undefined && to.quarter !== undefined) {
    quarters.set(from.quarter, to.quarter);
    if (from.year !== undefined && to.year !== undefined) {
      const oldNext = nextQuarter(from.quarter, from.year);
      const newNext = nextQuarter(to.quarter, to.year);
      // Both the period and the one after it, in one pass: "quý I … quý II" → "quý II … quý III".
      if (!quarters.has(oldNext.quarter)) quarters.set(oldNext.quarter, newNext.quarter);
      years.set(from.year, to.year);
      if (oldNext.year !== from.year) years.set(oldNext.year, newNext.year);
    }
  } else if (from.year !== undefined && to.year !== undefined) years.set(from.year, to.year);
  for (const match of text.matchAll(QUARTER)) {
    const old = ROMAN[match[2].toUpperCase()];
    const now = quarters.get(old);
    if (now === undefined || now === old) continue;
    const start = (match.index ?? 0) + match[1].length;
    edits.push({ start, end: start + match[2].length, text: NUMERAL[now - 1] });
  }
  for (const match of text.matchAll(YEAR)) {
    const now = years.get(Number(match[2]));
    if (now === undefined || now === Number(match[2])) continue;
    const start = (match.index ?? 0) + match[1].length;
    edits.push({ start, end: start + 4, text: String(now) });
  }
  const range = RANGE.exec(text);
  if (range && to.range) {
    const words = formatDateRange(to.range.from, to.range.to);
    const fromAt = (range.index ?? 0) + range[1].length;
    const toAt = fromAt + range[2].length + range[3].length;
    edits.push({ start: fromAt, end: fromAt + range[2].length, text: words.from }, { start: toAt, end: toAt + range[4].length, text: words.to });
  }
  return edits;
}

/** The date line's day left for the office, its month and year the new period's last: "ngày      tháng 6 năm 2026". */
export function dateLineEdits(text: string, end: CalendarDate | undefined): TextEdit[] {
  const match = DATE_LINE.exec(text);
  if (!match || !end) return [];
  const at = match.index ?? 0;
  const parts = /^(ngày)([\s\d…._]*)(tháng\s*)(\d{1,2})(\s*năm\s*)(\d{4})/iu.exec(match[0]);
  if (!parts) return [];
  const edits: TextEdit[] = [];
  const dayAt = at + parts[1].length;
  if (/\d/.test(parts[2])) edits.push({ start: dayAt, end: dayAt + parts[2].length, text: '      ' });
  const monthAt = dayAt + parts[2].length + parts[3].length;
  if (Number(parts[4]) !== end.month) edits.push({ start: monthAt, end: monthAt + parts[4].length, text: String(end.month) });
  const yearAt = monthAt + parts[4].length + parts[5].length;
  if (Number(parts[6]) !== end.year) edits.push({ start: yearAt, end: yearAt + 4, text: String(end.year) });
  return edits;
}
