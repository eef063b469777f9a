// The cumulative workbook in the clerk's words, for every writer (exceljs, office.js): the annex
// sheet, then "Nguồn cộng dồn": the periods cumulated, each one's own check, and the carry-over
// between each pair — so the clerk (and the office receiving it) can see what it was made from.
import { dayNumberOf } from '../../shared/civil';
import { formatDay } from '../../shared/dates';
import type { TypedCell, AnnexWorkbook, RowsSheet } from '../../core/build/workbook-model';
import type { CumulativeModel } from '../../core/periods/cumulate';
import type { CumulativePlan } from '../../core/periods/plan';
import type { Lang } from '../../core/types';
import { verdictLine } from '../verdict';
import { tableName } from './cli';
import { cumulativePrintTitle } from './cumulate';
import { fieldListLines } from './fields';
import { carryOverSummaryText, periodFindingText, tablePeriodText } from './findings';

const TEXT = {
  sheet: { vi: 'Nguồn cộng dồn', en: 'Cumulated from' },
  title: { vi: 'Bảng cộng dồn lập từ các kỳ sau', en: 'The cumulative annex was made from these periods' },
  period: { vi: 'Kỳ', en: 'Period' },
  table: { vi: 'Bảng', en: 'Table' },
  range: { vi: 'Vùng', en: 'Range' },
  from: { vi: 'Từ ngày', en: 'From' },
  to: { vi: 'Đến ngày', en: 'To' },
  check: { vi: 'Kiểm tra bảng', en: 'Check of the table' },
  carryOver: { vi: 'Số chuyển kỳ', en: 'Carry-over' },
} satisfies Record<string, Record<Lang, string>>;

const s = (v: string): TypedCell => ({ t: 's', v });

export function cumulativeSourceRows(model: CumulativeModel, lang: Lang): TypedCell[][] {
  const t = (key: keyof typeof TEXT) => TEXT[key][lang];
  const rows: TypedCell[][] = [[s(t('title'))], [s(t('period')), s(t('table')), s(t('range')), s(t('from')), s(t('to')), s(t('check'))]];
  for (const table of model.tables) {
    const { from, to } = table.period;
    rows.push([
      s(tablePeriodText({ ...table.period, from: undefined, to: undefined }, lang)),
      s(tableName(table)),
      s(table.table.range),
      from ? s(formatDay(dayNumberOf(from))) : null,
      to ? s(formatDay(dayNumberOf(to))) : null,
      s(verdictLine(table.report)[lang]),
    ]);
  }
  rows.push([], [s(t('carryOver'))]);
  model.checks.forEach((check, i) => {
    const [before, after] = [model.tables[i], model.tables[i + 1]];
    rows.push([s(`${before.grid.sheetName} → ${after.grid.sheetName}`), s(carryOverSummaryText(check)[lang])]);
    for (const finding of check.findings) rows.push([null, s(periodFindingText(finding, { qualifyCurrent: true })[lang])]);
    for (const line of fieldListLines(check.fields)) rows.push([null, s(line[lang])]);
  });
  return rows;
}

export function renderCumulativeWorkbook(plan: Extract<CumulativePlan, { ready: true }>, lang: Lang): AnnexWorkbook {
  const sources: RowsSheet = { name: TEXT.sheet[lang], widths: [28, 50, 12, 12, 12, 60], rows: cumulativeSourceRows(plan.model, lang), boldFirstRow: true };
  return { annexName: plan.words.annexName, annex: plan.layout, printTitle: cumulativePrintTitle(plan.model, lang), sheets: [sources] };
}
