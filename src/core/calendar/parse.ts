// Dates and periods as a clerk types them. Export dates (serials, times, day/month order) are read
// by src/core/build/dates.ts.
import { foldText } from '../text';
import { dayNumberOf, isValidDate, type CalendarDate, type DayNumber } from './civil';
import { quarterOf, type PeriodKind } from './reporting';

/**
 * Reads "15/3/2026", "15/03/2026", "15-3-2026", "15.3.2026", "2026-03-15", or "15/3" with
 * `defaultYear`. Null when it is not a real date.
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

/** A period bound typed with its year, as a day number: "15/3/2026", "2026-03-15". */
export function parsePeriodDate(text: string): DayNumber | null {
  const date = parseDate(text);
  return date ? dayNumberOf(date) : null;
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
  const dmy = /^(\d{1,2})[/.-](\d{1,2})$/.exec(trimmed);
  if (!dmy) return parseDate(trimmed);
  const date = { day: Number(dmy[1]), month: Number(dmy[2]) };
  // 2000 is a leap year: 29/2 without a year is a date, to be checked again once the year is known.
  return isValidDate({ ...date, year: 2000 }) ? date : null;
}

const ROMAN_QUARTER: Record<string, PeriodKind> = { i: 'Q1', ii: 'Q2', iii: 'Q3', iv: 'Q4' };

/**
 * Reads a period kind as a clerk types it: "II", "2", "Q2", "quý II", "6T", "6 tháng", "6m",
 * "9 tháng", "năm", "year". Null when not recognised.
 */
export function parsePeriodKind(text: string): PeriodKind | null {
  const folded = foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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

/** "II", "2", "q2", "quý II" → 2; null for anything else (6T is not a quarter). */
export function parseQuarter(text: string): number | null {
  const kind = parsePeriodKind(text);
  return kind ? (quarterOf(kind) ?? null) : null;
}
