// The comparison figures a report states against another period ("tăng 412 hồ sơ, 13,0% so với
// quý I năm 2026"): counts by their difference and its percentage of the earlier count (none
// against 0), rates by their difference in percentage points between the rates as written.
import { percentHalfUp, roundTo } from '../numbers';
import type { PeriodInput } from '../calendar';

export type ChangeDirection = 'up' | 'down' | 'same';

export interface CountChange {
  measure: 'count';
  previous: number;
  current: number;
  direction: ChangeDirection;
  /** How much it rose or fell (never negative). */
  by: number;
  /** `by` as a percentage of the previous count, one decimal, half-up; null against a previous 0. */
  percent: number | null;
}

export interface RateChange {
  measure: 'rate';
  /** The rates as the report writes them (percent, one decimal). */
  previous: number;
  current: number;
  direction: ChangeDirection;
  /** Percentage points between the written rates (never negative). */
  points: number;
}

/** The period compared with, as its table names it (kind and year, or dates, or nothing known). */
export type ComparedPeriod = PeriodInput;

const direction = (delta: number): ChangeDirection => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'same');

export function countChange(current: number, previous: number): CountChange {
  const delta = current - previous;
  const by = Math.abs(delta);
  const whole = Number.isInteger(by) && Number.isInteger(previous) && previous > 0;
  const percent = previous > 0 ? (whole ? percentHalfUp(by, previous, 1) : roundTo((by / previous) * 100, 1)) : null;
  return { measure: 'count', previous, current, direction: direction(delta), by, percent };
}

/** Two rates written with one decimal: their difference, in points, with one decimal. */
export function rateChange(current: number, previous: number): RateChange {
  const points = roundTo(current - previous, 1);
  return { measure: 'rate', previous, current, direction: direction(points), points: Math.abs(points) };
}
