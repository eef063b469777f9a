// What the periods pipelines (carry-over, workbooks of quarters, cumulative annexes, comparison)
// share. Pure types: the words are in src/i18n/periods/.
import type { CalendarDate, PeriodKind } from '../calendar';
import type { FieldMatchHow, FieldSuggestion } from '../match/fields';
import type { Grid, Role, RuleId, TableModel, ValidationReport } from '../types';

/** Where a table's period was read: its title rows, the sheet's name, or nowhere. */
export type PeriodSource = 'title' | 'sheet-name' | 'none';

/** The reporting period of one table, as far as it can be known. */
export interface TablePeriod {
  kind?: PeriodKind;
  year?: number;
  from?: CalendarDate;
  to?: CalendarDate;
  source: PeriodSource;
  /** The dates are the official calendar's for the kind and year (the title gave none). */
  datesFromCalendar: boolean;
  /** The texts the period was read from (title lines or the sheet name), to quote. */
  texts: string[];
}

/** A located and validated annex table of one period, and where it lives. */
export interface PeriodTable {
  /** The file it was read from when it matters (another file than the one at hand). */
  file?: string;
  grid: Grid;
  table: TableModel;
  /** Its own validation: reported apart, never hiding the checks between periods. */
  report: ValidationReport;
  period: TablePeriod;
}

/** A cell of one of the tables compared. */
export interface SheetCell {
  file?: string;
  sheet: string;
  address: string;
}

export type PeriodSide = 'previous' | 'current';

/** The engine's rules between periods (their ids are in RuleId with the table's own). */
export type PeriodRuleId = Extract<
  RuleId,
  'carry-over' | 'carry-over-field-vanished' | 'carry-over-field-new' | 'carry-over-unchecked' | 'previous-not-adjacent' | 'previous-period-unknown'
>;

/** A finding between two periods, as data. `field` absent: the totals row. */
export type PeriodFinding =
  /** This period's carried-over count is not the previous period's pending total. */
  | { rule: 'carry-over'; severity: 'error'; field?: string; previous: SheetCell[]; current: SheetCell[]; pending: number; carried: number }
  /** A field of the previous period with dossiers still pending is not in this table. */
  | { rule: 'carry-over-field-vanished'; severity: 'error'; field: string; previous: SheetCell[]; pending: number }
  /** A field this table has and the previous one had not, yet with dossiers carried over. */
  | { rule: 'carry-over-field-new'; severity: 'error'; field: string; current: SheetCell[]; carried: number }
  /** A count the check needs cannot be read, or the form has no such column. */
  | {
      rule: 'carry-over-unchecked';
      severity: 'warning';
      side: PeriodSide;
      role: Extract<Role, 'received.carried' | 'pending'>;
      field?: string;
      cell?: SheetCell;
      raw?: string;
    }
  /** The previous period does not end the day before this one starts: only the comparison is made. */
  | { rule: 'previous-not-adjacent'; severity: 'warning'; previous: TablePeriod; current: TablePeriod }
  /** A table states no period: the tables are taken as consecutive, as given. */
  | { rule: 'previous-period-unknown'; severity: 'warning'; sides: PeriodSide[] };

/** How the field lists of two periods differ (listed, not errors, unless dossiers are at stake). */
export interface FieldListComparison {
  /** Fields of both, with how the names were matched ('same' or written differently). */
  matched: Array<{ previous: string; current: string; how: FieldMatchHow }>;
  /** Fields only the previous table has, with their pending count (null: unreadable). */
  vanished: Array<{ field: string; pending: number | null }>;
  /** Fields only this table has, with their carried-over count (null: unreadable). */
  added: Array<{ field: string; carried: number | null }>;
  /** Names only one table has that may be the same field: for the clerk to confirm (--field-map). */
  suggestions: FieldSuggestion[];
}
