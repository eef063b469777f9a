// The built workbook as every writer receives it (exceljs in the CLI, office.js in the add-in):
// the annex sheet's layout and rows sheets of typed cells. Pure types.
import type { AnnexSheet } from './annex';
import type { DayNumber } from './types';

/** Text is always written as text: a value starting with "=" never becomes a formula. */
export type TypedCell = { t: 's'; v: string } | { t: 'n'; v: number } | { t: 'd'; v: DayNumber } | null;

export interface RowsSheet {
  name: string;
  /** Bold header row (with a filter and frozen) — or none. */
  headers?: string[];
  widths: number[];
  /** Produced lazily when it can be: a writer turns each row into its cells and lets it go. */
  rows: Iterable<TypedCell[]>;
  /** Columns whose texts rarely repeat (written as inline strings by the CLI). */
  uniqueColumns?: number[];
  /** Bold first row (a title) when there is no header row. */
  boldFirstRow?: boolean;
}

/** What a writer needs of an annex sheet (a cumulative annex in another form has no seed columns). */
export type AnnexLayout = Omit<AnnexSheet, 'columnOf'>;

export interface AnnexWorkbook {
  annexName: string;
  annex: AnnexLayout;
  /** Printed at the top of every page of the annex ("Kết quả … quý II năm 2026 …"). */
  printTitle: string;
  /** "Chi tiết", then "Tóm tắt". */
  sheets: RowsSheet[];
}
