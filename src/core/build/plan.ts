// One build pipeline for every caller (CLI, pane, standalone page): export tables + period +
// mapping → the annex sheet, the detail entries, the summary and the annex's own validation, or
// the reason nothing can be written yet.
import type { ValidateOutcome } from '../types';
import { validateGrid } from '../validate';
import { annexToGrid, layoutAnnex, type AnnexSheet } from './annex';
import { buildAnnexData } from './build';
import { detailEntries, type DetailEntry } from './detail';
import { fileOfSource } from './source-names';
import type { BuildMapping, BuildResult, BuildWarning, ColumnKey, ExportTable, Period } from './types';

export interface AnnexWorkbookInput {
  tables: ExportTable[];
  period: Period;
  mapping?: BuildMapping;
  /** Field names in the order of the clerk's own annex. */
  templateFields?: string[];
  /** The lines above the table (the form's words for the period, from i18n). */
  titleLines: string[];
  /** The annex sheet's name, as the self-check names it. */
  annexName: string;
  /** What reading the files found before any table (an empty file, a hidden sheet). */
  fileWarnings?: BuildWarning[];
}

/** A file none of whose tables is a dossier list: the required columns its best header lacks. */
export interface UnreadableFile {
  /** The file part of its sources ("dvcqg.xlsx" of "dvcqg.xlsx › DS"). */
  file: string;
  /** The source named in the message: the file itself, or its only sheet. */
  source: string;
  missing: ColumnKey[];
}

export type AnnexWorkbookPlan =
  | { ready: false; reason: 'unreadable'; result: BuildResult; unreadable: UnreadableFile[] }
  /** Dossiers of the period whose field, channel or status is not known: result.questions. */
  | { ready: false; reason: 'questions'; result: BuildResult }
  | { ready: false; reason: 'no-dossiers'; result: BuildResult }
  | {
      ready: true;
      result: BuildResult;
      annex: AnnexSheet;
      /** The "Chi tiết" entries, produced afresh (lazily) at each call. */
      detail: () => Iterable<DetailEntry>;
      /** The built annex validated like any clerk's: a finding here is a bug of the build. */
      selfCheck: ValidateOutcome;
    };

function unreadableFiles(result: BuildResult): UnreadableFile[] {
  const byFile = new Map<string, BuildResult['summary']['sources']>();
  for (const source of result.summary.sources) byFile.set(fileOfSource(source.source), [...(byFile.get(fileOfSource(source.source)) ?? []), source]);
  const unreadable: UnreadableFile[] = [];
  for (const [file, sources] of byFile) {
    if (!sources.every((source) => source.problem)) continue;
    unreadable.push({ file, source: sources.length === 1 ? sources[0].source : file, missing: sources[0].problem!.missing });
  }
  return unreadable;
}

/**
 * The whole build. A file that holds no dossier list, an open question, or no dossier in the
 * period stops it before anything is laid out; otherwise the annex is laid out in the seed's form
 * and validated with the engine every clerk's annex goes through.
 */
export function planAnnexWorkbook(input: AnnexWorkbookInput): AnnexWorkbookPlan {
  const { tables, period, mapping, templateFields, fileWarnings } = input;
  const result = buildAnnexData(tables, { period, mapping, templateFields, fileWarnings });
  const unreadable = unreadableFiles(result);
  if (unreadable.length > 0) return { ready: false, reason: 'unreadable', result, unreadable };
  if (result.questions.length > 0) return { ready: false, reason: 'questions', result };
  if (result.fields.length === 0) return { ready: false, reason: 'no-dossiers', result };
  const annex = layoutAnnex(result.fields, result.totals, { titleLines: input.titleLines });
  return {
    ready: true,
    result,
    annex,
    detail: () => detailEntries(result, annex),
    selfCheck: validateGrid(annexToGrid(annex, input.annexName)),
  };
}
