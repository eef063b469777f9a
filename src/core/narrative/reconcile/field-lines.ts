// The fields paragraph of a report ("Chứng thực 1.922 hồ sơ (53,8%); Hộ tịch 1.066 hồ sơ (29,8%)")
// checked against the field rows.
import type { FieldFigures } from '../../types';
import { rateOf, type Counts } from '../counts';
import { narrativeFieldName } from '../fields';
import { fieldLineRole } from './lexicon';
import { foldKeepingLength, numberTokens } from './tokens';
import type { ReconcileItem } from './types';

/**
 * Checks "Chứng thực 1.922 hồ sơ (53,8%); Hộ tịch 1.066 hồ sơ (29,8%)" against the field rows:
 * each listed field's count, and its share of the total received.
 */
export function checkFieldLine(line: string, folded: string, lineNumber: number, counts: Counts, fields: FieldFigures[]): ReconcileItem[] {
  const role = fieldLineRole(folded);
  const colon = folded.indexOf(':');
  if (role === null || colon < 0 || fields.length === 0) return [];
  const byLength = [...fields].sort((a, b) => narrativeFieldName(b).length - narrativeFieldName(a).length);
  const items: ReconcileItem[] = [];
  let offset = colon + 1;
  for (const entry of folded.slice(colon + 1).split(';')) {
    const start = offset + (entry.length - entry.trimStart().length);
    offset += entry.length + 1;
    const entryText = folded.slice(start, start + entry.trim().length);
    const field = byLength.find((f) => entryText.startsWith(foldKeepingLength(narrativeFieldName(f).normalize('NFC'))));
    const tokens = numberTokens(entryText);
    const count = tokens.find((t) => !t.percent);
    if (!field || !count) continue;
    const name = narrativeFieldName(field);
    const base = { line: lineNumber, text: line, subject: role, field: name };
    const at = (token: typeof count) => ({ offset: start + token.index });
    const expected = field.values[role];
    if (expected === undefined) {
      items.push({
        ...base,
        ...at(count),
        measure: 'count',
        statedText: count.raw,
        stated: count.value,
        expected: null,
        status: 'not-checkable',
        basis: { kind: 'column-missing' },
      });
      continue;
    }
    items.push({
      ...base,
      ...at(count),
      measure: 'count',
      statedText: count.raw,
      stated: count.value,
      expected,
      status: expected === count.value ? 'consistent' : 'mismatch',
      basis: { kind: 'field-row' },
    });
    const share = tokens.find((t) => t.percent);
    if (share && role === 'received') {
      const computed = rateOf(expected, counts.received, Math.max(share.decimals, 1));
      items.push({
        ...base,
        ...at(share),
        measure: 'rate',
        statedText: share.raw,
        stated: share.value,
        expected: computed,
        status: computed === null ? 'not-checkable' : computed === share.value ? 'consistent' : 'mismatch',
        basis: { kind: 'field-share' },
      });
    }
  }
  return items;
}
