// What the check of a written report returns: each stated figure with what it was checked
// against, as data (src/i18n/narrative/reconcile.ts words the messages).
import type { FieldFigures, Role, TableColumn } from '../../types';

export type ReconcileStatus = 'consistent' | 'mismatch' | 'not-checkable';

/**
 * What a stated figure is about: a role of the table, a figure the annex does not hold, a change
 * against another period, or a number no figure of the table is named for ('other').
 */
export type StatedSubject = LabelSubject | 'comparison' | 'other';

/** What a label of a report may name: a role of the table, or a figure the annex does not hold. */
export type LabelSubject = Role | 'payment' | 'digitisation';

/** What the stated figure was checked against. */
export type ReconcileBasis =
  /** A count against the table's column(s): `ref` "(3)", "(4)+(5)", or a column letter. */
  | { kind: 'column'; ref: string }
  /**
   * A rate against the counts, `definition` "(7)/(3)". `statedAs`: the reading of the stated rate
   * that agreed, when it is not the first ("1.000%" read as a thousand).
   */
  | { kind: 'rate'; definition: string; statedAs?: number }
  /** A rate whose denominator is 0. */
  | { kind: 'rate-undefined'; definition: string }
  /** The table has no column for it. */
  | { kind: 'column-missing' }
  /** Online payment and digitisation: not in the annex at all. */
  | { kind: 'not-in-annex' }
  /** A field's count against its row (the fields paragraph). */
  | { kind: 'field-row' }
  /** A field's share of all dossiers received. */
  | { kind: 'field-share' }
  /** A field's rate of another count: of the field's own received (`of: 'field'`) or of the table's total of the same count. */
  | { kind: 'field-rate'; of: 'field' | 'total' }
  /** "lĩnh vực Tư pháp 120 hồ sơ": a field the table has no row for. */
  | { kind: 'field-unknown' }
  /** "(tăng 120 hồ sơ, 3,4% so với quý I/2026)": a change against another period, not a cell of this table. */
  | { kind: 'comparison' }
  /**
   * The same change checked against the previous period's table (`previous` given): `expected` is
   * the change by count, percent of the earlier count, or rate points; `direction` the real one.
   */
  | { kind: 'change'; measure: 'count' | 'percent' | 'points'; direction: 'up' | 'down' | 'same' }
  /** "phấn đấu", "chỉ tiêu", "tối thiểu": a target, not a result. */
  | { kind: 'target' }
  /** "94 công văn", "97,76 điểm": a number of something else than dossiers; `unit` as written. */
  | { kind: 'other-unit'; unit: string }
  /** "xếp thứ hạng 50/114": a rank. */
  | { kind: 'rank' }
  /** A number no figure of the table is named for in its sentence. */
  | { kind: 'unlabelled' };

export interface ReconcileItem {
  /** 1-based line number in the given text. */
  line: number;
  /** The line as written (trimmed). */
  text: string;
  /** Where `statedText` starts in `text` (0-based, UTF-16). */
  offset: number;
  /** The sentence of `text` the figure is in, for a figure read without a label of the table. */
  sentence?: string;
  subject: StatedSubject;
  /** For a figure of one field (the fields paragraph): the field's name as the table writes it. */
  field?: string;
  measure: 'count' | 'rate';
  /** The figure as written, e.g. "3.575" or "98,4%". */
  statedText: string;
  stated: number;
  /** The table's count, or the rate computed from the table at the stated precision. */
  expected: number | null;
  status: ReconcileStatus;
  basis: ReconcileBasis;
}

/** A date or the number of a cited document: recognised as such, never checked against the table. */
export interface ReconcileReference {
  kind: 'date' | 'document';
  /** As written, e.g. "15/6/2026", "tháng 4", "Kế hoạch số 12/KH-UBND". */
  text: string;
  /** Every place it is written (1-based line, offset in the trimmed line). */
  places: { line: number; offset: number; length: number }[];
}

export interface ReconcileReport {
  /** Lines (1-based, inclusive) of section I.2, or null when no such heading was found. */
  section: { start: number; end: number } | null;
  items: ReconcileItem[];
  /** Dates and numbers of cited documents in the lines read, each listed once, in the order first written. */
  references: ReconcileReference[];
  summary: { consistent: number; mismatch: number; notCheckable: number };
}

export interface ReconcileOptions {
  /** The table's columns, to name them ("(4)"); optional. */
  columns?: TableColumn[];
  /** The table's field rows, to check the fields paragraph ("Chứng thực 1.922 hồ sơ (53,8%)"). */
  fields?: FieldFigures[];
  /** The previous period's totals, to check the comparisons the text states ("tăng 120 hồ sơ so với quý I"). */
  previous?: Partial<Record<Role, number>>;
}
