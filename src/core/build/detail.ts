// The "Chi tiết" sheet: every counted dossier with the two leaf cells it was counted in, and the
// "Tóm tắt" sheet: what was read, merged and skipped. Rows of typed cells for any writer.
import { columnLetter } from '../address';
import type { Lang } from '../types';
import {
  CHANNEL_LABEL,
  COLUMN_KEY_LABEL,
  DETAIL_HEADERS,
  DETAIL_NOTE,
  LEAF_LABEL,
  SKIP_REASON,
  SUMMARY_TEXT,
  describeDifferences,
  describeWarning,
  statusLabel,
} from '../../i18n/build';
import { FILLABLE_LABEL, describeCodeColumns, describeFillNote } from '../../i18n/build-questions';
import type { AnnexSheet } from './annex';
import { formatDay } from './dates';
import type { BuildResult, ColumnKey, CountedDossier, DayNumber, FilledValue, Leaf } from './types';

/** Text is always written as text: a value starting with "=" never becomes a formula. */
export type TypedCell = { t: 's'; v: string } | { t: 'n'; v: number } | { t: 'd'; v: DayNumber } | null;

const s = (v: string): TypedCell => ({ t: 's', v });
const n = (v: number): TypedCell => ({ t: 'n', v });
const d = (v: DayNumber | null): TypedCell => (v === null ? null : { t: 'd', v });

export function detailHeaders(lang: Lang): string[] {
  return DETAIL_HEADERS.map((header) => header[lang]);
}

/** Column widths of the detail sheet, in characters. */
export const DETAIL_WIDTHS = [6, 24, 30, 40, 16, 12, 12, 12, 18, 9, 30, 9, 30, 22, 40];
/** 0-based detail columns holding dates. */
export const DETAIL_DATE_COLUMNS = [5, 6, 7];

function leafCell(sheet: AnnexSheet, rowOfField: Map<string, number>, dossier: CountedDossier, leaf: Leaf): string {
  const row = rowOfField.get(dossier.field);
  return row === undefined ? '' : `${columnLetter(sheet.columnOf[leaf])}${row + 1}`;
}

function notes(dossier: CountedDossier, fills: FilledValue[] | undefined, lang: Lang): string {
  const parts: string[] = [];
  const record = dossier.record;
  if (dossier.conflict) parts.push(DETAIL_NOTE.conflict[lang]);
  if (fills) parts.push(describeFillNote(fills, lang));
  if (record.due === null) parts.push(DETAIL_NOTE.noDueDate[lang]);
  if (record.statusInferred) parts.push(DETAIL_NOTE.statusInferred[lang]);
  if (record.statusFromDates) parts.push(DETAIL_NOTE.statusFromDates[lang]);
  if (record.channelAssumed && dossier.receivedLeaf !== 'received.carried') parts.push(DETAIL_NOTE.channelAssumed[lang]);
  if (record.fieldAssumed) parts.push(DETAIL_NOTE.fieldAssumed[lang]);
  return parts.join('; ');
}

/** Counted dossiers in annex order: field, then result leaf, then receipt date, then code. */
function annexOrder(result: BuildResult, sheet: AnnexSheet): CountedDossier[] {
  const fieldIndex = new Map(sheet.fieldRows.map((entry, index) => [entry.field, index]));
  const leafRank = new Map((Object.keys(LEAF_LABEL) as Leaf[]).map((leaf, rank) => [leaf, rank]));
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
 * One row per counted dossier, produced lazily (a writer turns each into XML and lets it go:
 * 100,000 rows of cell objects kept alive at once cost more in garbage collection than in work).
 */
export function* detailRowsLazy(result: BuildResult, sheet: AnnexSheet, lang: Lang): Generator<TypedCell[]> {
  const rowOfField = new Map(sheet.fieldRows.map((entry) => [entry.field, entry.row]));
  const fillsOf = new Map<string, FilledValue[]>();
  for (const fill of result.summary.filled) fillsOf.set(fill.code, [...(fillsOf.get(fill.code) ?? []), fill]);
  const ordered = annexOrder(result, sheet);
  for (let index = 0; index < ordered.length; index++) {
    const dossier = ordered[index];
    const record = dossier.record;
    const channel = record.channelText || (record.channel ? CHANNEL_LABEL[record.channel][lang] : '');
    yield [
      n(index + 1),
      s(record.rawCode.trim()),
      s(dossier.field),
      s(record.procedure),
      s(channel),
      d(record.received),
      d(record.due),
      d(record.ended),
      s(record.statusText || statusLabel(record.status, lang)),
      s(leafCell(sheet, rowOfField, dossier, dossier.receivedLeaf)),
      s(LEAF_LABEL[dossier.receivedLeaf][lang]),
      s(leafCell(sheet, rowOfField, dossier, dossier.resultLeaf)),
      s(LEAF_LABEL[dossier.resultLeaf][lang]),
      s(dossier.mergedFrom.map((from) => `${from.source}: ${from.line}`).join('; ')),
      s(notes(dossier, fillsOf.get(record.code), lang)),
    ];
  }
}

/** Every detail row at once (the add-in writes them in blocks through office.js). */
export function detailRows(result: BuildResult, sheet: AnnexSheet, lang: Lang): TypedCell[][] {
  return [...detailRowsLazy(result, sheet, lang)];
}

/** 0-based detail columns whose texts are mostly unique (codes, sources, notes). */
export const DETAIL_UNIQUE_COLUMNS = [1, 13, 14];

function periodText(result: BuildResult): string {
  return `${formatDay(result.period.from)} – ${formatDay(result.period.to)}`;
}

function mappingText(columns: Partial<Record<ColumnKey, string>>, lang: Lang): string {
  return (Object.entries(columns) as [ColumnKey, string][])
    .map(([key, header]) => `${COLUMN_KEY_LABEL[key][lang]} ← "${header}"`)
    .join('; ');
}

/** The summary sheet: period, each file with its rows and mapping, merges, skipped rows, warnings. */
export function summaryRows(result: BuildResult, lang: Lang): TypedCell[][] {
  const t = (key: keyof typeof SUMMARY_TEXT) => SUMMARY_TEXT[key][lang];
  const summary = result.summary;
  const rows: TypedCell[][] = [[s(t('title'))], [s(t('period')), s(periodText(result))], []];
  rows.push([s(t('source')), s(t('rowsRead')), s(t('mapping'))]);
  for (const source of summary.sources) {
    const mapping = source.mapping
      ? mappingText(source.mapping.headers, lang)
      : `${t('missingColumns')}: ${(source.problem?.missing ?? []).map((key) => COLUMN_KEY_LABEL[key][lang]).join(', ')}`;
    rows.push([s(source.source), n(source.rowsRead), s(mapping)]);
    for (const line of describeCodeColumns(source.codes ?? [], lang)) rows.push([s(''), null, s(line)]);
  }
  rows.push([]);
  rows.push([s(t('dossiers')), n(summary.dossiers)]);
  rows.push([s(t('duplicates')), n(summary.duplicatesMerged)]);
  rows.push([s(t('conflicts')), n(summary.conflicts.length)]);
  rows.push([s(t('counted')), n(summary.counted)]);
  rows.push([s(t('outside')), n(summary.outsidePeriod)]);
  rows.push([s(t('skipped')), n(summary.skipped.length)]);
  rows.push([]);
  if (summary.skipped.length > 0) {
    rows.push([s(t('skipped')), s(t('line')), s(t('reason')), s(t('column')), s(t('value')), s(t('code'))]);
    for (const row of summary.skipped) {
      rows.push([
        s(row.source),
        n(row.line),
        s(SKIP_REASON[row.reason][lang]),
        s(row.column ?? ''),
        s(row.value ?? ''),
        s(row.code ?? ''),
      ]);
    }
    rows.push([]);
  }
  if (summary.conflicts.length > 0) {
    rows.push([s(t('conflicts')), s(t('winner')), s(t('differences'))]);
    for (const conflict of summary.conflicts) {
      const others = conflict.others.map((o) => `${o.source}: ${o.line} (${statusLabel(o.status, lang)})`).join('; ');
      rows.push([
        s(conflict.code),
        s(`${conflict.winner.source}: ${conflict.winner.line} (${statusLabel(conflict.winner.status, lang)})`),
        s(describeDifferences(conflict.differences, lang)),
        s(others),
      ]);
    }
    rows.push([]);
  }
  if (summary.filled.length > 0) {
    rows.push([s(t('filled')), s(t('filledPart')), s(t('filledFrom'))]);
    for (const fill of summary.filled) rows.push([s(fill.code), s(FILLABLE_LABEL[fill.part][lang]), s(`${fill.from.source}: ${fill.from.line}`)]);
    rows.push([]);
  }
  if (summary.warnings.length > 0) {
    rows.push([s(t('warnings'))]);
    for (const warning of summary.warnings) rows.push([s(describeWarning(warning, lang))]);
  }
  return rows;
}
