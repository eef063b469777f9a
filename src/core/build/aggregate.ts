// Counting classified dossiers into the annex's leaf columns, one row per field.
import { foldText } from '../text';
import { ANNEX_COUNT_COLUMNS } from './types';
import type { AnnexCountColumn, CountedDossier, FieldCounts, Leaf, LeafCounts } from './types';

export const LEAVES: readonly Leaf[] = [
  'received.online',
  'received.direct',
  'received.carried',
  'resolved.early',
  'resolved.onTime',
  'resolved.late',
  'resolved.rejected',
  'resolved.withdrawn',
  'pending.inTime',
  'pending.overdue',
  'pending.supplement',
];

export function emptyCounts(): LeafCounts {
  const counts = {} as LeafCounts;
  for (const leaf of LEAVES) counts[leaf] = 0;
  return counts;
}

export function receivedTotal(counts: LeafCounts): number {
  return counts['received.online'] + counts['received.direct'] + counts['received.carried'];
}

export function resolvedTotal(counts: LeafCounts): number {
  return (
    counts['resolved.early'] +
    counts['resolved.onTime'] +
    counts['resolved.late'] +
    counts['resolved.rejected'] +
    counts['resolved.withdrawn']
  );
}

export function pendingTotal(counts: LeafCounts): number {
  return counts['pending.inTime'] + counts['pending.overdue'] + counts['pending.supplement'];
}

/** The count of an annex column: a leaf, or (3), (7), (13) as the sums of theirs. */
export function countOf(counts: LeafCounts, column: AnnexCountColumn): number {
  if (column === 'received') return receivedTotal(counts);
  if (column === 'resolved') return resolvedTotal(counts);
  if (column === 'pending') return pendingTotal(counts);
  return counts[column];
}

/** Every annex column's count, (3) … (16). */
export function columnCounts(counts: LeafCounts): Record<AnnexCountColumn, number> {
  return Object.fromEntries(ANNEX_COUNT_COLUMNS.map((column) => [column, countOf(counts, column)])) as Record<AnnexCountColumn, number>;
}

export function addCounts(into: LeafCounts, from: LeafCounts): void {
  for (const leaf of LEAVES) into[leaf] += from[leaf];
}

export interface FieldOrder {
  fields: FieldCounts[];
  /** Fields with dossiers that the template does not list (appended after its fields). */
  notInTemplate: string[];
  /** Template fields without a single dossier (kept, with zeros). */
  templateUnused: string[];
}

/**
 * Counts per field. With `templateFields` (the clerk's own annex), its fields come first in its
 * order and under its spelling; other fields follow. Without, fields go by dossiers received,
 * largest first (then by name), each under its most frequent spelling.
 */
/** foldText per distinct text: a build folds the same few field names 100,000 times. */
export function memoFold(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let folded = cache.get(text);
    if (folded === undefined) {
      folded = foldText(text);
      cache.set(text, folded);
    }
    return folded;
  };
}

export function aggregateByField(dossiers: CountedDossier[], templateFields?: string[]): FieldOrder {
  const fold = memoFold();
  const byKey = new Map<string, { counts: LeafCounts; spellings: Map<string, number>; firstSeen: number }>();
  dossiers.forEach((dossier, index) => {
    const key = fold(dossier.field);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { counts: emptyCounts(), spellings: new Map(), firstSeen: index };
      byKey.set(key, entry);
    }
    entry.counts[dossier.receivedLeaf]++;
    entry.counts[dossier.resultLeaf]++;
    entry.spellings.set(dossier.field, (entry.spellings.get(dossier.field) ?? 0) + 1);
  });
  const spelling = (spellings: Map<string, number>): string =>
    [...spellings.entries()].sort((a, b) => b[1] - a[1])[0][0];

  const fields: FieldCounts[] = [];
  const templateUnused: string[] = [];
  const placed = new Set<string>();
  for (const name of templateFields ?? []) {
    const key = foldText(name);
    if (placed.has(key)) continue;
    placed.add(key);
    const entry = byKey.get(key);
    if (!entry) templateUnused.push(name);
    fields.push({ field: name, counts: entry ? entry.counts : emptyCounts() });
  }
  const rest = [...byKey.entries()]
    .filter(([key]) => !placed.has(key))
    .map(([, entry]) => ({ field: spelling(entry.spellings), counts: entry.counts }))
    .sort((a, b) => receivedTotal(b.counts) - receivedTotal(a.counts) || a.field.localeCompare(b.field, 'vi'));
  fields.push(...rest);
  return { fields, notInTemplate: templateFields ? rest.map((entry) => entry.field) : [], templateUnused };
}

/** The annex field name each dossier is counted under (the template's spelling when it has it). */
export function annexFieldNames(fields: FieldCounts[]): Map<string, string> {
  return new Map(fields.map((entry) => [foldText(entry.field), entry.field]));
}
