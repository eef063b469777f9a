// A stated count or rate checked against the table's counts: which column(s) a label may mean,
// which definition a rate may have, at the stated precision.
import type { Role, TableColumn } from '../../types';
import { rateDenominatorRole, rateOf, type Counts } from '../counts';
import type { NumberToken } from './tokens';
import type { ReconcileItem } from './types';

/** How the table names the column(s) of a count: "(4)", "(4)+(5)", or a column letter. */
function columnRef(role: Role, columns: TableColumn[] | undefined): string {
  const name = (r: Role) => {
    const column = columns?.find((c) => c.role === r);
    if (!column) return undefined;
    return column.number !== undefined ? `(${column.number})` : column.letter;
  };
  const direct = name(role);
  if (direct) return direct;
  const parts: Record<string, Role[]> = {
    'received.new': ['received.online', 'received.direct'],
    'resolved.early+onTime': ['resolved.early', 'resolved.onTime'],
  };
  const derived = parts[role]?.map(name);
  if (derived && derived.every((n) => n !== undefined)) return derived.join('+');
  if (role === 'received.new') {
    const received = name('received');
    const carried = name('received.carried');
    if (received && carried) return `${received}-${carried}`;
  }
  return role;
}

/**
 * What a label may mean in a clerk's words, most likely first; a mismatch is reported against the
 * first the table has. "Đúng hạn" alone usually counts the early ones too — the official indicator
 * "tỷ lệ hồ sơ giải quyết đúng hạn" is early plus on time — so it is (8)+(9) first, (9) alone second;
 * but when the same line states "trước hạn" as a figure of its own ("trước hạn: 3.000; đúng hạn:
 * 488"), "đúng hạn" is the rest: (9) first.
 */
function meaningsOf(subject: Role, counts: Counts, earlyStated: boolean): Role[] {
  const meanings: Role[] =
    subject === 'resolved.onTime' ? (earlyStated ? ['resolved.onTime', 'resolved.early+onTime'] : ['resolved.early+onTime', 'resolved.onTime']) : [subject];
  return meanings.filter((role) => counts[role] !== undefined);
}

/**
 * The group total a part may also be taken against: "trong hạn 47 (82,5%)" of the 57 pending;
 * "trực tuyến 3.556 hồ sơ (99,5%)" of all 3.575 received.
 */
function parentRole(role: Role): Role | undefined {
  if (role.startsWith('received.')) return 'received';
  if (role.startsWith('resolved.')) return 'resolved';
  if (role.startsWith('pending.')) return 'pending';
  return undefined;
}

type Check = Pick<ReconcileItem, 'expected' | 'status' | 'basis'>;

export function checkCount(
  subject: Role,
  token: NumberToken,
  counts: Counts,
  columns: TableColumn[] | undefined,
  earlyStated: boolean,
): Check & { meaning: Role } {
  const meanings = meaningsOf(subject, counts, earlyStated);
  if (meanings.length === 0) return { meaning: subject, expected: null, status: 'not-checkable', basis: { kind: 'column-missing' } };
  const meaning = meanings.find((role) => counts[role] === token.value);
  if (meaning) return { meaning, expected: token.value, status: 'consistent', basis: { kind: 'column', ref: columnRef(meaning, columns) } };
  const likeliest = meanings[0];
  return { meaning: likeliest, expected: counts[likeliest] as number, status: 'mismatch', basis: { kind: 'column', ref: columnRef(likeliest, columns) } };
}

/** The rate as stated, on the table's counts, for one numerator/denominator pair; null when it cannot be computed. */
function statedPrecisionRate(token: NumberToken, numerator: number, denominator: number): { value: number; text?: number } | null {
  // A rate written "100%" or "98,4%" is checked at one decimal at least: the narrative's own precision.
  const value = rateOf(numerator, denominator, Math.max(token.decimals, 1));
  if (value === null) return null;
  // "1.000%" may be a thousand percent written the Vietnamese way.
  if (token.grouped !== undefined && value !== token.value && rateOf(numerator, denominator, 1) === token.grouped)
    return { value: token.grouped, text: token.grouped };
  return { value };
}

/** `meaning`: what the line's count matched, tried first. */
export function checkRate(
  subject: Role,
  meaning: Role | undefined,
  token: NumberToken,
  counts: Counts,
  columns: TableColumn[] | undefined,
  earlyStated: boolean,
): Check {
  const grouped = (ref: string) => (/[+-]/.test(ref) ? `(${ref})` : ref);
  const definitionOf = (numerator: Role, denominator: Role) => `${grouped(columnRef(numerator, columns))}/${grouped(columnRef(denominator, columns))}`;
  const numerators = [...new Set([...(meaning ? [meaning] : []), ...meaningsOf(subject, counts, earlyStated)])].filter((role) => counts[role] !== undefined);
  const denominators = [rateDenominatorRole(subject), parentRole(subject)].filter((role): role is Role => role !== undefined);
  let primary: { value: number; definition: string } | null = null;
  for (const numeratorRole of numerators) {
    for (const denominatorRole of denominators) {
      const numerator = counts[numeratorRole];
      const denominator = counts[denominatorRole];
      if (numerator === undefined || denominator === undefined) continue;
      const rate = statedPrecisionRate(token, numerator, denominator);
      const definition = definitionOf(numeratorRole, denominatorRole);
      if (rate === null) continue;
      primary ??= { value: rate.value, definition };
      if (rate.value === (rate.text ?? token.value)) {
        return { expected: rate.value, status: 'consistent', basis: { kind: 'rate', definition, ...(rate.text !== undefined ? { statedAs: rate.text } : {}) } };
      }
    }
  }
  if (numerators.length === 0 || counts[denominators[0]] === undefined) return { expected: null, status: 'not-checkable', basis: { kind: 'column-missing' } };
  if (primary === null)
    return { expected: null, status: 'not-checkable', basis: { kind: 'rate-undefined', definition: definitionOf(numerators[0], denominators[0]) } };
  return { expected: primary.value, status: 'mismatch', basis: { kind: 'rate', definition: primary.definition } };
}
