// Civil dates and day numbers. Dates are calendar days, never instants: only Date.UTC arithmetic,
// so the machine's time zone never moves a day.

/** Days since 01/01/1970 of a calendar day. */
export type DayNumber = number;

export interface CalendarDate {
  day: number;
  /** 1–12 */
  month: number;
  year: number;
}

/** Both ends included. */
export interface DateRange {
  from: CalendarDate;
  to: CalendarDate;
}

const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** A real date from 1900 to 9999 (31/02, 29/02/2026 and month 13 are not). */
export function isValidDate(d: CalendarDate): boolean {
  if (!Number.isInteger(d.day) || !Number.isInteger(d.month) || !Number.isInteger(d.year)) return false;
  if (d.year < 1900 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The day number of a date (not checked: see isValidDate). */
export function dayNumberOf(d: CalendarDate): DayNumber {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

/** The day number of a civil date, or null when no such date exists (31/02). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber | null {
  const date = { day, month, year };
  return isValidDate(date) ? dayNumberOf(date) : null;
}

export function civilFromDay(dayNumber: DayNumber): CalendarDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days from the first to the last day of the range, both counted: 15/6–30/6 is 16 days. */
export function daysInRange(range: DateRange): number {
  return dayNumberOf(range.to) - dayNumberOf(range.from) + 1;
}
