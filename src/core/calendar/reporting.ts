// The official reporting calendar of Nghị định 09/2019/NĐ-CP, art. 12: the reporting year runs
// from 15/12 of the year before to 14/12; quý I ends 14/3, quý II 14/6, quý III 14/9, quý IV 14/12;
// 6 months, 9 months and the year start with quý I.
import { quarterOf } from '../../shared/dates';
import { dayNumberOf, daysInRange, sameDate, type CalendarDate, type DateRange, type DayNumber } from './civil';

export { quarterOf, romanQuarter } from '../../shared/dates';

export type PeriodKind = 'Q1' | 'Q2' | 'Q3' | 'Q4' | '6M' | '9M' | 'Y';

export const PERIOD_KINDS: readonly PeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4', '6M', '9M', 'Y'];

/** What is known about a period; any part may be missing. */
export interface PeriodInput {
  kind?: PeriodKind;
  year?: number;
  from?: CalendarDate;
  to?: CalendarDate;
}

const END_MONTH: Record<PeriodKind, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, '6M': 6, '9M': 9, Y: 12 };

/** Start and end of an official reporting period of `year`. */
export function reportingPeriodDates(kind: PeriodKind, year: number): DateRange {
  const to = { day: 14, month: END_MONTH[kind], year };
  const quarter = quarterOf(kind);
  const startsWithYear = quarter === undefined || quarter === 1;
  const from = startsWithYear ? { day: 15, month: 12, year: year - 1 } : { day: 15, month: END_MONTH[kind] - 3, year };
  return { from, to };
}

/** The quarter's official dates as day numbers (quý II 2026 = 15/3/2026–14/6/2026). */
export function quarterPeriod(quarter: number, year: number): { from: DayNumber; to: DayNumber } {
  const { from, to } = reportingPeriodDates(`Q${quarter}` as PeriodKind, year);
  return { from: dayNumberOf(from), to: dayNumberOf(to) };
}

/** The official period whose exact dates these are, if any. */
export function officialKindOfDates(from: CalendarDate, to: CalendarDate): PeriodKind | undefined {
  return PERIOD_KINDS.find((kind) => {
    const official = reportingPeriodDates(kind, to.year);
    return sameDate(official.from, from) && sameDate(official.to, to);
  });
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
  const official = reportingPeriodDates(kind, year);
  if (sameDate(official.from, range.from) && sameDate(official.to, range.to)) return true;
  const lengthGap = Math.abs(daysInRange(range) - daysInRange(official));
  const endGap = Math.abs(dayNumberOf(range.to) - dayNumberOf(official.to));
  return lengthGap <= LENGTH_TOLERANCE_DAYS && endGap <= END_TOLERANCE_DAYS;
}
