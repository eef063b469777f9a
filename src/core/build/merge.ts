// The same dossier exported by several systems is one dossier: the most advanced record wins,
// its blanks are taken from the other records, and what they disagree on is listed.
import { foldText } from '../text';
import { STATUS_RANK } from './status';
import type { DossierRecord, FillablePart, FilledValue, MergeConflict } from './types';

export interface MergedDossier {
  /** The winning record, its blanks filled from the others. */
  record: DossierRecord;
  /** Every record of this code, the winner (as read) first. */
  records: DossierRecord[];
  conflict: MergeConflict | null;
}

export interface MergeResult {
  dossiers: MergedDossier[];
  duplicatesMerged: number;
  conflicts: MergeConflict[];
  filled: FilledValue[];
}

/**
 * A record whose status is not known ranks below every known one, but a date that ends it puts it
 * above the pending ones: the dates decide.
 */
function rank(record: DossierRecord): number {
  if (record.status !== null) return STATUS_RANK[record.status];
  return record.ended !== null ? 2.5 : -1;
}

/**
 * Higher rank wins; among equals, the record with an end date, then the later end date (the
 * newest news), then the source and line that sort first — so the winner never depends on the
 * order in which the clerk gives the files.
 */
function beats(candidate: DossierRecord, current: DossierRecord): boolean {
  const rankDiff = rank(candidate) - rank(current);
  if (rankDiff !== 0) return rankDiff > 0;
  if ((candidate.ended === null) !== (current.ended === null)) return candidate.ended !== null;
  if (candidate.ended !== null && current.ended !== null && candidate.ended !== current.ended) return candidate.ended > current.ended;
  if (candidate.source !== current.source) return candidate.source < current.source;
  return candidate.line < current.line;
}

/** A value read from the record's own columns (not blank, not the file's assumed answer). */
const STATED: Record<FillablePart, (record: DossierRecord) => unknown> = {
  channel: (r) => (r.channelAssumed ? null : r.channel),
  due: (r) => r.due,
  field: (r) => (r.fieldAssumed || r.field === '' ? null : foldText(r.field)),
  procedure: (r) => (r.procedure === '' ? null : r.procedure),
  supplementRequested: (r) => r.supplementRequested,
};

/** Only values both records state can disagree: a blank is not a difference. */
function differences(records: DossierRecord[]): string[] {
  const found: string[] = [];
  const disagree = (pick: (record: DossierRecord) => unknown) => new Set(records.map(pick).filter((value) => value !== null)).size > 1;
  if (disagree((r) => r.status)) found.push('status');
  if (disagree((r) => r.received)) found.push('received');
  if (disagree((r) => r.ended)) found.push('ended');
  if (disagree(STATED.due)) found.push('due');
  if (disagree(STATED.channel)) found.push('channel');
  if (disagree(STATED.field)) found.push('field');
  return found;
}

/**
 * The winner with each part it does not state taken from the first other record that does; a
 * channel or field the winner's file only assumed gives way to one another system read.
 */
function fillBlanks(winner: DossierRecord, others: DossierRecord[], filled: FilledValue[]): DossierRecord {
  let record = winner;
  const take = (part: FillablePart, apply: (from: DossierRecord) => Partial<DossierRecord>): void => {
    if (STATED[part](record) !== null) return;
    const from = others.find((other) => STATED[part](other) !== null);
    if (!from) return;
    record = { ...record, ...apply(from) };
    filled.push({ code: winner.code, part, from: { source: from.source, line: from.line } });
  };
  const withoutUnknown = (part: 'channel' | 'field'): Partial<DossierRecord> => {
    if (!record.unknown?.[part]) return {};
    const rest = { ...record.unknown };
    delete rest[part];
    return { unknown: Object.keys(rest).length > 0 ? rest : undefined };
  };
  take('channel', (from) => ({ channel: from.channel, channelText: from.channelText, channelAssumed: undefined, ...withoutUnknown('channel') }));
  take('field', (from) => ({ field: from.field, fieldAssumed: undefined, ...withoutUnknown('field') }));
  take('due', (from) => ({ due: from.due }));
  take('procedure', (from) => ({ procedure: from.procedure }));
  take('supplementRequested', (from) => ({ supplementRequested: from.supplementRequested }));
  return record;
}

/** Groups records by normalised code, keeping the order in which codes were first read. */
export function mergeRecords(records: DossierRecord[]): MergeResult {
  const groups = new Map<string, DossierRecord[]>();
  for (const record of records) {
    const group = groups.get(record.code);
    if (group) group.push(record);
    else groups.set(record.code, [record]);
  }
  const dossiers: MergedDossier[] = [];
  const conflicts: MergeConflict[] = [];
  const filled: FilledValue[] = [];
  let duplicatesMerged = 0;
  for (const group of groups.values()) {
    if (group.length === 1) {
      dossiers.push({ record: group[0], records: group, conflict: null });
      continue;
    }
    duplicatesMerged += group.length - 1;
    let winner = group[0];
    for (const candidate of group) if (beats(candidate, winner)) winner = candidate;
    // In source and line order, so what a blank is filled from never depends on the order of the files.
    const others = group
      .filter((record) => record !== winner)
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line));
    const ordered = [winner, ...others];
    const diff = differences(group);
    let conflict: MergeConflict | null = null;
    if (diff.length > 0) {
      conflict = {
        code: winner.code,
        winner: { source: winner.source, line: winner.line, status: winner.status },
        others: others.map((record) => ({ source: record.source, line: record.line, status: record.status })),
        differences: diff,
      };
      conflicts.push(conflict);
    }
    dossiers.push({ record: fillBlanks(winner, others, filled), records: ordered, conflict });
  }
  return { dossiers, duplicatesMerged, conflicts, filled };
}
