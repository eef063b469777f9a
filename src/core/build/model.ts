// What the build reads: export tables, the clerk's mapping, and the dossier records read from them. Pure types.

/** A calendar date in Vietnam's time as a day number: days since 1970-01-01 (civil). */
export type DayNumber = number;

/** A cell of an export as the reader gives it: Excel dates arrive as serial numbers (wall clock). */
export type ExportCell = string | number | boolean | null;

/** One table read from an export file (a CSV file or one sheet of an .xlsx). */
export interface ExportTable {
  /** Shown to the clerk: "dvcqg.csv", "mot-cua.xlsx › Sheet1". */
  source: string;
  /** All rows, header included; the header row is found by its words. */
  rows: ExportCell[][];
  /** 1-based sheet/file line number of rows[0] (for messages). */
  firstLine?: number;
}

/** The export columns the build understands. */
export type ColumnKey =
  | 'code'
  | 'procedure'
  | 'field'
  | 'channel'
  | 'received'
  | 'due'
  | 'returned'
  | 'ended'
  | 'status'
  | 'supplementRequested';

export const COLUMN_KEYS: readonly ColumnKey[] = [
  'code',
  'procedure',
  'field',
  'channel',
  'received',
  'due',
  'returned',
  'ended',
  'status',
  'supplementRequested',
];

/** Keys a table cannot be built without (field too, unless the file's field is given). */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['code', 'field', 'received'];

export type Status = 'new' | 'processing' | 'supplement' | 'returned' | 'rejected' | 'withdrawn';
export type Channel = 'online' | 'direct';

/** What the annex needs to know of every dossier it counts, and may not know. */
export type UnknownPart = 'channel' | 'status' | 'field';
/** Why it is not known: the file has no such column, the cell is blank, the wording is not understood. */
export type UnknownReason = 'no-column' | 'blank' | 'wording';

/** The clerk's answer for a file's statuses that are missing or blank: read them from the dates. */
export type StatusPolicy = 'dates';

/** What one file's dossiers are when the file does not say (sources[file] in the mapping). */
export interface SourceAnswers {
  columns?: Partial<Record<ColumnKey, string>>;
  /** The channel of the file's dossiers whose channel is not known. */
  channel?: Channel;
  /** How to read the file's missing or blank statuses. */
  status?: StatusPolicy;
  /** The field of the file's dossiers that have none. */
  field?: string;
}

/** How one table's columns were mapped: 0-based column index per key, and where from. */
export interface ColumnMapping {
  /** 0-based index into ExportTable.rows of the header row. */
  headerRow: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** The header text of each mapped column, as written. */
  headers: Partial<Record<ColumnKey, string>>;
  /** Keys the clerk's mapping file set, as opposed to guessed from header words. */
  fromMapFile: ColumnKey[];
}

/**
 * The clerk's corrections, remembered between runs (a --map JSON file in the CLI, workbook
 * settings in the add-in). Every part is optional.
 */
export interface BuildMapping {
  /** Header text (matched folded) per key, for every file. */
  columns?: Partial<Record<ColumnKey, string>>;
  /** Per-source overrides and answers, keyed by the file name (or "file › sheet"). */
  sources?: Record<string, SourceAnswers>;
  /** Status text (folded) → status, for wordings the built-in list does not know. */
  statuses?: Record<string, Status>;
  /** Channel text (folded) → channel. */
  channels?: Record<string, Channel>;
  /** Field name spelled in an export → field name in the annex. */
  fields?: Record<string, string>;
}

/** One row of an export, read and normalised. */
export interface DossierRecord {
  /** Normalised code: trimmed, upper-cased, spaces removed. */
  code: string;
  /** The code as written. */
  rawCode: string;
  source: string;
  /** 1-based line in the source. */
  line: number;
  /** The field as written (aliases applied); '' when not known. */
  field: string;
  /** The field is the file's answer (sources[file].field), not read from a column. */
  fieldAssumed?: true;
  procedure: string;
  /** Null when not known (see `unknown`). */
  channel: Channel | null;
  /** The channel is the file's answer (sources[file].channel), not read from a column. */
  channelAssumed?: true;
  /** The channel text as written (for the detail sheet). */
  channelText: string;
  /** Null when not known (see `unknown`). */
  status: Status | null;
  statusText: string;
  /** True when the export has no status for this row and it was read from the dates, as the clerk chose. */
  statusInferred: boolean;
  /** Why a part is not known, for each part that is not. */
  unknown?: Partial<Record<UnknownPart, UnknownReason>>;
  /** True when the status was not ended but a return / end date was given: counted as returned. */
  statusFromDates?: boolean;
  received: DayNumber;
  due: DayNumber | null;
  /** End date: return date, else end-of-processing date; null for dossiers not ended. */
  ended: DayNumber | null;
  supplementRequested: DayNumber | null;
}
