// Whether one period follows another: the previous ends the day before this one starts. By their
// dates when both are known (a unit's own calendar included); by their kinds when only the
// quarters are known (quý I then quý II of a workbook whose sheets give no year).
import { compareDates, dayNumberOf, quarterOf, type PeriodKind } from '../calendar';
import type { TablePeriod } from './types';

export type Adjacency =
  | { kind: 'adjacent'; by: 'dates' | 'kinds' }
  | { kind: 'not-adjacent'; by: 'dates' | 'kinds' }
  /** Either table states too little to tell. */
  | { kind: 'unknown'; sides: Array<'previous' | 'current'> };

const END_QUARTER: Record<PeriodKind, number> = { Q1: 1, Q2: 2, Q3: 3, Q4: 4, '6M': 2, '9M': 3, Y: 4 };

function startQuarter(period: TablePeriod): number | undefined {
  return period.kind ? (quarterOf(period.kind) ?? 1) : undefined;
}

export function periodAdjacency(previous: TablePeriod, current: TablePeriod): Adjacency {
  if (previous.to && current.from) {
    return dayNumberOf(previous.to) + 1 === dayNumberOf(current.from) ? { kind: 'adjacent', by: 'dates' } : { kind: 'not-adjacent', by: 'dates' };
  }
  const before = previous.kind ? END_QUARTER[previous.kind] : undefined;
  const after = startQuarter(current);
  if (before !== undefined && after !== undefined) {
    const yearGap = previous.year !== undefined && current.year !== undefined ? current.year - previous.year : undefined;
    const follows = (before + 1 === after && (yearGap ?? 0) === 0) || (before === 4 && after === 1 && (yearGap ?? 1) === 1);
    return { kind: follows ? 'adjacent' : 'not-adjacent', by: 'kinds' };
  }
  const sides: Array<'previous' | 'current'> = [];
  if (!previous.to) sides.push('previous');
  if (!current.from) sides.push('current');
  return { kind: 'unknown', sides };
}

/** Sorts periods by their start (dates, else quarter within the year); unknown ones keep their place at the end. */
export function comparePeriods(a: TablePeriod, b: TablePeriod): number {
  if (a.from && b.from) return compareDates(a.from, b.from);
  const qa = startQuarter(a);
  const qb = startQuarter(b);
  if (qa !== undefined && qb !== undefined) return (a.year ?? 0) - (b.year ?? 0) || qa - qb;
  return 0;
}
