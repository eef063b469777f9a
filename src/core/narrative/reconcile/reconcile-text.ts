// Checks an existing report text against the table: each figure section I.2 states (counts and
// their rates) is found by its label and compared with the table's count or computed rate.
import { narrativeCounts, type Counts } from '../counts';
import { fieldsByName } from '../fields';
import { checkCount, checkRate } from './checks';
import { checkFieldLine } from './field-lines';
import { FIELD_LINE, findSection, groupOf, labelHits, type Block } from './lexicon';
import { foldKeepingLength, numberTokens } from './tokens';
import type { ReconcileItem, ReconcileOptions, ReconcileReport } from './types';
import type { Role } from '../../types';

/**
 * Finds the figures section I.2 of `text` states and checks each against the table's totals.
 * Without a recognisable I.2 heading the whole text is read.
 */
export function reconcileText(text: string, totals: Counts, options: ReconcileOptions = {}): ReconcileReport {
  const counts = narrativeCounts(totals);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const section = findSection(lines);
  const first = section ? section.start + 1 : 0;
  const last = section ? section.end : lines.length - 1;
  const items: ReconcileItem[] = [];
  const fields = fieldsByName(options.fields ?? []);
  let block: Block = null;
  for (let i = first; i <= last; i++) {
    const line = lines[i].normalize('NFC').trim();
    if (line === '') continue;
    const folded = foldKeepingLength(line);
    if (FIELD_LINE.test(folded)) {
      items.push(...checkFieldLine(line, folded, i + 1, counts, fields));
      block = null;
      continue;
    }
    const hits = labelHits(folded);
    const tokens = numberTokens(folded);
    const earlyStated = hits.some((hit) => hit.rule.subject === 'resolved.early');
    hits.forEach((hit, h) => {
      const fixed = typeof hit.rule.subject !== 'function';
      const subject = typeof hit.rule.subject === 'function' ? hit.rule.subject(block) : hit.rule.subject;
      if (fixed && subject !== null) block = groupOf(subject);
      if (subject === null) return;
      const segmentEnd = hits[h + 1]?.index ?? folded.length;
      const inSegment = tokens.filter((t) => t.index >= hit.end && t.index < segmentEnd);
      const count = inSegment.find((t) => !t.percent && !t.otherUnit);
      const rates = inSegment.filter((t) => t.percent);
      const base = { line: i + 1, text: line, subject };
      if (subject === 'payment' || subject === 'digitisation') {
        for (const token of inSegment) {
          items.push({
            ...base,
            measure: token.percent ? 'rate' : 'count',
            statedText: token.raw,
            stated: token.value,
            expected: null,
            status: 'not-checkable',
            basis: { kind: 'not-in-annex' },
          });
        }
        return;
      }
      let meaning: Role | undefined;
      if (count) {
        const { meaning: counted, ...check } = checkCount(subject, count, counts, options.columns, earlyStated);
        meaning = counted;
        items.push({ ...base, measure: 'count', statedText: count.raw, stated: count.value, ...check });
      }
      for (const rate of rates.slice(0, 1)) {
        items.push({ ...base, measure: 'rate', statedText: rate.raw, stated: rate.value, ...checkRate(subject, meaning, rate, counts, options.columns, earlyStated) });
      }
    });
  }
  return {
    section: section ? { start: section.start + 1, end: section.end + 1 } : null,
    items,
    summary: {
      consistent: items.filter((item) => item.status === 'consistent').length,
      mismatch: items.filter((item) => item.status === 'mismatch').length,
      notCheckable: items.filter((item) => item.status === 'not-checkable').length,
    },
  };
}
