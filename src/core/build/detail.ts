// The "Chi tiết" sheet as data: every counted dossier in annex order with the two cells of the
// annex it was counted in and the blanks filled from other records. i18n writes its words.
import { SEED_COLUMN_NUMBER } from './outcome';
import { columnLetter } from '../address';
import { LEAVES } from './aggregate';
import type { AnnexSheet } from './annex';
import type { BuildResult, CountedDossier, FilledValue, Leaf } from './types';

export interface DetailEntry {
  dossier: CountedDossier;
  /** "D9": the received cell on the annex; '' when the field has no row there. */
  receivedCell: string;
  /** "H9": the result cell. */
  resultCell: string;
  /** The form's numbers of the received and result columns: (4), (8). */
  receivedColumn: number;
  resultColumn: number;
  /** What was taken from the dossier's other records. */
  fills: FilledValue[];
}

/** Counted dossiers in annex order: field, then result leaf, then receipt date, then code. */
function annexOrder(result: BuildResult, sheet: AnnexSheet): CountedDossier[] {
  const fieldIndex = new Map(sheet.fieldRows.map((entry, index) => [entry.field, index]));
  const leafRank = new Map<Leaf, number>(LEAVES.map((leaf, rank) => [leaf, rank]));
  return result.dossiers
    .map((dossier) => ({ dossier, field: fieldIndex.get(dossier.field) ?? 0, leaf: leafRank.get(dossier.resultLeaf) ?? 0 }))
    .sort(
      (a, b) =>
        a.field - b.field ||
        a.leaf - b.leaf ||
        a.dossier.record.received - b.dossier.record.received ||
        (a.dossier.record.code < b.dossier.record.code ? -1 : a.dossier.record.code > b.dossier.record.code ? 1 : 0),
    )
    .map((entry) => entry.dossier);
}

/**
 * One entry per counted dossier, produced lazily (a writer turns each into a row and lets it go:
 * 100,000 rows kept alive at once cost more in garbage collection than in work).
 */
export function* detailEntries(result: BuildResult, sheet: AnnexSheet): Generator<DetailEntry> {
  const rowOfField = new Map(sheet.fieldRows.map((entry) => [entry.field, entry.row]));
  const fillsOf = new Map<string, FilledValue[]>();
  for (const fill of result.summary.filled) fillsOf.set(fill.code, [...(fillsOf.get(fill.code) ?? []), fill]);
  const cell = (dossier: CountedDossier, leaf: Leaf): string => {
    const row = rowOfField.get(dossier.field);
    return row === undefined ? '' : `${columnLetter(sheet.columnOf[leaf])}${row + 1}`;
  };
  for (const dossier of annexOrder(result, sheet)) {
    yield {
      dossier,
      receivedCell: cell(dossier, dossier.receivedLeaf),
      resultCell: cell(dossier, dossier.resultLeaf),
      receivedColumn: SEED_COLUMN_NUMBER[dossier.receivedLeaf],
      resultColumn: SEED_COLUMN_NUMBER[dossier.resultLeaf],
      fills: fillsOf.get(dossier.record.code) ?? [],
    };
  }
}
