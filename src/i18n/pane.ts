// Every string of the Excel task pane and the ribbon commands, Vietnamese first.
import { formatNumber, formatPercent } from '../core/numbers';
import type { Lang, LocalizedText, RuleId } from '../core/types';

export interface PaneTexts {
  productName: string;
  languageLabel: string;
  languageNames: Record<Lang, string>;
  panelsLabel: string;
  validatePanelTitle: string;
  sheetLabel: string;
  activeSheetOption: string;
  validate: string;
  validateAgain: string;
  clearHighlights: string;
  idle: string;
  validating: string;
  reading: (rowsRead: number, rowsTotal: number) => string;
  clearing: string;
  valid: string;
  counts: (errors: number, warnings: number) => string;
  tableWhere: (range: string, sheet: string) => string;
  understanding: {
    title: string;
    source: Record<'numbering-row' | 'header-numbers' | 'header-words', string>;
    identities: string;
    rates: string;
    sections: (count: number) => string;
  };
  highlighted: (cells: number) => string;
  otherTables: (ranges: string[]) => string;
  restoredFixed: (cells: number) => string;
  notesUnsupported: string;
  commentsInstead: string;
  noFillUnsupported: string;
  notesKept: (cells: number) => string;
  cleared: (cells: number) => string;
  nothingToClear: string;
  leftAsRecoloured: (cells: number) => string;
  ruleTitles: Record<RuleId, string>;
  cellLabel: (address: string) => string;
  culprit: string;
  alsoInvolves: (addresses: string) => string;
  expectedFound: (expected: string, found: string) => string;
  severity: { error: string; warning: string };
  goToCell: (address: string) => string;
  noOffice: string;
  excelFailed: (message: string) => string;
  selectFailed: (address: string, message: string) => string;
  noteHeading: string;
}

const vi: PaneTexts = {
  productName: 'Báo cáo TTHC',
  languageLabel: 'Ngôn ngữ',
  languageNames: { vi: 'Tiếng Việt', en: 'English' },
  panelsLabel: 'Chức năng',
  validatePanelTitle: 'Kiểm tra',
  sheetLabel: 'Trang tính',
  activeSheetOption: 'Trang tính đang mở',
  validate: 'Kiểm tra báo cáo',
  validateAgain: 'Kiểm tra lại',
  clearHighlights: 'Xoá đánh dấu',
  idle: 'Chưa kiểm tra. Bấm “Kiểm tra báo cáo” để tìm bảng phụ lục trên trang tính và kiểm tra mọi tổng và tỷ lệ.',
  validating: 'Đang kiểm tra…',
  reading: (done, total) => `Đang đọc trang tính: ${formatNumber(done, 'vi')}/${formatNumber(total, 'vi')} dòng…`,
  clearing: 'Đang xoá đánh dấu…',
  valid: 'Bảng hợp lệ',
  counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
  tableWhere: (range, sheet) => `Bảng ${range} · trang tính “${sheet}”`,
  understanding: {
    title: 'Cách đọc bảng',
    source: {
      'numbering-row': 'Công thức lấy từ dòng đánh số cột của bảng.',
      'header-numbers': 'Công thức lấy từ số cột ghi trong tiêu đề.',
      'header-words': 'Công thức suy ra từ tiêu đề cột (nhóm tiếp nhận, đã giải quyết, đang giải quyết).',
    },
    identities: 'Các phép cộng được kiểm tra:',
    rates: 'Các tỷ lệ được kiểm tra:',
    sections: (count) => `${formatNumber(count, 'vi')} mục (có dòng cộng riêng được kiểm tra như dòng tổng).`,
  },
  otherTables: (ranges) => `Trang tính còn bảng phụ lục khác (${ranges.join(', ')}) chưa được kiểm tra: hãy tách mỗi bảng ra một trang tính.`,
  highlighted: (cells) => `Đã tô màu ${formatNumber(cells, 'vi')} ô trên trang tính (giá trị không bị thay đổi).`,
  restoredFixed: (cells) => `${formatNumber(cells, 'vi')} ô đã đúng được trả lại định dạng ban đầu.`,
  notesUnsupported: 'Phiên bản Excel này chưa có ghi chú hay chú thích ô (cần ExcelApi 1.10): lý do chỉ hiện trong bảng này.',
  commentsInstead: 'Phiên bản Excel này chưa có ghi chú ô (cần ExcelApi 1.18): lý do được ghi vào chú thích (comment) của ô.',
  noFillUnsupported: 'Phiên bản Excel này không phân biệt ô nền trắng với ô không tô (cần ExcelApi 1.9): khi xoá đánh dấu, ô nền trắng sẽ thành không tô.',
  notesKept: (cells) => `${formatNumber(cells, 'vi')} ô đã có ghi chú hoặc chú thích của bạn nên được giữ nguyên; lý do chỉ hiện ở đây.`,
  cleared: (cells) => `Đã xoá đánh dấu ở ${formatNumber(cells, 'vi')} ô; định dạng ban đầu đã được trả lại.`,
  nothingToClear: 'Không có ô nào đang được đánh dấu.',
  leftAsRecoloured: (cells) => `${formatNumber(cells, 'vi')} ô bạn đã đổi màu (hoặc hoàn tác) nên được giữ nguyên.`,
  ruleTitles: {
    'row-sum': 'Tổng theo dòng',
    'cross-sum': 'Tiếp nhận = Đã giải quyết + Đang giải quyết',
    'column-total': 'Dòng Tổng cộng',
    rate: 'Tỷ lệ',
    'bad-value': 'Giá trị không hợp lệ',
    'text-number': 'Số lưu dạng văn bản',
    'constant-total': 'Tổng gõ tay (không phải công thức)',
    'no-cached-value': 'Công thức chưa có kết quả',
    'sum-range': 'Vùng cộng của công thức bỏ sót dòng',
    'missing-rate': 'Thiếu tỷ lệ',
    'rate-not-checked': 'Tỷ lệ không kiểm tra được',
    'unread-row': 'Dòng không đọc được',
    'ambiguous-total': 'Dòng tổng cần xác nhận',
  },
  cellLabel: (address) => `Ô ${address}`,
  culprit: 'ô sai',
  alsoInvolves: (addresses) => `Liên quan: ${addresses}`,
  expectedFound: (expected, found) => `Đúng ra ${expected} · đang ghi ${found}`,
  severity: { error: 'Lỗi', warning: 'Cảnh báo' },
  goToCell: (address) => `Chọn ô ${address} trên trang tính`,
  noOffice: 'Hãy mở tiện ích này trong Excel (thẻ “Báo cáo TTHC” trên dải băng).',
  excelFailed: (message) => `Excel báo lỗi, chưa kiểm tra được: ${message}`,
  selectFailed: (address, message) => `Không chọn được ô ${address}: ${message}`,
  noteHeading: 'Báo cáo TTHC – kiểm tra:',
};

const en: PaneTexts = {
  productName: 'TTHC report',
  languageLabel: 'Language',
  languageNames: { vi: 'Tiếng Việt', en: 'English' },
  panelsLabel: 'Features',
  validatePanelTitle: 'Validate',
  sheetLabel: 'Sheet',
  activeSheetOption: 'Active sheet',
  validate: 'Validate report',
  validateAgain: 'Validate again',
  clearHighlights: 'Clear highlights',
  idle: 'Not validated yet. Press “Validate report” to find the annex table on the sheet and check every sum and rate.',
  validating: 'Validating…',
  reading: (done, total) => `Reading the sheet: ${formatNumber(done, 'en')}/${formatNumber(total, 'en')} rows…`,
  clearing: 'Clearing highlights…',
  valid: 'The table is consistent',
  counts: (errors, warnings) => `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  tableWhere: (range, sheet) => `Table ${range} · sheet “${sheet}”`,
  understanding: {
    title: 'How the table was read',
    source: {
      'numbering-row': 'Identities taken from the table’s numbering row.',
      'header-numbers': 'Identities taken from the column numbers written in the header.',
      'header-words': 'Identities derived from the header words (received, resolved and pending groups).',
    },
    identities: 'Sums checked:',
    rates: 'Rates checked:',
    sections: (count) => `${formatNumber(count, 'en')} section${count === 1 ? '' : 's'} (subtotals checked like totals).`,
  },
  otherTables: (ranges) => `The sheet holds another annex table (${ranges.join(', ')}) that was not checked: put each table on its own sheet.`,
  highlighted: (cells) => `Coloured ${formatNumber(cells, 'en')} ${cells === 1 ? 'cell' : 'cells'} on the sheet (no value changed).`,
  restoredFixed: (cells) => `${formatNumber(cells, 'en')} ${cells === 1 ? 'cell that is' : 'cells that are'} now right got the original formatting back.`,
  notesUnsupported: 'This Excel has neither cell notes nor comments (needs ExcelApi 1.10): the reasons are shown in this pane only.',
  commentsInstead: 'This Excel has no cell notes (needs ExcelApi 1.18): the reasons are written as cell comments.',
  noFillUnsupported: 'This Excel cannot tell a white fill from No Fill (needs ExcelApi 1.9): clearing gives white cells No Fill.',
  notesKept: (cells) =>
    `${formatNumber(cells, 'en')} ${cells === 1 ? 'cell already has' : 'cells already have'} your note or comment, kept as is; the reason is shown here only.`,
  cleared: (cells) => `Cleared the highlights of ${formatNumber(cells, 'en')} ${cells === 1 ? 'cell' : 'cells'}; the original formatting is back.`,
  nothingToClear: 'No cell is highlighted.',
  leftAsRecoloured: (cells) =>
    `${formatNumber(cells, 'en')} ${cells === 1 ? 'cell' : 'cells'} you recoloured (or undid) since ${cells === 1 ? 'was' : 'were'} left as is.`,
  ruleTitles: {
    'row-sum': 'Row sums',
    'cross-sum': 'Received = resolved + pending',
    'column-total': 'Totals row',
    rate: 'Rates',
    'bad-value': 'Invalid values',
    'text-number': 'Numbers stored as text',
    'constant-total': 'Totals typed in (not formulas)',
    'no-cached-value': 'Formulas without a result',
    'sum-range': 'Total formulas that miss rows',
    'missing-rate': 'Missing rates',
    'rate-not-checked': 'Rates that could not be checked',
    'unread-row': 'Rows that could not be read',
    'ambiguous-total': 'Totals rows to confirm',
  },
  cellLabel: (address) => `Cell ${address}`,
  culprit: 'wrong cell',
  alsoInvolves: (addresses) => `Involves: ${addresses}`,
  expectedFound: (expected, found) => `Expected ${expected} · found ${found}`,
  severity: { error: 'Error', warning: 'Warning' },
  goToCell: (address) => `Select cell ${address} on the sheet`,
  noOffice: 'Open this add-in in Excel (the “TTHC report” tab on the ribbon).',
  excelFailed: (message) => `Excel reported an error, nothing was checked: ${message}`,
  selectFailed: (address, message) => `Could not select cell ${address}: ${message}`,
  noteHeading: 'TTHC report check:',
};

export const paneTexts: Record<Lang, PaneTexts> = { vi, en };

/** Rule order in the pane: the sums first, then the totals, the rates, then data problems. */
export const RULE_ORDER: RuleId[] = [
  'row-sum',
  'cross-sum',
  'column-total',
  'rate',
  'missing-rate',
  'bad-value',
  'text-number',
  'constant-total',
  'no-cached-value',
  'sum-range',
  'rate-not-checked',
  'unread-row',
  'ambiguous-total',
];

/** The note written into a highlighted cell. */
export function noteText(reasons: readonly LocalizedText[], lang: Lang): string {
  const lines = reasons.map((r) => `• ${r[lang]}`);
  return [paneTexts[lang].noteHeading, ...lines].join('\n');
}

/** A finding's expected/actual figure: rates as percents, counts as counts, Vietnamese-style in vi. */
export function formatFigure(value: number, isRate: boolean, lang: Lang): string {
  return isRate ? formatPercent(value, lang) : formatNumber(value, lang);
}

/** Office's display language ("vi-VN", "en-US") → pane language; Vietnamese unless clearly another. */
export function languageFromLocale(locale: string | undefined | null): Lang {
  if (!locale) return 'vi';
  return /^vi\b/i.test(locale) ? 'vi' : 'en';
}
