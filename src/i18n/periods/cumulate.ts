// The cumulative annex's own words: its sheet name, the title lines naming the cumulative period
// with its dates (Vietnamese in both languages, like the form: the narrative reads them back),
// the note under the table when a broken carry-over was written with force, the printed header.
import { dayNumberOf, type CalendarDate } from '../../shared/civil';
import { formatDay, romanQuarter, quarterOf } from '../../shared/dates';
import type { CumulativeModel } from '../../core/periods/cumulate';
import type { CumulativePeriod } from '../../core/periods/cumulative-period';
import type { CumulativeWords } from '../../core/periods/plan';
import { formatNumber } from '../../shared/numbers';
import type { Lang } from '../../core/types';
import type { PeriodSpan } from '../../core/build/types';
import { annexPrintTitle, annexTitleLines } from '../build/forms';
import { periodFindingText } from './findings';

const day = (date: CalendarDate) => formatDay(dayNumberOf(date));

function titleParts(period: CumulativePeriod): [string, string, string | undefined, number | undefined, PeriodSpan | undefined] {
  const quarter = period.kind ? quarterOf(period.kind) : undefined;
  const span = period.kind === '6M' || period.kind === '9M' || period.kind === 'Y' ? period.kind : undefined;
  return [day(period.from), day(period.to), quarter !== undefined ? romanQuarter(quarter) : undefined, period.kind ? period.year : undefined, span];
}

/** "6 tháng 2026", "9 tháng 2026", "Năm 2026", "Cộng dồn" (a sheet name: 31 characters at most). */
export function cumulativeSheetName(period: CumulativePeriod): string {
  if (period.kind === '6M') return `6 tháng ${period.year}`;
  if (period.kind === '9M') return `9 tháng ${period.year}`;
  if (period.kind === 'Y') return `Năm ${period.year}`;
  return 'Cộng dồn';
}

/** The template's title lines that do not state its period, with the cumulative period's lines in their place. */
export function cumulativeTitleLines(model: CumulativeModel): string[] {
  const lines = annexTitleLines(...titleParts(model.period));
  const { kept, periodAt } = model.title;
  return [...kept.slice(0, periodAt), ...lines, ...kept.slice(periodAt)];
}

/** The printed page header of the cumulative annex. */
export function cumulativePrintTitle(model: CumulativeModel, lang: Lang): string {
  return annexPrintTitle(...titleParts(model.period))[lang];
}

/** Under the table, when written with force: each broken link, and the gap it leaves in (3)=(7)+(13). */
export function cumulativeNoteLines(model: CumulativeModel): string[] {
  if (!model.forced) return [];
  const identity = model.template.table.identities.find((i) => i.kind === 'cross-sum')?.text ?? '(tiếp nhận)=(đã giải quyết)+(đang giải quyết)';
  const [received, parts] = identity.split('=');
  const lines: string[] = [];
  model.checks.forEach((check, i) => {
    const errors = check.findings.filter((f) => f.severity === 'error');
    if (errors.length === 0) return;
    const [before, after] = [model.tables[i], model.tables[i + 1]];
    lines.push(`Lưu ý: số chuyển kỳ giữa “${before.grid.sheetName}” và “${after.grid.sheetName}” không khớp; bảng cộng dồn vẫn được lập theo yêu cầu.`);
    for (const finding of errors) lines.push(`- ${periodFindingText(finding, { qualifyCurrent: true }).vi}`);
  });
  const invalid = model.tables.filter((t) => t.report.summary.errors > 0).map((t) => `“${t.grid.sheetName}”`);
  if (invalid.length > 0) lines.push(`Lưu ý: bảng ${invalid.join(', ')} có lỗi khi kiểm tra; số liệu được cộng dồn như đã ghi.`);
  const gaps = model.rows.filter((row) => row.gap !== undefined && row.gap !== 0);
  if (gaps.length > 0) {
    const where = gaps
      .map((row) => {
        const gap = row.gap as number;
        return `${row.kind === 'total' ? 'Tổng cộng' : row.label}: ${received} ${gap < 0 ? 'ít hơn' : 'nhiều hơn'} ${parts} ${formatNumber(Math.abs(gap), 'vi')} hồ sơ`;
      })
      .join('; ');
    lines.push(`Vì vậy ${identity} không khớp ở: ${where}.`);
  }
  return lines;
}

export function cumulativeWords(model: CumulativeModel): CumulativeWords {
  return {
    annexName: cumulativeSheetName(model.period),
    titleLines: cumulativeTitleLines(model),
    noteLines: cumulativeNoteLines(model),
    totalLabel: 'Tổng cộng',
  };
}
