// A comparison the text states ("2.836 hồ sơ (tăng 120 hồ sơ, 4,4% so với quý I/2026)") checked
// against the previous period's table, when one is given: the change of the figure the clause
// follows, by its count, its percentage of the earlier count, or (for a rate) its points.
import type { Role } from '../../types';
import { countChange, rateChange } from '../../periods/comparison';
import { percentHalfUp } from '../../numbers';
import { narrativeCounts, roleRate, type Counts } from '../counts';
import type { NumberToken } from './tokens';
import type { ReconcileItem } from './types';

const CHANGE = /(?<![a-z])(giam|decrease[sd]?|down|tang|increase[sd]?|up)(?![a-z])/g;
const POINTS = /^\s*(diem phan tram|diem %|percentage points?)/;

type Check = Pick<ReconcileItem, 'expected' | 'status' | 'basis' | 'subject'>;

/**
 * The check of one number of a comparison clause: `of` the figure the clause follows (its count
 * or rate is stated before it); `before` the folded sentence up to the number, `after` what follows it.
 */
export function checkChange(
  token: NumberToken,
  text: { before: string; after: string },
  of: { role: Role },
  current: Counts,
  previousTotals: Counts,
): Check | null {
  const previous = narrativeCounts(previousTotals);
  const word = [...text.before.matchAll(CHANGE)].pop()?.[1] ?? 'tang';
  const stated = /^(giam|decrease|down)/.test(word) ? 'down' : 'up';
  const points = POINTS.test(text.after);
  // "(tỷ lệ 98,4%; tăng 374 hồ sơ, 11,9% so với quý I)": after a rate, a change in dossiers is the count's.
  if (points) {
    const now = roleRate(current, of.role);
    const then = roleRate(previous, of.role);
    if (now === null || then === null) return null;
    const change = rateChange(now, then);
    const agrees = change.points === token.value && (change.direction === stated || change.direction === 'same');
    return {
      subject: of.role,
      expected: change.points,
      status: agrees ? 'consistent' : 'mismatch',
      basis: { kind: 'change', measure: 'points', direction: change.direction },
    };
  }
  const now = current[of.role];
  const then = previous[of.role];
  if (now === undefined || then === undefined) return null;
  const change = countChange(now, then);
  const expected = token.percent
    ? then > 0 && Number.isInteger(change.by)
      ? percentHalfUp(change.by, then, Math.max(token.decimals, 1))
      : change.percent
    : change.by;
  if (expected === null) return null;
  const agrees = expected === token.value && (change.direction === stated || change.direction === 'same');
  return {
    subject: of.role,
    expected,
    status: agrees ? 'consistent' : 'mismatch',
    basis: { kind: 'change', measure: token.percent ? 'percent' : 'count', direction: change.direction },
  };
}
