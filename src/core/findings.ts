// What validation finds, as data: every finding carries the figures of its check, never words.
// src/i18n/ words them (i18n/findings/), in Vietnamese and English.
import type { RowReason, TableColumn, TableModel } from './types';

export type RuleId =
  | 'row-sum'
  | 'cross-sum'
  | 'column-total'
  | 'rate'
  | 'bad-value'
  | 'text-number'
  | 'constant-total'
  | 'no-cached-value'
  | 'sum-range'
  | 'missing-rate'
  | 'rate-not-checked'
  | 'unread-row'
  | 'ambiguous-total'
  /** Between two periods (src/core/periods): reported apart from each table's own findings. */
  | 'carry-over'
  | 'carry-over-field-vanished'
  | 'carry-over-field-new'
  | 'carry-over-unchecked'
  | 'previous-not-adjacent'
  | 'previous-period-unknown';

export type Severity = 'error' | 'warning';

/** The figures of a finding's check, by kind: what i18n needs to word it. */
export type FindingDetail =
  /** row-sum, cross-sum: the parent cell states `stated`, its parts add up to `sum`. */
  | { kind: 'sum'; parentCell: string; stated: number; sum: number }
  /** column-total: the totals cell states `stated`, its rows add up to `sum`. */
  | { kind: 'column-total'; totalCell: string; totalLabel: string; column: string; stated: number; sum: number; section?: string }
  | { kind: 'rate'; definition: string; stated: number; expected: number; decimals: number; numerator: number; denominator: number; correctedBy: string[] }
  /** Right with the counts as typed, wrong once `culprits` are corrected (`expected` null: the denominator becomes 0). */
  | { kind: 'rate-after-fix'; definition: string; stated: number; expected: number | null; decimals: number; culprits: string[] }
  | { kind: 'rate-zero-denominator'; definition: string; stated: number; decimals: number }
  | { kind: 'missing-rate'; definition: string; expected: number; decimals: number }
  /** A rate column whose definition the form does not make clear. */
  | { kind: 'rate-unclear'; column: string; label: string }
  /** A rate whose counts sit in a mismatch without a named cell. */
  | { kind: 'rate-in-question'; definition: string; inputs: string[] }
  | { kind: 'bad-count'; cell: string; problem: 'error' | 'negative' | 'decimal' | 'text'; raw: string; value?: number; thousandsReading?: number | null }
  | { kind: 'bad-rate'; cell: string; raw: string }
  | { kind: 'text-number'; cell: string; raw: string }
  | { kind: 'constant-total'; cell: string }
  | { kind: 'no-cached-value'; cell: string }
  | { kind: 'sum-range'; cell: string; formula: string; rows: number[] }
  /** unread-row, ambiguous-total: the row (Excel row number), its label and why it was read so. */
  | { kind: 'row'; row: number; label: string; reason: RowReason; totalLabel?: string };

/** A cell most likely wrong: what it holds and what it should hold. */
export interface CulpritCell {
  cell: string;
  found: number;
  expected: number;
  /** A number stored as text that SUM skips: the fix is to store the same number as a number. */
  storedAsText?: boolean;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** A1 addresses: culprit first, then the identity's cells in sheet order. */
  cells: string[];
  culprit?: string;
  /** Counts as counts, rates as percents at the displayed precision (98.4); null where none applies. */
  expected: number | null;
  actual: number | null;
  /** The cell that states the identity's result (total, parent or rate cell): where to highlight when there is no culprit. */
  anchor: string;
  /** The identity or definition checked, e.g. "(3)=(4)+(5)+(6)". */
  identity?: string;
  /** Label of the row the finding is on (field name, "Tổng cộng"). */
  rowLabel?: string;
  detail: FindingDetail;
  /** The culprits the sum's failure is put down to: one, or the two of a pair that alone explains it. */
  culprits?: CulpritCell[];
  /**
   * Failing sums with no single culprit: every cell that could be wrong (in a failing identity,
   * confirmed by none that holds). Such a finding names no culprit and states no expected value.
   */
  candidates?: string[];
  /** A rate right with the counts as typed but wrong once these culprits are corrected. */
  afterFix?: string[];
}

/** A rate that fails with the counts as typed and holds once the culprit is corrected: said on the culprit's card. */
export interface GroupNote {
  kind: 'rate-holds-after-fix';
  /** The rate cell. */
  cell: string;
  culprit: string;
  culprits: string[];
}

/**
 * One mistake, one card: the findings that one culprit explains (its failing identities and the
 * rates that its correction decides), the findings of a cluster with no single culprit, or a
 * finding on its own.
 */
export interface FindingGroup {
  kind: 'culprit' | 'undecided' | 'single';
  severity: Severity;
  /** The culprit, the first candidate, or the finding's own cell: where the card selects. */
  cell: string;
  /** Culprit cards: the value the cell should hold and the one it holds. */
  expected: number | null;
  actual: number | null;
  /** Culprit cards: a number stored as text; the other cells of a pair that together explain the cluster. */
  storedAsText?: boolean;
  partners?: string[];
  /** Culprit and undecided cards: how many sum checks fail. */
  checks: number;
  /** Undecided cards: every candidate cell. */
  candidates?: string[];
  /** Indices into ValidationReport.findings, in the card's order. */
  findings: number[];
  notes: GroupNote[];
}

/**
 * 'valid': every identity and rate checked holds and nothing was left unread or unchecked.
 * 'incomplete': no error, but a row could not be read, a totals row is in doubt, or a rate or
 * formula could not be checked — the table is not declared valid.
 */
export type Verdict = 'valid' | 'invalid' | 'incomplete';

export interface ValidationSummary {
  errors: number;
  warnings: number;
  /** Cells named as most likely wrong. */
  culprits: number;
  /** Clusters of failing identities with no single culprit. */
  undecided: number;
  verdict: Verdict;
}

export interface ValidationReport {
  sheet: string;
  /** Other visible sheets of the workbook that also hold an annex table (not validated). */
  otherSheets?: string[];
  /** Further annex tables below this one on the same sheet (not validated), by range. */
  otherTables?: string[];
  table: TableModel;
  findings: Finding[];
  /** The findings as the clerk reads them: one card per mistake. */
  groups: FindingGroup[];
  summary: ValidationSummary;
}

/** What the header lacks for the sums to be checked: per group, its "Tổng số" column or its parts. */
export type MissingPart = { group: 'received' | 'resolved' | 'pending'; missing: 'group' | 'total' | 'parts' };

/** Why no annex table could be validated on a sheet (or in a workbook). */
export type LocateProblem =
  | { kind: 'empty-sheet'; sheet: string }
  | { kind: 'no-header'; sheet: string; legacyEncoding: boolean }
  | { kind: 'no-identities'; sheet: string; columns: TableColumn[]; missing: MissingPart[] }
  | { kind: 'header-misread'; sheet: string; identities: string[]; columns: TableColumn[] }
  | { kind: 'no-rows'; sheet: string }
  | { kind: 'no-table-in-workbook' }
  | { kind: 'no-such-sheet'; sheet: string; available: string[] };

export type LocateOutcome = { ok: true; table: TableModel } | { ok: false; problem: LocateProblem };

export type ValidateOutcome = { ok: true; report: ValidationReport } | { ok: false; problem: LocateProblem };
