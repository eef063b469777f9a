// The data model every layer shares. Pure types: no Office, no Node.

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

/** 0-based absolute sheet coordinates (row 0 = Excel row 1, col 0 = column A). */
export interface CellRef {
  row: number;
  col: number;
}

/** Inclusive rectangle in absolute 0-based coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet's used range as Excel (or the .xlsx adapter) gives it.
 * `values[r][c]` is the cell at absolute (origin.row + r, origin.col + c).
 * Cells covered by a merged area but not its top-left hold `null`/"" as Excel gives them.
 */
export interface Grid {
  sheetName: string;
  origin: CellRef;
  values: CellValue[][];
  /** Formula text ("=SUM(C5:C16)") or null for constants; absent when unknown. */
  formulas?: (string | null)[][];
  /** Excel number format code per cell ("General", "0.0%", "#,##0"); absent when unknown. */
  numberFormats?: (string | null)[][];
  merges?: CellRange[];
  /** Formula cells the file holds no cached result for (absolute coordinates). */
  uncached?: CellRef[];
  /** A sheet the clerk has hidden (often an old template): skipped unless named. */
  hidden?: boolean;
}

export type Lang = 'vi' | 'en';

export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * What a column means, independent of the form's numbering.
 * Seed layout: (3) received, (4) received.online, (5) received.direct, (6) received.carried,
 * (7) resolved, (8) resolved.early, (9) resolved.onTime, (10) resolved.late,
 * (11) resolved.rejected, (12) resolved.withdrawn, (13) pending, (14) pending.inTime,
 * (15) pending.overdue, (16) pending.supplement.
 */
export type Role =
  | 'stt'
  | 'field'
  | 'received'
  | 'received.new'
  | 'received.online'
  | 'received.direct'
  | 'received.carried'
  | 'resolved'
  | 'resolved.early'
  | 'resolved.onTime'
  | 'resolved.early+onTime'
  | 'resolved.late'
  | 'resolved.rejected'
  | 'resolved.withdrawn'
  | 'pending'
  | 'pending.inTime'
  | 'pending.overdue'
  | 'pending.supplement'
  | 'rate'
  | 'other';

export interface TableColumn {
  /** Absolute 0-based column index. */
  col: number;
  /** Column letter(s), e.g. "C". */
  letter: string;
  /** The form's own column number, e.g. 3 for "(3)=(4)+(5)+(6)"; absent when the form has none. */
  number?: number;
  /** Header texts from the top header row down to the leaf, joined with " / ". */
  label: string;
  role?: Role;
}

/**
 * 'detail': a breakdown of the field above it ("- Trong đó: …"), checked on its own row but not
 * added into the totals. 'note': words without counts. 'unread': a row with numbers that fits no
 * class (reported, checked on its own row, never added into the totals).
 */
export type RowKind = 'field' | 'detail' | 'section' | 'subtotal' | 'total' | 'rates' | 'blank' | 'note' | 'unread';

/** Why a row was classified as it was: shown to the clerk ("How the table was read"). */
export type RowReason =
  /** field: its STT is a number */
  | 'numbered'
  /** field: "1.1" under a numbered group */
  | 'sub-numbered'
  /** field: a name that is no total, section or rates label */
  | 'named'
  /** field: no label, but the totals row adds it up */
  | 'added-in-total'
  /** field whose counts are the sum of the other fields while a totals row exists: counted twice? */
  | 'sum-of-others'
  | 'clerk-field'
  /** total: "Tổng cộng", "Tổng số", "Cộng quý II", … */
  | 'total-label'
  /** total: no total label, but its counts are the column sums of the other rows (in doubt) */
  | 'sum-of-rows'
  | 'clerk-total'
  /** subtotal: a "Cộng" row closing a section */
  | 'subtotal-label'
  /** section: "I", "A)", "Phần 1" */
  | 'section-marker'
  /** section: a numbered row followed by its "n.x" rows */
  | 'numbered-group'
  /** section: an unnumbered row whose counts are the sum of the numbered rows under it ("Sở ban ngành") */
  | 'sum-of-group'
  | 'rates-label'
  /** detail: "- Trong đó …", "+" */
  | 'breakdown'
  | 'text-only'
  | 'empty'
  /** unread: numbers under the totals row that closes the table */
  | 'after-totals'
  /** unread: numbers without STT or name, which the totals do not add up */
  | 'no-label'
  /** unread: a second "Tỷ lệ" row */
  | 'extra-rates';

export interface TableRow {
  /** Absolute 0-based row index. */
  row: number;
  kind: RowKind;
  /** The field name (or section / total label) as written. */
  label: string;
  reason: RowReason;
  /** For field and subtotal rows under a section row: index into TableModel.sections. */
  section?: number;
}

export interface Section {
  row: number;
  label: string;
  subtotalRow?: number;
}

/** parent = sum(children), by absolute column index. */
export interface Identity {
  kind: 'row-sum' | 'cross-sum';
  parent: number;
  children: number[];
  /** As the form writes it, e.g. "(3)=(4)+(5)+(6)" or "(3)=(7)+(13)". */
  text: string;
}

/** rate = sum(numerator) / sum(denominator), as a percentage. */
export interface RateDefinition {
  /** Absolute column of the rate cell (on the rates row) or of the rate column. */
  col: number;
  numerator: number[];
  denominator: number[];
  text: string;
  /** 'row': a "Tỷ lệ" row under the totals; 'column': a rate column on every row. */
  placement: 'row' | 'column';
  /** Rates the form may leave blank (e.g. (5) and (6) in the seed): a blank is no warning. */
  optional?: boolean;
  /**
   * Other readings forms use for the same cell (Biểu 06a: a part over its group's total, (12)/(11);
   * a channel over new dossiers, (5)/((4)+(5))). A rate that matches one of them is accepted.
   */
  alternatives?: Array<{ numerator: number[]; denominator: number[]; text: string }>;
}

export interface TableModel {
  sheetName: string;
  /** A1 range from the first header row to the last table row, e.g. "A1:P18". */
  range: string;
  headerTop: number;
  headerBottom: number;
  numberingRow?: number;
  columns: TableColumn[];
  rows: TableRow[];
  sections: Section[];
  identities: Identity[];
  rates: RateDefinition[];
  /** Rate columns whose definition the form does not make clear: reported, never guessed. */
  uncheckedRateColumns: number[];
  /** How the identities were obtained, for the clerk to see. */
  source: 'numbering-row' | 'header-numbers' | 'header-words';
}

export * from './findings';

/** The counts of a located table by role, for the narrative and the Word output. */
export interface FieldFigures {
  row: number;
  label: string;
  values: Partial<Record<Role, number>>;
}

export interface TableFigures {
  /** From the totals row when there is one, else the sum of the field rows. */
  totals: Partial<Record<Role, number>>;
  totalsSource: 'totals-row' | 'field-sum';
  fields: FieldFigures[];
}
