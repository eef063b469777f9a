// What the build returns: counts per field, skipped rows, warnings, merges, questions, summary. Pure types.
import { seedColumn } from '../form/seed';
import type { Channel, ColumnKey, ColumnMapping, DayNumber, DossierRecord, Status, UnknownPart, UnknownReason } from './model';

export type SkipReason =
  | 'no-code'
  | 'no-received-date'
  | 'unreadable-date'
  | 'scientific-date'
  | 'no-end-date'
  | 'end-before-received'
  | 'number-not-date'
  | 'not-received';

export interface SkippedRow {
  source: string;
  line: number;
  reason: SkipReason;
  /** The column concerned (header as written), when there is one. */
  column?: string;
  /** The offending value, as written. */
  value?: string;
  code?: string;
}

export type BuildWarningKind =
  | 'no-due-date'
  | 'channel-assumed'
  | 'status-from-dates'
  | 'field-assumed'
  | 'no-carried-over-data'
  | 'field-not-in-template'
  | 'template-field-unused'
  | 'no-due-column'
  | 'ambiguous-column'
  | 'count-not-date-column'
  | 'due-before-received'
  | 'mixed-date-order'
  | 'status-date-conflict'
  | 'empty-file'
  | 'placeholder-date'
  | 'hidden-sheet'
  | 'format-read';

export interface BuildWarning {
  kind: BuildWarningKind;
  source?: string;
  /** The format a workbook export was read as, when not .xlsx (format-read). */
  format?: 'xls' | 'et' | 'ods';
  code?: string;
  field?: string;
  /** How many dossiers or rows the warning covers (for grouped warnings). */
  count?: number;
  /** The line of the source the warning is about. */
  line?: number;
  /** The export column concerned. */
  key?: ColumnKey;
  /** Its header as written. */
  header?: string;
  /** Other headers that could have been chosen instead. */
  others?: string[];
  /** Meaning-changing words of the header chosen ("dự kiến"). */
  qualifiers?: string[];
  /** The value concerned, as written (a status text), or the clerk's answer (a channel). */
  value?: string;
  /** A date concerned, as written. */
  date?: string;
}

/** The same dossier in several records that disagree (both present, different); the most advanced record won. */
export interface MergeConflict {
  code: string;
  winner: { source: string; line: number; status: Status | null };
  others: { source: string; line: number; status: Status | null }[];
  /** What differs: 'status', 'received', 'ended', 'due', 'channel', 'field'. */
  differences: string[];
}

/** What a record may leave blank and another record of the same dossier may give. */
export type FillablePart = 'channel' | 'due' | 'field' | 'procedure' | 'supplementRequested';

/** A blank of the winning record taken from another record of the same dossier. */
export interface FilledValue {
  code: string;
  part: FillablePart;
  /** The record the value was taken from. */
  from: { source: string; line: number };
}

/**
 * Dossiers of the period whose channel, status or field is not known, grouped by file, part,
 * reason and wording: they are counted nowhere until the clerk answers.
 */
export interface BuildQuestion {
  part: UnknownPart;
  reason: UnknownReason;
  source: string;
  /** The file part of the source: the key its answer is given under (sources[file], --channel file=…). */
  file: string;
  /** The column's header as written (absent when the file has no such column). */
  header?: string;
  /** The wording not understood (reason 'wording'). */
  value?: string;
  count: number;
  /** The first codes concerned, as written. */
  codes: string[];
}

/** How often each code of a national-portal code column (TrangThaiHoSo, KenhThucHien) occurs. */
export interface CodeTally {
  key: 'status' | 'channel';
  header: string;
  code: number;
  count: number;
  /** What the code counts as; null for a code the portal does not define. */
  reading: Status | 'not-received' | Channel | null;
}

/** The leaf columns of the seed annex a dossier can be counted in. */
export type ReceivedLeaf = 'received.online' | 'received.direct' | 'received.carried';
export type ResultLeaf =
  | 'resolved.early'
  | 'resolved.onTime'
  | 'resolved.late'
  | 'resolved.rejected'
  | 'resolved.withdrawn'
  | 'pending.inTime'
  | 'pending.overdue'
  | 'pending.supplement';
export type Leaf = ReceivedLeaf | ResultLeaf;

/** A merged dossier with the leaves it counts in for the period (absent: outside the period). */
export interface CountedDossier {
  record: DossierRecord;
  /** The annex field name it is counted under. */
  field: string;
  receivedLeaf: ReceivedLeaf;
  resultLeaf: ResultLeaf;
  /** Every source line that was merged into it (winner first). */
  mergedFrom: { source: string; line: number }[];
  conflict: boolean;
}

// The count columns in the seed form's order (src/core/form/seed.ts).
export const ANNEX_COUNT_COLUMNS = [
  'received',
  'received.online',
  'received.direct',
  'received.carried',
  'resolved',
  'resolved.early',
  'resolved.onTime',
  'resolved.late',
  'resolved.rejected',
  'resolved.withdrawn',
  'pending',
  'pending.inTime',
  'pending.overdue',
  'pending.supplement',
] as const;
export type AnnexCountColumn = (typeof ANNEX_COUNT_COLUMNS)[number];

/** The seed's column number of each count column: (3) … (16), from the form. */
export const SEED_COLUMN_NUMBER = Object.fromEntries(ANNEX_COUNT_COLUMNS.map((key) => [key, seedColumn(key).number])) as Record<AnnexCountColumn, number>;

export type LeafCounts = Record<Leaf, number>;

export interface FieldCounts {
  field: string;
  counts: LeafCounts;
}

export interface Period {
  from: DayNumber;
  to: DayNumber;
  /** Roman quarter ("II") and year, for the title, when known. */
  quarter?: string;
  year?: number;
  /** A longer official period instead of a quarter: 6 months, 9 months, the year. */
  span?: PeriodSpan;
}

/** The official periods longer than a quarter (Nghị định 09/2019: from 15/12 of the year before). */
export type PeriodSpan = '6M' | '9M' | 'Y';

export interface SourceSummary {
  source: string;
  /** Data rows below the header (blank rows not counted). */
  rowsRead: number;
  mapping: ColumnMapping | null;
  /** Every header text of the header row found (or best guessed), for the clerk to map by hand. */
  headers: string[];
  /** Why the table could not be read at all (no header row with the required columns). */
  problem?: { missing: ColumnKey[] };
  /** The national portal's codes found in its code columns, with their counts. */
  codes?: CodeTally[];
}

export interface BuildSummary {
  sources: SourceSummary[];
  /** Records whose code appeared more than once (across or within sources), merged away. */
  duplicatesMerged: number;
  conflicts: MergeConflict[];
  /** Blanks of winning records taken from other records of the same dossier. */
  filled: FilledValue[];
  skipped: SkippedRow[];
  warnings: BuildWarning[];
  /** Dossiers after merging, and those counted in the period. */
  dossiers: number;
  counted: number;
  /** Dossiers merged but outside the period (received after `to`, or ended before `from`). */
  outsidePeriod: number;
  /** Dossiers of the period counted nowhere because a question is open. */
  unanswered: number;
}

export interface BuildResult {
  period: Period;
  fields: FieldCounts[];
  totals: LeafCounts;
  /** The totals row: every annex column (3) … (16). */
  columnTotals: Record<AnnexCountColumn, number>;
  dossiers: CountedDossier[];
  summary: BuildSummary;
  /** What the clerk must answer before the annex can be written; empty when it can. */
  questions: BuildQuestion[];
}
