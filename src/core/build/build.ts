// Export tables + period → annex counts, detail list and summary. The whole build, pure.
import { addCounts, aggregateByField, annexFieldNames, columnCounts, emptyCounts, memoFold } from './aggregate';
import { classifyDossier, isInPeriod } from './classify';
import type { KnownRecord } from './classify';
import { mergeRecords } from './merge';
import { QuestionCollector, openParts } from './questions';
import { readTable } from './records';
import type {
  BuildMapping,
  BuildResult,
  BuildWarning,
  CountedDossier,
  DossierRecord,
  ExportTable,
  Period,
  SkippedRow,
  SourceSummary,
} from './types';

export interface BuildOptions {
  period: Period;
  mapping?: BuildMapping;
  /** Field names in the order of the clerk's own annex. */
  templateFields?: string[];
  /** What reading the files found before any table (an empty file, a hidden sheet): listed first. */
  fileWarnings?: BuildWarning[];
}

/** The build from records already read (the aggregation the bench measures). */
export function buildFromRecords(
  records: DossierRecord[],
  options: BuildOptions,
  read: { sources: SourceSummary[]; skipped: SkippedRow[]; warnings: BuildWarning[] } = {
    sources: [],
    skipped: [],
    warnings: [],
  },
): BuildResult {
  const { period } = options;
  const merged = mergeRecords(records);
  const warnings = [...read.warnings];
  const counted: CountedDossier[] = [];
  const headersBySource = new Map(read.sources.map((source) => [source.source, source.mapping?.headers ?? {}]));
  const questions = new QuestionCollector((source) => headersBySource.get(source) ?? {});
  let outsidePeriod = 0;
  let unanswered = 0;
  let anyBeforeFrom = false;
  for (const dossier of merged.dossiers) {
    const record = dossier.record;
    if (record.received < period.from) anyBeforeFrom = true;
    if (!isInPeriod(record, period)) {
      outsidePeriod++;
      continue;
    }
    const open = openParts(record, period);
    if (open.length > 0) {
      questions.add(record, open);
      unanswered++;
      continue;
    }
    const classification = classifyDossier(record as KnownRecord, period)!;
    if (classification.noDueDate) warnings.push({ kind: 'no-due-date', source: record.source, code: record.rawCode });
    counted.push({
      record,
      field: record.field,
      receivedLeaf: classification.receivedLeaf,
      resultLeaf: classification.resultLeaf,
      mergedFrom: dossier.records.map((r) => ({ source: r.source, line: r.line })),
      conflict: dossier.conflict !== null,
    });
  }
  if (!anyBeforeFrom && merged.dossiers.length > 0) warnings.push({ kind: 'no-carried-over-data' });
  const order = aggregateByField(counted, options.templateFields);
  const names = annexFieldNames(order.fields);
  const fold = memoFold();
  for (const dossier of counted) dossier.field = names.get(fold(dossier.field)) ?? dossier.field;
  for (const field of order.notInTemplate) warnings.push({ kind: 'field-not-in-template', field });
  for (const field of order.templateUnused) warnings.push({ kind: 'template-field-unused', field });
  const totals = emptyCounts();
  for (const entry of order.fields) addCounts(totals, entry.counts);
  return {
    period,
    fields: order.fields,
    totals,
    columnTotals: columnCounts(totals),
    dossiers: counted,
    summary: {
      sources: read.sources,
      duplicatesMerged: merged.duplicatesMerged,
      conflicts: merged.conflicts,
      filled: merged.filled,
      skipped: read.skipped,
      warnings,
      dossiers: merged.dossiers.length,
      counted: counted.length,
      outsidePeriod,
      unanswered,
    },
    questions: questions.questions(),
  };
}

/** Reads every table, merges across systems and counts the period. */
export function buildAnnexData(tables: ExportTable[], options: BuildOptions): BuildResult {
  const records: DossierRecord[] = [];
  const sources: SourceSummary[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: BuildWarning[] = [...(options.fileWarnings ?? [])];
  for (const table of tables) {
    const read = readTable(table, options.mapping);
    for (const record of read.records) records.push(record);
    for (const row of read.skipped) skipped.push(row);
    warnings.push(...read.warnings);
    sources.push(read.summary);
  }
  return buildFromRecords(records, options, { sources, skipped, warnings });
}
