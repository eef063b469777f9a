// The counts the narrative states, by role, and their rates. Parts a form splits or joins
// differently are derived by the form's own sum identities, never guessed.

import { percentHalfUp, roundTo } from '../numbers';
import type { Role } from '../types';

export type Counts = Partial<Record<Role, number>>;

function sumOf(counts: Counts, roles: Role[]): number | undefined {
  if (roles.some((role) => counts[role] === undefined)) return undefined;
  return roles.reduce((total, role) => total + (counts[role] as number), 0);
}

/**
 * The table's totals plus the derived counts: received in the period = (4)+(5), or (3)−(6) when
 * the form has no channel split; returned on time or early = (8)+(9).
 */
export function narrativeCounts(totals: Counts): Counts {
  const counts: Counts = {};
  for (const [role, value] of Object.entries(totals) as [Role, number | undefined][]) {
    if (typeof value === 'number' && Number.isFinite(value)) counts[role] = value;
  }
  if (counts['received.new'] === undefined) {
    const byChannel = sumOf(counts, ['received.online', 'received.direct']);
    const received = counts.received;
    const carried = counts['received.carried'];
    if (byChannel !== undefined) counts['received.new'] = byChannel;
    else if (received !== undefined && carried !== undefined) counts['received.new'] = received - carried;
  }
  if (counts['resolved.early+onTime'] === undefined) {
    const both = sumOf(counts, ['resolved.early', 'resolved.onTime']);
    if (both !== undefined) counts['resolved.early+onTime'] = both;
  }
  return counts;
}

/** The count each role's rate is taken against: received (3), except online against (4)+(5). */
export function rateDenominatorRole(role: Role): Role {
  return role === 'received.online' ? 'received.new' : 'received';
}

/**
 * A rate as a percentage with one decimal, rounded half-up on the exact fraction (as the
 * validator does); null when the denominator is missing or 0.
 */
export function rateOf(numerator: number, denominator: number | undefined, decimals = 1): number | null {
  if (denominator === undefined || !(denominator > 0) || !Number.isFinite(numerator)) return null;
  if (Number.isInteger(numerator) && Number.isInteger(denominator) && numerator >= 0) {
    return percentHalfUp(numerator, denominator, decimals);
  }
  // Decimal or negative counts (already flagged by the validator): plain rounding is enough.
  return roundTo((numerator / denominator) * 100, decimals);
}

export function roleRate(counts: Counts, role: Role, decimals = 1): number | null {
  const value = counts[role];
  if (value === undefined) return null;
  return rateOf(value, counts[rateDenominatorRole(role)], decimals);
}
