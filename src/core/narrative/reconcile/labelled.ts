// The figures a line names by their label ("Đã giải quyết 2.774/2.836 hồ sơ, đạt 97,8%"): the
// first count after each label, the first rate after it, and the denominator a slash states.
import type { Role, TableColumn } from '../../types';
import { rateDenominatorRole, type Counts } from '../counts';
import { checkCount, checkRate } from './checks';
import { sentenceBounds } from './clauses';
import { groupOf, type Block, type LabelHit } from './lexicon';
import type { NumberToken } from './tokens';
import type { LabelSubject, ReconcileItem } from './types';

export interface ResolvedHit {
  hit: LabelHit;
  subject: LabelSubject | null;
}

/** Each label with its subject, the group ("quá hạn" under pending) carried from label to label. */
export function resolveHits(hits: LabelHit[], block: Block): { resolved: ResolvedHit[]; block: Block } {
  const resolved = hits.map((hit) => {
    const fixed = typeof hit.rule.subject !== 'function';
    const subject = typeof hit.rule.subject === 'function' ? hit.rule.subject(block) : hit.rule.subject;
    if (fixed && subject !== null) block = groupOf(subject);
    return { hit, subject };
  });
  return { resolved, block };
}

// "… 30 hồ sơ đang giải quyết, trong đó 2 hồ sơ quá hạn": a count written just before its label.
const COUNT_BEFORE_LABEL = /^\s*ho so\s+((da|bi|duoc|con|nop|duoc nop|cho|phai|can)\s+)?$/;

/** The count written just before `hit` ("2 hồ sơ quá hạn"), if any. */
export function countBefore(folded: string, tokens: NumberToken[], index: number): NumberToken | undefined {
  const before = tokens.filter((t) => t.end <= index && !t.percent && !t.otherUnit).pop();
  if (!before || !COUNT_BEFORE_LABEL.test(folded.slice(before.end, index))) return undefined;
  // "3.518/3.575 hồ sơ đã giải quyết": the count is the numerator; its denominator follows the slash.
  const numerator = folded[before.index - 1] === '/' ? tokens.find((t) => t.end === before.index - 1) : undefined;
  return numerator ?? before;
}

/** The counts a slash puts under the stated one: "2.774/2.836" of received, or of the part's group. */
function denominatorSubjects(subject: Role): Role[] {
  const group = subject.split('.')[0] as Role;
  return [...new Set<Role>([rateDenominatorRole(subject), 'received', group])];
}

export interface LabelledInput {
  line: string;
  folded: string;
  lineNumber: number;
  /** The numbers free for labels: dates, documents, comparisons, targets and fields' numbers set apart. */
  tokens: NumberToken[];
  hits: ResolvedHit[];
  counts: Counts;
  columns: TableColumn[] | undefined;
}

export function readLabelled(input: LabelledInput): { items: ReconcileItem[]; claimed: Set<NumberToken> } {
  const { folded, tokens, hits, counts, columns } = input;
  const items: ReconcileItem[] = [];
  const claimed = new Set<NumberToken>();
  const earlyStated = hits.some((h) => h.subject === 'resolved.early');
  // A count written before its label is that label's, not the first count of the label before.
  const before = hits.map(({ hit, subject }) => (subject === null ? undefined : countBefore(folded, tokens, hit.index)));
  const reserved = new Set(before.filter((t): t is NumberToken => t !== undefined));
  hits.forEach(({ hit, subject }, h) => {
    if (subject === null) return;
    // A label's figures stop at the next label, and at the end of its sentence ("…; tổng đài 1022").
    const segmentEnd = Math.min(hits[h + 1]?.hit.index ?? folded.length, sentenceBounds(folded, hit.end).end);
    const inSegment = tokens.filter((t) => t.index >= hit.end && t.index < segmentEnd && !claimed.has(t) && !reserved.has(t));
    const written = before[h];
    // "đã tiếp nhận và giải quyết 02 ý kiến …, … tổng đài 1022": a label whose first number counts
    // something else is about that, not dossiers.
    const first = inSegment.find((t) => !t.percent);
    const count = written && !claimed.has(written) ? written : first && !first.otherUnit ? first : undefined;
    const base = { line: input.lineNumber, text: input.line, subject };
    const add = (token: NumberToken, item: Omit<ReconcileItem, 'line' | 'text' | 'offset' | 'statedText' | 'stated'>) => {
      claimed.add(token);
      items.push({ ...base, offset: token.index, statedText: token.raw, stated: token.value, ...item });
    };
    if (subject === 'payment' || subject === 'digitisation') {
      for (const token of inSegment)
        add(token, { subject, measure: token.percent ? 'rate' : 'count', expected: null, status: 'not-checkable', basis: { kind: 'not-in-annex' } });
      return;
    }
    let meaning: Role | undefined;
    if (count) {
      const { meaning: counted, ...check } = checkCount(subject, count, counts, columns, earlyStated);
      meaning = counted;
      add(count, { subject, measure: 'count', ...check });
      const over = tokens.find((t) => t.index === count.end + 1 && folded[count.end] === '/' && !t.percent);
      if (over) {
        const candidates = denominatorSubjects(subject).filter((role) => counts[role] !== undefined);
        const of = candidates.find((role) => counts[role] === over.value) ?? candidates[0] ?? 'received';
        const { meaning: _m, ...denominator } = checkCount(of, over, counts, columns, earlyStated);
        add(over, { subject: of, measure: 'count', ...denominator });
      }
    }
    const rate = inSegment.find((t) => t.percent && !claimed.has(t));
    if (rate) add(rate, { subject, measure: 'rate', ...checkRate(subject, meaning, rate, counts, columns, earlyStated) });
  });
  return { items, claimed };
}
