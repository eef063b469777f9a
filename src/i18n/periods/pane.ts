// The pane's words for periods: the "Kỳ trước" picker (Kiểm tra, Báo cáo) and the carry-over
// section under the findings (the "Cộng dồn" panel's are in cumulate-pane.ts).
import type { Lang } from '../../core/types';

export interface PeriodPaneTexts {
  previousLabel: string;
  noPrevious: string;
  otherFile: string;
  sheetOption: (sheet: string) => string;
  fileOption: (file: string, sheet: string) => string;
  reading: string;
  noTableInFile: (file: string) => string;
  noTableOnSheet: (sheet: string, reason: string) => string;
  readFailed: (detail: string) => string;
  sectionTitle: string;
  previousTable: (where: string, period: string) => string;
  previousVerdict: (verdict: string) => string;
  comparedWith: (where: string, period: string) => string;
  goToCell: (cell: string) => string;
  severity: Record<'error' | 'warning', string>;
  notCompared: (lines: string) => string;
  carryOverBroken: (errors: number) => string;
  previousNotValid: (verdict: string) => string;
}

export const periodPaneTexts: Record<Lang, PeriodPaneTexts> = {
  vi: {
    previousLabel: 'Kỳ trước',
    noPrevious: 'Không đối chiếu',
    otherFile: 'Tệp khác…',
    sheetOption: (sheet) => `Trang “${sheet}”`,
    fileOption: (file, sheet) => `${file} › ${sheet}`,
    reading: 'Đang đọc bảng kỳ trước…',
    noTableInFile: (file) => `${file}: không có trang tính nào có bảng phụ lục.`,
    noTableOnSheet: (sheet, reason) => `Trang “${sheet}”: ${reason}`,
    readFailed: (detail) => `Không đọc được bảng kỳ trước: ${detail}`,
    sectionTitle: 'Đối chiếu với kỳ trước',
    previousTable: (where, period) => `Kỳ trước: ${where} — ${period}.`,
    previousVerdict: (verdict) => `Bảng kỳ trước: ${verdict}`,
    comparedWith: (where, period) => `So sánh với ${where} — ${period}.`,
    goToCell: (cell) => `Chọn ô ${cell}`,
    severity: { error: 'Lỗi', warning: 'Cảnh báo' },
    notCompared: (lines) => `Không so sánh được (bảng kỳ trước không có số): ${lines}.`,
    previousNotValid: (verdict) => `Lưu ý: bảng kỳ trước chưa hợp lệ (${verdict}) — số so sánh lấy theo bảng như đã ghi.`,
    carryOverBroken: (errors) => `Lưu ý: ${errors} chỗ số chuyển kỳ không khớp với kỳ trước — xem thẻ Kiểm tra, mục Kỳ trước.`,
  },
  en: {
    previousLabel: 'Previous period',
    noPrevious: 'No comparison',
    otherFile: 'Another file…',
    sheetOption: (sheet) => `Sheet “${sheet}”`,
    fileOption: (file, sheet) => `${file} › ${sheet}`,
    reading: 'Reading the previous table…',
    noTableInFile: (file) => `${file}: no sheet holds an annex table.`,
    noTableOnSheet: (sheet, reason) => `Sheet “${sheet}”: ${reason}`,
    readFailed: (detail) => `The previous table cannot be read: ${detail}`,
    sectionTitle: 'Against the previous period',
    previousTable: (where, period) => `Previous period: ${where} — ${period}.`,
    previousVerdict: (verdict) => `Previous table: ${verdict}`,
    comparedWith: (where, period) => `Compared with ${where} — ${period}.`,
    goToCell: (cell) => `Select cell ${cell}`,
    severity: { error: 'Error', warning: 'Warning' },
    notCompared: (lines) => `Not compared (the previous table has no figure): ${lines}.`,
    previousNotValid: (verdict) => `Note: the previous table is not consistent (${verdict}) — the comparison uses it as written.`,
    carryOverBroken: (errors) =>
      `Note: ${errors} carry-over ${errors === 1 ? 'mismatch' : 'mismatches'} with the previous period — see the Check tab, Previous period.`,
  },
};
