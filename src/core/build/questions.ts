// Unknown is never zero: a dossier of the period whose field, channel or status is not known is
// counted nowhere, and the build asks — grouped by file, part, reason and wording.
import { isReceivedInPeriod } from './classify';
import { fileOfSource } from './source-names';
import type { BuildQuestion, ColumnKey, DossierRecord, Period, UnknownPart } from './types';

/** How many codes a question lists. */
export const QUESTION_CODES = 10;

const PART_ORDER: readonly UnknownPart[] = ['field', 'channel', 'status'];

/** The parts of a dossier of the period that the annex needs and nobody knows. */
export function openParts(record: DossierRecord, period: Period): UnknownPart[] {
  const unknown = record.unknown;
  if (!unknown) return [];
  return PART_ORDER.filter((part) => {
    if (!unknown[part]) return false;
    // A dossier carried over from before the period counts in (6) whatever its channel.
    return part !== 'channel' || isReceivedInPeriod(record, period);
  });
}

const PART_COLUMN: Record<UnknownPart, ColumnKey> = { field: 'field', channel: 'channel', status: 'status' };

interface OpenGroup {
  question: Omit<BuildQuestion, 'count' | 'codes'>;
  codes: string[];
}

/** Collects the open parts of the period's dossiers into questions. */
export class QuestionCollector {
  private readonly groups = new Map<string, OpenGroup>();

  /** `headersOf` gives a source's mapped headers (to name the column that is blank). */
  constructor(private readonly headersOf: (source: string) => Partial<Record<ColumnKey, string>>) {}

  add(record: DossierRecord, parts: UnknownPart[]): void {
    for (const part of parts) {
      const reason = record.unknown![part]!;
      const value = reason === 'wording' ? (part === 'status' ? record.statusText : record.channelText) : undefined;
      const key = [record.source, part, reason, value ?? ''].join('\u0000');
      let group = this.groups.get(key);
      if (!group) {
        const header = reason === 'no-column' ? undefined : this.headersOf(record.source)[PART_COLUMN[part]];
        group = {
          question: { part, reason, source: record.source, file: fileOfSource(record.source), ...(header !== undefined ? { header } : {}), ...(value !== undefined ? { value } : {}) },
          codes: [],
        };
        this.groups.set(key, group);
      }
      group.codes.push(record.rawCode.trim());
    }
  }

  /** In file, part, reason and wording order; codes sorted, so the answer never depends on the order of the files. */
  questions(): BuildQuestion[] {
    const order = (q: OpenGroup['question']) => [q.source, PART_ORDER.indexOf(q.part), q.reason, q.value ?? ''] as const;
    return [...this.groups.values()]
      .sort((a, b) => {
        const [x, y] = [order(a.question), order(b.question)];
        for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
        return 0;
      })
      .map(({ question, codes }) => ({ ...question, count: codes.length, codes: [...codes].sort().slice(0, QUESTION_CODES) }));
  }
}
