// The build's reporting period, read the same way by the CLI and the pane: dates typed by the
// clerk, an official period by its kind (a quarter, 6 months, 9 months, the year), or both —
// and dates that are an official period are named by it.
import { civilFromDay, parsePeriodDate, parsePeriodKind, PERIOD_KINDS, quarterPeriod, romanQuarter, type PeriodKind } from '../calendar';
import type { DayNumber, Period, PeriodSpan } from './types';

export { PERIOD_KINDS, parsePeriodKind, type PeriodKind };

const LAST_QUARTER: Record<PeriodKind, number> = { Q1: 1, Q2: 2, Q3: 3, Q4: 4, '6M': 2, '9M': 3, Y: 4 };

/** The official period of `kind` in `year` (quarter II = 15/3–14/6; 6T, 9T and năm start on 15/12 of the year before). */
export function reportingPeriod(kind: PeriodKind, year: number): Period {
  const quarter = LAST_QUARTER[kind];
  const { to } = quarterPeriod(quarter, year);
  if (kind.startsWith('Q')) return { ...quarterPeriod(quarter, year), quarter: romanQuarter(quarter), year };
  return { from: quarterPeriod(1, year).from, to, year, span: kind as PeriodSpan };
}

/** What the clerk typed or chose; absent parts were not given. */
export interface BuildPeriodInput {
  from?: string;
  to?: string;
  /** I–IV, 1–4, 6T, 9T, năm (as the narrative reads them). */
  kind?: string;
  year?: string;
}

export type BuildPeriodProblem =
  | { problem: 'missing' }
  | { problem: 'bad-kind'; value: string }
  | { problem: 'bad-year'; value: string }
  | { problem: 'bad-from'; value: string }
  | { problem: 'bad-to'; value: string }
  | { problem: 'reversed' }
  /** The dates name another period than the kind or year given with them. */
  | { problem: 'contradicts'; from: DayNumber; to: DayNumber; official: Period };

export function isPeriodProblem(value: Period | BuildPeriodProblem): value is BuildPeriodProblem {
  return 'problem' in value;
}

/** The official period these dates are, if they are one. */
function namedPeriod(from: DayNumber, to: DayNumber): Period {
  const year = civilFromDay(to).year;
  for (const kind of PERIOD_KINDS) {
    const official = reportingPeriod(kind, year);
    if (official.from === from && official.to === to) return official;
  }
  return { from, to };
}

/**
 * The period from `from`/`to`, else from `kind`/`year`. Dates with a kind (or a year) that names
 * another period are refused; dates that are an official period are named by it.
 */
export function resolveBuildPeriod(input: BuildPeriodInput): Period | BuildPeriodProblem {
  const kind = input.kind !== undefined ? parsePeriodKind(input.kind) : null;
  const year = input.year !== undefined && /^\d{4}$/.test(input.year.trim()) ? Number(input.year) : null;
  if (input.kind !== undefined && kind === null) return { problem: 'bad-kind', value: input.kind };
  if (input.year !== undefined && year === null) return { problem: 'bad-year', value: input.year };
  if (input.from === undefined && input.to === undefined) {
    return kind !== null && year !== null ? reportingPeriod(kind, year) : { problem: 'missing' };
  }
  if (input.from === undefined) return { problem: 'missing' };
  const from = parsePeriodDate(input.from);
  if (from === null) return { problem: 'bad-from', value: input.from };
  if (input.to === undefined) return { problem: 'missing' };
  const to = parsePeriodDate(input.to);
  if (to === null) return { problem: 'bad-to', value: input.to };
  if (from > to) return { problem: 'reversed' };
  if (kind === null && year === null) return namedPeriod(from, to);
  // An official period always ends in its own year (14/3, 14/6, 14/9, 14/12).
  const official = reportingPeriod(kind ?? 'Y', year ?? civilFromDay(to).year);
  if (kind !== null) return official.from === from && official.to === to ? official : { problem: 'contradicts', from, to, official };
  if (year !== civilFromDay(to).year) return { problem: 'contradicts', from, to, official };
  return namedPeriod(from, to);
}
