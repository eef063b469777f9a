// The built workbook in the clerk's words, for every writer: the annex sheet, "Chi tiết" and
// "Tóm tắt", the same in the CLI and the add-in.
import type { Lang } from '../../core/types';
import type { AnnexWorkbookPlan } from '../../core/build/plan';
import type { AnnexWorkbook } from '../../core/build/workbook-model';
import { DETAIL_UNIQUE_COLUMNS, DETAIL_WIDTHS, detailHeaders, detailRows } from './detail-sheet';
import { periodPrintTitle, type AnnexSheetNames } from './forms';
import { SUMMARY_WIDTHS, summaryRows } from './summary-sheet';

export function renderAnnexWorkbook(plan: Extract<AnnexWorkbookPlan, { ready: true }>, lang: Lang, names: AnnexSheetNames): AnnexWorkbook {
  return {
    annexName: names.annex,
    annex: plan.annex,
    printTitle: periodPrintTitle(plan.result.period, lang),
    sheets: [
      { name: names.detail, headers: detailHeaders(lang), widths: DETAIL_WIDTHS, rows: detailRows(plan.detail(), lang), uniqueColumns: DETAIL_UNIQUE_COLUMNS },
      { name: names.summary, widths: SUMMARY_WIDTHS, rows: summaryRows(plan.result, lang), boldFirstRow: true },
    ],
  };
}
