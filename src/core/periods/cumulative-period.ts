// The period of a cumulative annex: from the first quarter's start to the last one's end, named
// 6 tháng / 9 tháng / năm when it starts with quý I and ends with quý II, III or IV; or, when the
// tables state no period, the kind and year the clerk gives, on the official calendar.
import { officialKindOfDates, reportingPeriodDates, type CalendarDate, type PeriodKind } from '../calendar';
import type { PeriodTable } from './types';

export type CumulativeKind = Extract<PeriodKind, '6M' | '9M' | 'Y'>;

export interface CumulativePeriod {
  /** Undefined for a span that is no official period (quý II to quý III): named by its dates. */
  kind?: PeriodKind;
  year?: number;
  from: CalendarDate;
  to: CalendarDate;
  /** 'tables': read from the tables' periods; 'clerk': the label and year given. */
  source: 'tables' | 'clerk';
}

export type CumulativePeriodProblem =
  /** The tables state no period and no label and year were given. */
  | { problem: 'unknown' }
  /** The label given is not what the tables cover. */
  | { problem: 'label'; label: PeriodKind; covered?: PeriodKind }
  | { problem: 'year'; year: number; covered: number };

const END_QUARTER: Record<PeriodKind, number> = { Q1: 1, Q2: 2, Q3: 3, Q4: 4, '6M': 2, '9M': 3, Y: 4 };
const KIND_ENDING_WITH: Record<number, PeriodKind | undefined> = { 2: '6M', 3: '9M', 4: 'Y' };

/** The cumulative kind of consecutive tables by their kinds: quý I … quý III is 9 tháng. */
function kindCovered(tables: PeriodTable[]): PeriodKind | undefined {
  const first = tables[0].period.kind;
  const last = tables[tables.length - 1].period.kind;
  if (!first || !last || !(first === 'Q1' || first === '6M' || first === '9M')) return undefined;
  return KIND_ENDING_WITH[END_QUARTER[last]];
}

export function cumulativePeriod(tables: PeriodTable[], label?: CumulativeKind, year?: number): CumulativePeriod | CumulativePeriodProblem {
  const first = tables[0].period;
  const last = tables[tables.length - 1].period;
  if (first.from && last.to) {
    const coveredYear = last.to.year;
    const covered = officialKindOfDates(first.from, last.to) ?? kindCovered(tables);
    if (label !== undefined && covered !== label) return { problem: 'label', label, ...(covered ? { covered } : {}) };
    if (year !== undefined && (last.year ?? coveredYear) !== year) return { problem: 'year', year, covered: last.year ?? coveredYear };
    return { ...(covered ? { kind: covered } : {}), year: last.year ?? coveredYear, from: first.from, to: last.to, source: 'tables' };
  }
  if (label === undefined || year === undefined) return { problem: 'unknown' };
  const covered = kindCovered(tables);
  if (covered !== undefined && covered !== label) return { problem: 'label', label, covered };
  const dates = reportingPeriodDates(label, year);
  return { kind: label, year, from: dates.from, to: dates.to, source: 'clerk' };
}

export function isCumulativePeriodProblem(value: CumulativePeriod | CumulativePeriodProblem): value is CumulativePeriodProblem {
  return 'problem' in value;
}
