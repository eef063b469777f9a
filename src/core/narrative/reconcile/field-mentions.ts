// Fields named in running prose ("Lĩnh vực Chứng thực tiếp nhận 1.573 hồ sơ, chiếm 55,5%"): the
// numbers after a field's name, up to the next field or the end of the sentence, are that field's,
// checked against its row; a field the table has no row for ("lĩnh vực Tư pháp 120 hồ sơ") is
// said, never checked against the totals.
import type { FieldFigures, Role } from '../../types';
import { narrativeCounts, rateOf, type Counts } from '../counts';
import { narrativeFieldName } from '../fields';
import { sentenceBounds } from './clauses';
import { FIELD_LINE } from './lexicon';
import { countBefore } from './labelled';
import type { LabelHit } from './lexicon';

/**
 * Where a field's numbers stop: at the next field named, or the end of the sentence — a line that
 * opens with the field ("Lĩnh vực Đất đai đã giải quyết 180 hồ sơ; còn 30 hồ sơ …") runs on past ";".
 */
function scopeEnd(folded: string, mentions: Mention[], m: number): number {
  const sentence = FIELD_LINE.test(folded) ? sentenceBounds(folded, mentions[m].index, /\.(?=\s|$)/g) : sentenceBounds(folded, mentions[m].index);
  return Math.min(mentions[m + 1]?.index ?? folded.length, sentence.end);
}
import { foldKeepingLength, type NumberToken } from './tokens';
import type { ReconcileItem } from './types';

interface Mention {
  index: number;
  end: number;
  name: string;
  field?: FieldFigures;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// After "lĩnh vực", the words up to a number, a figure word or punctuation: the field's name.
const NAMED_FIELD =
  /(?<![a-z])linh vuc\s+(?!(khac|nao|nay|tiep nhan|giai quyet|co |da |dang |con |nhieu|it )\b)([a-z][a-z ]*?)(?=\s*(?:[:,;()]|\d|\bco\b|\btiep nhan\b|\bgiai quyet\b|\bda\b|\bdang\b|\bvoi\b|\bla\b|\bchiem\b|$))/g;

function mentionsOf(folded: string, original: string, fields: FieldFigures[]): Mention[] {
  const mentions: Mention[] = [];
  const byLength = [...fields].sort((a, b) => narrativeFieldName(b).length - narrativeFieldName(a).length);
  for (const field of byLength) {
    const name = foldKeepingLength(narrativeFieldName(field).normalize('NFC'));
    const pattern = new RegExp(`(?<![a-z])${escape(name).replace(/ /g, '\\s+')}(?![a-z])`, 'g');
    for (const match of folded.matchAll(pattern)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (mentions.some((m) => index < m.end && end > m.index)) continue;
      mentions.push({ index, end, name: narrativeFieldName(field), field });
    }
  }
  for (const match of folded.matchAll(NAMED_FIELD)) {
    const index = (match.index ?? 0) + match[0].length - match[2].length;
    const end = index + match[2].trimEnd().length;
    if (mentions.some((m) => m.index >= index - 1 && m.index <= end)) continue;
    mentions.push({ index, end, name: original.slice(index, end) });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

export interface FieldMentionResult {
  items: ReconcileItem[];
  /** The tokens read as a field's: the totals' reading leaves them alone. */
  claimed: Set<NumberToken>;
}

interface LineContext {
  line: string;
  folded: string;
  lineNumber: number;
  tokens: NumberToken[];
  hits: { hit: LabelHit; subject: string | null }[];
}

function fieldCount(field: FieldFigures, role: Role): { role: Role; value: number } | null {
  const values = narrativeCounts(field.values);
  const meanings: Role[] = role === 'resolved.onTime' ? ['resolved.early+onTime', 'resolved.onTime'] : [role];
  for (const meaning of meanings) {
    const value = values[meaning];
    if (value !== undefined) return { role: meaning, value };
  }
  return null;
}

/** Reads the numbers after each field named in the line. */
export function readFieldMentions(context: LineContext, fields: FieldFigures[], counts: Counts): FieldMentionResult {
  const { folded, line, lineNumber } = context;
  const items: ReconcileItem[] = [];
  const claimed = new Set<NumberToken>();
  const mentions = mentionsOf(folded, line, fields);
  mentions.forEach((mention, m) => {
    const sentence = sentenceBounds(folded, mention.index);
    const end = scopeEnd(folded, mentions, m);
    const scoped = context.tokens.filter((t) => t.index >= mention.end && t.index < end && !t.otherUnit);
    if (scoped.length === 0) return;
    // What the numbers count: the last figure word before them, in the field's scope or its sentence.
    const roleAt = (token: NumberToken): Role => {
      const after = context.hits.find((h) => h.subject !== null && h.hit.index >= token.end && countBefore(folded, context.tokens, h.hit.index) === token);
      const before = context.hits.filter((h) => h.hit.index < token.index && h.hit.index >= sentence.start && h.subject !== null);
      const subject = after?.subject ?? before.pop()?.subject;
      return subject && subject !== 'payment' && subject !== 'digitisation' ? (subject as Role) : 'received';
    };
    const seen = new Set<Role>();
    for (const token of scoped) {
      const role = roleAt(token);
      const base = { line: lineNumber, text: line, offset: token.index, field: mention.name, statedText: token.raw, stated: token.value };
      if (!mention.field) {
        items.push({
          ...base,
          subject: 'other',
          measure: token.percent ? 'rate' : 'count',
          expected: null,
          status: 'not-checkable',
          basis: { kind: 'field-unknown' },
        });
        claimed.add(token);
        continue;
      }
      const count = fieldCount(mention.field, role);
      if (!token.percent) {
        if (seen.has(role)) continue;
        seen.add(role);
        claimed.add(token);
        if (!count) {
          items.push({ ...base, subject: role, measure: 'count', expected: null, status: 'not-checkable', basis: { kind: 'column-missing' } });
          continue;
        }
        const status = count.value === token.value ? 'consistent' : 'mismatch';
        items.push({ ...base, subject: count.role, measure: 'count', expected: count.value, status, basis: { kind: 'field-row' } });
        continue;
      }
      if (!count || !seen.has(role)) continue;
      claimed.add(token);
      const decimals = Math.max(token.decimals, 1);
      if (role === 'received') {
        const share = rateOf(count.value, counts.received, decimals);
        const status = share === null ? 'not-checkable' : share === token.value ? 'consistent' : 'mismatch';
        items.push({ ...base, subject: count.role, measure: 'rate', expected: share, status, basis: { kind: 'field-share' } });
        continue;
      }
      const ofField = rateOf(count.value, narrativeCounts(mention.field.values).received, decimals);
      const ofTotal = rateOf(count.value, counts[count.role], decimals);
      const agreeing = ofField === token.value ? 'field' : ofTotal === token.value ? 'total' : null;
      const expected = agreeing === 'total' ? ofTotal : ofField;
      const status = agreeing ? 'consistent' : expected === null ? 'not-checkable' : 'mismatch';
      items.push({ ...base, subject: count.role, measure: 'rate', expected, status, basis: { kind: 'field-rate', of: agreeing ?? 'field' } });
    }
  });
  return { items, claimed };
}

/** The spans of the line the field mentions govern: the totals' reading skips the numbers in them. */
export function fieldScopes(folded: string, original: string, fields: FieldFigures[]): { start: number; end: number }[] {
  const mentions = mentionsOf(folded, original, fields);
  return mentions.map((mention, m) => ({ start: mention.end, end: scopeEnd(folded, mentions, m) }));
}
