// The reporting period of a table: what its title rows say ("QUÝ I NĂM 2026", "từ ngày 15/12/2025
// đến ngày 14/3/2026"), else what its sheet is called ("Quý I", "Q2-2026"); dates the title does
// not give come from the official calendar when the kind and year are known.
import { parsePeriodKind, type PeriodKind } from '../calendar';
import { choosePeriod } from '../narrative/period-choice';
import { readPeriodKind, readTitleRows } from '../narrative/title';
import { foldText } from '../text';
import type { Grid, TableModel, ValidationReport } from '../types';
import type { PeriodTable, TablePeriod } from './types';

/** "Quý II", "quy 2 - 2026", "Q2.2026", "QII", "6 tháng 2026": the kind and year a sheet's name gives. */
export function periodOfSheetName(name: string): { kind?: PeriodKind; year?: number } {
  const yearMatch = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(name);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const withoutYear = yearMatch ? name.replace(yearMatch[1], ' ') : name;
  const folded = foldText(withoutYear);
  const kind = readPeriodKind(folded) ?? parsePeriodKind(withoutYear) ?? undefined;
  return { ...(kind ? { kind } : {}), ...(year !== undefined ? { year } : {}) };
}

/**
 * The period of a located table: its title's; where the title names no period (only a year, or
 * nothing), the sheet's name completes it. Source 'none' when neither says anything.
 */
export function readTablePeriod(grid: Grid, table: TableModel): TablePeriod {
  const title = readTitleRows(grid, table.headerTop);
  const named = periodOfSheetName(grid.sheetName);
  const titleNamesPeriod = title.kind !== undefined || title.from !== undefined;
  const kind = titleNamesPeriod ? title.kind : named.kind;
  const year = title.year ?? named.year;
  if (!titleNamesPeriod && kind === undefined && year === undefined) return { source: 'none', datesFromCalendar: false, texts: [] };
  const source = titleNamesPeriod ? 'title' : kind !== undefined ? 'sheet-name' : 'title';
  const texts = [...title.periodTexts, ...(!titleNamesPeriod && named.kind !== undefined ? [grid.sheetName] : [])];
  const { period } = choosePeriod({}, { kind, year, from: title.from, to: title.to, texts });
  return {
    ...(period.kind ? { kind: period.kind } : {}),
    ...(period.year !== undefined ? { year: period.year } : {}),
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
    source,
    datesFromCalendar: period.datesFromCalendar,
    texts,
  };
}

/** A validated table with its period read. */
export function periodTableOf(grid: Grid, report: ValidationReport, file?: string): PeriodTable {
  return { ...(file !== undefined ? { file } : {}), grid, table: report.table, report, period: readTablePeriod(grid, report.table) };
}
