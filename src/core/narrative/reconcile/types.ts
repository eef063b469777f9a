// What the check of a written report returns: each stated figure with what it was checked
// against, as data (src/i18n/narrative/reconcile.ts words the messages).
import type { FieldFigures, Role, TableColumn } from '../../types';

export type ReconcileStatus = 'consistent' | 'mismatch' | 'not-checkable';

/** What a stated figure is about: a role of the table, or a figure the annex does not hold. */
export type StatedSubject = Role | 'payment' | 'digitisation';

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
  | { kind: 'field-share' };

export interface ReconcileItem {
  /** 1-based line number in the given text. */
  line: number;
  /** The line as written (trimmed). */
  text: string;
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

export interface ReconcileReport {
  /** Lines (1-based, inclusive) of section I.2, or null when no such heading was found. */
  section: { start: number; end: number } | null;
  items: ReconcileItem[];
  summary: { consistent: number; mismatch: number; notCheckable: number };
}

export interface ReconcileOptions {
  /** The table's columns, to name them ("(4)"); optional. */
  columns?: TableColumn[];
  /** The table's field rows, to check the fields paragraph ("Chứng thực 1.922 hồ sơ (53,8%)"). */
  fields?: FieldFigures[];
}
