// The reporting period: which quarter (or 6 months, 9 months, year), which year, which dates.
// Official calendar of Nghị định 09/2019/NĐ-CP, art. 12: the reporting year runs from
// 15/12 of the year before to 14/12; quý I ends 14/3, quý II 14/6, quý III 14/9, quý IV 14/12.

import { foldText } from '../text';

export type PeriodKind = 'Q1' | 'Q2' | 'Q3' | 'Q4' | '6M' | '9M' | 'Y';

export interface CalendarDate {
  day: number;
  /** 1–12 */
  month: number;
  year: number;
}

/** What is known about the period; any part may be missing. */
export interface PeriodInput {
  kind?: PeriodKind;
  year?: number;
  from?: CalendarDate;
  to?: CalendarDate;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4', '6M', '9M', 'Y'];

const ROMAN_QUARTER: Record<string, PeriodKind> = { i: 'Q1', ii: 'Q2', iii: 'Q3', iv: 'Q4' };

/** Start and end of an official reporting period of `year`. */
export function officialPeriod(kind: PeriodKind, year: number): { from: CalendarDate; to: CalendarDate } {
  const endMonth: Record<PeriodKind, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, '6M': 6, '9M': 9, Y: 12 };
  const to = { day: 14, month: endMonth[kind], year };
  const startsAtYearStart = kind === 'Q1' || kind === '6M' || kind === '9M' || kind === 'Y';
  const from = startsAtYearStart ? { day: 15, month: 12, year: year - 1 } : { day: 15, month: endMonth[kind] - 3, year };
  return { from, to };
}

/** The official period whose dates these are, if any. */
export function kindOfDates(from: CalendarDate, to: CalendarDate): PeriodKind | undefined {
  return PERIOD_KINDS.find((kind) => {
    const official = officialPeriod(kind, to.year);
    return sameDate(official.from, from) && sameDate(official.to, to);
  });
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}

export function isValidDate(d: CalendarDate): boolean {
  if (!Number.isInteger(d.day) || !Number.isInteger(d.month) || !Number.isInteger(d.year)) return false;
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  const daysInMonth = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return d.day <= daysInMonth;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

const MS_PER_DAY = 86_400_000;

function dayIndex(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

/** Days from the first to the last day of the range, both counted: 15/6–30/6 is 16 days. */
export function daysInRange(range: DateRange): number {
  return dayIndex(range.to) - dayIndex(range.from) + 1;
}

/** How far a unit's own calendar may stray from the official one and still name the same period. */
const LENGTH_TOLERANCE_DAYS = 16;
const END_TOLERANCE_DAYS = 31;

/**
 * Whether dates can be the period `kind` of `year`: its official dates, or a unit's own calendar of
 * about the same length ending near the official end ("quý I" running 01/12–28/02, a calendar
 * quarter 01/4–30/6). Two weeks are never a quarter, a quarter never 6 months.
 */
export function datesFitPeriod(range: DateRange, kind: PeriodKind, year: number): boolean {
  const official = officialPeriod(kind, year);
  if (sameDate(official.from, range.from) && sameDate(official.to, range.to)) return true;
  const lengthGap = Math.abs(daysInRange(range) - daysInRange(official));
  const endGap = Math.abs(dayIndex(range.to) - dayIndex(official.to));
  return lengthGap <= LENGTH_TOLERANCE_DAYS && endGap <= END_TOLERANCE_DAYS;
}

/**
 * A date as Nghị định 30/2020 writes it: days below 10 and months 1–2 with a leading zero
 * ("09/6/2025", "15/01/2026", "14/3"). `withYear` false leaves the year out.
 */
export function formatDate(d: CalendarDate, withYear = true): string {
  const day = d.day < 10 ? `0${d.day}` : String(d.day);
  const month = d.month <= 2 ? `0${d.month}` : String(d.month);
  return withYear ? `${day}/${month}/${d.year}` : `${day}/${month}`;
}

/** Both ends of a range; the start's year is left out when it equals the end's. */
export function formatDateRange(from: CalendarDate, to: CalendarDate): { from: string; to: string } {
  return { from: formatDate(from, from.year !== to.year), to: formatDate(to) };
}

/**
 * Reads a date typed by the clerk: "15/3/2026", "15/03/2026", "15-3-2026", "15.3.2026",
 * "2026-03-15", or "15/3" with `defaultYear`. Null when it is not a real date.
 */
export function parseDate(text: string, defaultYear?: number): CalendarDate | null {
  const trimmed = text.trim();
  let date: CalendarDate | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(trimmed);
  if (iso) date = { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) };
  else if (dmy) {
    const year = dmy[3] !== undefined ? Number(dmy[3]) : defaultYear;
    if (year === undefined) return null;
    date = { day: Number(dmy[1]), month: Number(dmy[2]), year };
  }
  return date && isValidDate(date) ? date : null;
}

/** A date as the clerk types it, the year possibly left out ("30/6"). */
export interface PartialDate {
  day: number;
  month: number;
  year?: number;
}

/**
 * Reads "15/3/2026", "15-3-2026", "15.3.2026", "2026-03-15" or "15/3" (no year). Null when it is
 * no date in any year (31/6, 30/2).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return parseDate(trimmed);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/.exec(trimmed);
  if (!dmy) return null;
  if (dmy[3] !== undefined) return parseDate(trimmed);
  const date = { day: Number(dmy[1]), month: Number(dmy[2]) };
  // 2000 is a leap year: 29/2 without a year is a date, to be checked again once the year is known.
  return isValidDate({ ...date, year: 2000 }) ? date : null;
}

/**
 * Reads a period kind as a clerk types it: "II", "2", "Q2", "quý II", "6T", "6 tháng", "6m",
 * "9 tháng", "năm", "year". Null when not recognised.
 */
export function parsePeriodKind(text: string): PeriodKind | null {
  const folded = foldText(text).replace(/[^a-z0-9]+/g, ' ').trim();
  const quarter = /^(?:q|quy|quarter)? ?(i{1,3}|iv|[1-4])$/.exec(folded);
  if (quarter) {
    const token = quarter[1];
    return /^\d$/.test(token) ? (`Q${token}` as PeriodKind) : ROMAN_QUARTER[token];
  }
  if (/^(6 ?(t|m|thang|months?)( dau nam)?|h1|first half)$/.test(folded)) return '6M';
  if (/^9 ?(t|m|thang|months?)$/.test(folded)) return '9M';
  if (/^(nam|ca nam|y|year|12 ?(t|m|thang|months?))$/.test(folded)) return 'Y';
  return null;
}

export const QUARTER_ROMAN: Partial<Record<PeriodKind, string>> = { Q1: 'I', Q2: 'II', Q3: 'III', Q4: 'IV' };

/** A period with every part that can be known, and where each part came from. */
export interface ResolvedPeriod extends PeriodInput {
  /** True when from/to were taken from the official calendar rather than typed or read. */
  datesFromCalendar: boolean;
  /** Problems with the clerk's input, for the clerk to see (e.g. an end before the start). */
  problems: PeriodProblem[];
}

export type PeriodProblem = 'end-before-start' | 'dates-span-other-year';
