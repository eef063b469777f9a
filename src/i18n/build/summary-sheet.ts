// The "Tóm tắt" sheet: the period, each file with its rows and mapping (and the portal's codes),
// merges, blanks filled from other records, skipped rows, warnings.
import type { Lang } from '../../core/types';
import { formatDay } from '../../shared/dates';
import type { BuildResult, ColumnKey } from '../../core/build/types';
import type { TypedCell } from '../../core/build/workbook-model';
import { FILLABLE_LABEL, describeCodeColumns } from './codes';
import { COLUMN_KEY_LABEL, describeDifferences, statusLabel } from './labels';
import { SKIP_REASON, describeWarning } from './problems';

type Texts = Record<Lang, string>;

const SUMMARY_TEXT = {
  title: { vi: 'Tóm tắt lập phụ lục từ dữ liệu hồ sơ', en: 'Summary of the annex build' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  source: { vi: 'Tệp', en: 'File' },
  rowsRead: { vi: 'Số dòng đọc', en: 'Rows read' },
  mapping: { vi: 'Ánh xạ cột', en: 'Column mapping' },
  duplicates: { vi: 'Bản ghi trùng mã đã gộp', en: 'Duplicate records merged' },
  conflicts: { vi: 'Hồ sơ các hệ thống ghi khác nhau', en: 'Dossiers the systems disagree on' },
  dossiers: { vi: 'Số hồ sơ sau khi gộp', en: 'Dossiers after merging' },
  counted: { vi: 'Số hồ sơ tính vào kỳ', en: 'Dossiers counted in the period' },
  outside: { vi: 'Hồ sơ ngoài kỳ (nhận sau kỳ hoặc kết thúc trước kỳ)', en: 'Dossiers outside the period (received after it or ended before it)' },
  skipped: { vi: 'Dòng bị bỏ qua', en: 'Rows skipped' },
  warnings: { vi: 'Lưu ý', en: 'Warnings' },
  reason: { vi: 'Lý do', en: 'Reason' },
  line: { vi: 'Dòng', en: 'Line' },
  column: { vi: 'Cột', en: 'Column' },
  value: { vi: 'Giá trị', en: 'Value' },
  code: { vi: 'Mã hồ sơ', en: 'Code' },
  differences: { vi: 'Khác nhau ở', en: 'Differs in' },
  winner: { vi: 'Bản ghi được dùng', en: 'Record used' },
  filled: { vi: 'Thông tin lấy từ bản ghi khác (mã hồ sơ)', en: 'Blanks filled from another record (code)' },
  filledPart: { vi: 'Thông tin', en: 'What' },
  filledFrom: { vi: 'Lấy từ (tệp: dòng)', en: 'Taken from (file: line)' },
  missingColumns: { vi: 'không tìm thấy cột bắt buộc', en: 'required columns not found' },
} satisfies Record<string, Texts>;

const s = (v: string): TypedCell => ({ t: 's', v });
const n = (v: number): TypedCell => ({ t: 'n', v });

function mappingText(columns: Partial<Record<ColumnKey, string>>, lang: Lang): string {
  return (Object.entries(columns) as [ColumnKey, string][]).map(([key, header]) => `${COLUMN_KEY_LABEL[key][lang]} ← "${header}"`).join('; ');
}

/** Column widths of the summary sheet, in characters. */
export const SUMMARY_WIDTHS = [40, 14, 60, 24, 24, 20];

export function summaryRows(result: BuildResult, lang: Lang): TypedCell[][] {
  const t = (key: keyof typeof SUMMARY_TEXT) => SUMMARY_TEXT[key][lang];
  const summary = result.summary;
  const rows: TypedCell[][] = [[s(t('title'))], [s(t('period')), s(`${formatDay(result.period.from)} – ${formatDay(result.period.to)}`)], []];
  rows.push([s(t('source')), s(t('rowsRead')), s(t('mapping'))]);
  for (const source of summary.sources) {
    const mapping = source.mapping
      ? mappingText(source.mapping.headers, lang)
      : `${t('missingColumns')}: ${(source.problem?.missing ?? []).map((key) => COLUMN_KEY_LABEL[key][lang]).join(', ')}`;
    rows.push([s(source.source), n(source.rowsRead), s(mapping)]);
    for (const line of describeCodeColumns(source.codes ?? [], lang)) rows.push([s(''), null, s(line)]);
  }
  rows.push([]);
  rows.push([s(t('dossiers')), n(summary.dossiers)]);
  rows.push([s(t('duplicates')), n(summary.duplicatesMerged)]);
  rows.push([s(t('conflicts')), n(summary.conflicts.length)]);
  rows.push([s(t('counted')), n(summary.counted)]);
  rows.push([s(t('outside')), n(summary.outsidePeriod)]);
  rows.push([s(t('skipped')), n(summary.skipped.length)]);
  rows.push([]);
  if (summary.skipped.length > 0) {
    rows.push([s(t('skipped')), s(t('line')), s(t('reason')), s(t('column')), s(t('value')), s(t('code'))]);
    for (const row of summary.skipped) {
      rows.push([s(row.source), n(row.line), s(SKIP_REASON[row.reason][lang]), s(row.column ?? ''), s(row.value ?? ''), s(row.code ?? '')]);
    }
    rows.push([]);
  }
  if (summary.conflicts.length > 0) {
    rows.push([s(t('conflicts')), s(t('winner')), s(t('differences'))]);
    for (const conflict of summary.conflicts) {
      const others = conflict.others.map((o) => `${o.source}: ${o.line} (${statusLabel(o.status, lang)})`).join('; ');
      rows.push([
        s(conflict.code),
        s(`${conflict.winner.source}: ${conflict.winner.line} (${statusLabel(conflict.winner.status, lang)})`),
        s(describeDifferences(conflict.differences, lang)),
        s(others),
      ]);
    }
    rows.push([]);
  }
  if (summary.filled.length > 0) {
    rows.push([s(t('filled')), s(t('filledPart')), s(t('filledFrom'))]);
    for (const fill of summary.filled) rows.push([s(fill.code), s(FILLABLE_LABEL[fill.part][lang]), s(`${fill.from.source}: ${fill.from.line}`)]);
    rows.push([]);
  }
  if (summary.warnings.length > 0) {
    rows.push([s(t('warnings'))]);
    for (const warning of summary.warnings) rows.push([s(describeWarning(warning, lang))]);
  }
  return rows;
}
