// Dates written as clerks write them, and a quarter's numeral. Shared by the engine and the words;
// the names of periods are in src/i18n/calendar.ts.
import { civilFromDay, type CalendarDate, type DayNumber } from './civil';

/**
 * A date as Nghị định 30/2020 writes it in a text: days below 10 and months 1–2 with a leading
 * zero ("09/6/2025", "15/01/2026", "14/3"). `withYear` false leaves the year out.
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

/** dd/MM/yyyy, as tables and exports write a day. */
export function formatDay(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** The quarter a kind names (Q2 → 2); undefined for 6 months, 9 months and the year. */
export function quarterOf(kind: string): number | undefined {
  return kind === 'Q1' ? 1 : kind === 'Q2' ? 2 : kind === 'Q3' ? 3 : kind === 'Q4' ? 4 : undefined;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** 2 → "II". */
export function romanQuarter(quarter: number): string {
  return ROMAN_QUARTERS[quarter - 1];
}
