// The same dossier exported by several systems is one dossier: the most advanced record wins.
import { foldText } from '../text';
import { STATUS_RANK } from './status';
import type { DossierRecord, MergeConflict } from './types';

export interface MergedDossier {
  record: DossierRecord;
  /** Every record of this code, the winner first. */
  records: DossierRecord[];
  conflict: MergeConflict | null;
}

export interface MergeResult {
  dossiers: MergedDossier[];
  duplicatesMerged: number;
  conflicts: MergeConflict[];
}

/**
 * Higher rank wins; among equals, the record with an end date, then the later end date (the
 * newest news), then the source and line that sort first — so the winner never depends on the
 * order in which the clerk gives the files.
 */
function beats(candidate: DossierRecord, current: DossierRecord): boolean {
  const rankDiff = STATUS_RANK[candidate.status] - STATUS_RANK[current.status];
  if (rankDiff !== 0) return rankDiff > 0;
  if ((candidate.ended === null) !== (current.ended === null)) return candidate.ended !== null;
  if (candidate.ended !== null && current.ended !== null && candidate.ended !== current.ended) return candidate.ended > current.ended;
  if (candidate.source !== current.source) return candidate.source < current.source;
  return candidate.line < current.line;
}

function differences(records: DossierRecord[]): string[] {
  const first = records[0];
  const found: string[] = [];
  const differs = (pick: (record: DossierRecord) => unknown) => records.some((record) => pick(record) !== pick(first));
  if (differs((r) => r.status)) found.push('status');
  if (differs((r) => r.received)) found.push('received');
  if (differs((r) => r.ended)) found.push('ended');
  if (differs((r) => r.due)) found.push('due');
  if (differs((r) => r.channel)) found.push('channel');
  if (differs((r) => foldText(r.field))) found.push('field');
  return found;
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
  let duplicatesMerged = 0;
  for (const group of groups.values()) {
    if (group.length === 1) {
      dossiers.push({ record: group[0], records: group, conflict: null });
      continue;
    }
    duplicatesMerged += group.length - 1;
    let winner = group[0];
    for (const candidate of group) if (beats(candidate, winner)) winner = candidate;
    const ordered = [winner, ...group.filter((record) => record !== winner)];
    const diff = differences(group);
    let conflict: MergeConflict | null = null;
    if (diff.length > 0) {
      conflict = {
        code: winner.code,
        winner: { source: winner.source, line: winner.line, status: winner.status },
        others: ordered.slice(1).map((record) => ({ source: record.source, line: record.line, status: record.status })),
        differences: diff,
      };
      conflicts.push(conflict);
    }
    dossiers.push({ record: winner, records: ordered, conflict });
  }
  return { dossiers, duplicatesMerged, conflicts };
}
