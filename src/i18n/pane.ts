// Every string of the Excel task pane and the ribbon commands, Vietnamese first.
import { formatNumber, formatPercent } from '../shared/numbers';
import type { Lang, LocalizedText, RowReason } from '../core/types';

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
  tableWhere: (range: string, sheet: string) => string;
  understanding: {
    title: string;
    source: Record<'numbering-row' | 'header-numbers' | 'header-words', string>;
    identities: string;
    rates: string;
    sections: (count: number) => string;
    rows: string;
    /** "Dòng 5–16" */
    rowRange: (first: number, last: number) => string;
    rowReasons: Record<RowReason, string>;
  };
  cardSections: Record<'culprit' | 'undecided' | 'error' | 'unchecked' | 'warning', string>;
  /** The head of a card without a culprit: its candidate cells. */
  cellsLabel: (cells: string[]) => string;
  undecidedTag: string;
  cardDetails: (count: number) => string;
  chooseTotal: string;
  chooseField: string;
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
    rows: 'Các dòng của bảng:',
    rowRange: (first, last) => (first === last ? `Dòng ${first}` : `Dòng ${first}–${last}`),
    rowReasons: {
      numbered: 'lĩnh vực (có số thứ tự)',
      'sub-numbered': 'lĩnh vực con (số thứ tự kiểu 1.1)',
      named: 'lĩnh vực (có tên)',
      'added-in-total': 'lĩnh vực không tên, được dòng tổng cộng vào',
      'sum-of-others': 'lĩnh vực có số liệu bằng tổng các lĩnh vực khác (cần xác nhận)',
      'clerk-field': 'lĩnh vực (theo bạn chọn)',
      'total-label': 'dòng tổng (ghi là dòng tổng)',
      'sum-of-rows': 'dòng tổng (số liệu bằng tổng các dòng khác, cần xác nhận)',
      'clerk-total': 'dòng tổng (theo bạn chọn)',
      'subtotal-label': 'dòng cộng của mục',
      'section-marker': 'mục (I, II, A, B…)',
      'numbered-group': 'nhóm có các dòng 1.1, 1.2… bên dưới',
      'sum-of-group': 'nhóm (số liệu bằng tổng các dòng bên dưới)',
      'rates-label': 'dòng tỷ lệ',
      breakdown: 'dòng chi tiết “Trong đó”, không cộng vào tổng',
      'text-only': 'ghi chú, không có số liệu',
      empty: 'dòng trống',
      'after-totals': 'có số liệu nhưng nằm dưới dòng tổng: chưa đọc được',
      'no-label': 'có số liệu nhưng không có tên: chưa đọc được',
      'extra-rates': 'dòng tỷ lệ thứ hai: không kiểm tra',
    },
  },
  cardSections: {
    culprit: 'Ô nhiều khả năng sai',
    undecided: 'Không khớp, chưa chỉ ra được ô sai',
    error: 'Lỗi khác',
    unchecked: 'Cần xác nhận hoặc chưa kiểm tra được',
    warning: 'Cảnh báo',
  },
  cellsLabel: (cells) => `Ô ${cells.length > 4 ? `${cells.slice(0, 4).join(', ')}…` : cells.join(', ')}`,
  undecidedTag: 'chưa rõ ô nào',
  cardDetails: (count) => `${formatNumber(count, 'vi')} phép kiểm tra liên quan`,
  chooseTotal: 'Đây là dòng tổng cộng',
  chooseField: 'Đây là một lĩnh vực',
  otherTables: (ranges) => `Trang tính còn bảng phụ lục khác (${ranges.join(', ')}) chưa được kiểm tra: hãy tách mỗi bảng ra một trang tính.`,
  highlighted: (cells) => `Đã đánh dấu ${formatNumber(cells, 'vi')} ô trên trang tính (tô màu hoặc kẻ viền; giá trị không bị thay đổi).`,
  restoredFixed: (cells) => `${formatNumber(cells, 'vi')} ô đã đúng được trả lại định dạng ban đầu.`,
  notesUnsupported: 'Phiên bản Excel này chưa có ghi chú hay chú thích ô (cần ExcelApi 1.10): lý do chỉ hiện trong bảng này.',
  commentsInstead: 'Phiên bản Excel này chưa có ghi chú ô (cần ExcelApi 1.18): lý do được ghi vào chú thích (comment) của ô.',
  noFillUnsupported: 'Phiên bản Excel này không phân biệt ô nền trắng với ô không tô (cần ExcelApi 1.9): khi xoá đánh dấu, ô nền trắng sẽ thành không tô.',
  notesKept: (cells) => `${formatNumber(cells, 'vi')} ô đã có ghi chú hoặc chú thích của bạn nên được giữ nguyên; lý do chỉ hiện ở đây.`,
  cleared: (cells) => `Đã xoá đánh dấu ở ${formatNumber(cells, 'vi')} ô; định dạng ban đầu đã được trả lại.`,
  nothingToClear: 'Không có ô nào đang được đánh dấu.',
  leftAsRecoloured: (cells) => `${formatNumber(cells, 'vi')} ô bạn đã đổi màu (hoặc hoàn tác) nên được giữ nguyên.`,
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
    rows: 'The table’s rows:',
    rowRange: (first, last) => (first === last ? `Row ${first}` : `Rows ${first}–${last}`),
    rowReasons: {
      numbered: 'fields (numbered)',
      'sub-numbered': 'sub-fields (numbered like 1.1)',
      named: 'fields (named)',
      'added-in-total': 'a field without a name that the totals add up',
      'sum-of-others': 'a field whose counts are the sum of the other fields (to confirm)',
      'clerk-field': 'a field (as you chose)',
      'total-label': 'totals (labelled as such)',
      'sum-of-rows': 'totals (its counts are the sums of the other rows; to confirm)',
      'clerk-total': 'totals (as you chose)',
      'subtotal-label': 'a section’s subtotal',
      'section-marker': 'a section (I, II, A, B…)',
      'numbered-group': 'a group with rows 1.1, 1.2… under it',
      'sum-of-group': 'a group (its counts are the sum of the rows under it)',
      'rates-label': 'rates',
      breakdown: 'a “Trong đó” breakdown, not added into the totals',
      'text-only': 'a note without numbers',
      empty: 'blank',
      'after-totals': 'numbers under the totals row: not read',
      'no-label': 'numbers without a name: not read',
      'extra-rates': 'a second rates row: not checked',
    },
  },
  cardSections: {
    culprit: 'Cells most likely wrong',
    undecided: 'Mismatches whose wrong cell cannot be named',
    error: 'Other errors',
    unchecked: 'To confirm, or not checked',
    warning: 'Warnings',
  },
  cellsLabel: (cells) => `${cells.length === 1 ? 'Cell' : 'Cells'} ${cells.length > 4 ? `${cells.slice(0, 4).join(', ')}…` : cells.join(', ')}`,
  undecidedTag: 'which cell is unclear',
  cardDetails: (count) => `${formatNumber(count, 'en')} related ${count === 1 ? 'check' : 'checks'}`,
  chooseTotal: 'This is the totals row',
  chooseField: 'This is a field',
  otherTables: (ranges) => `The sheet holds another annex table (${ranges.join(', ')}) that was not checked: put each table on its own sheet.`,
  highlighted: (cells) => `Marked ${formatNumber(cells, 'en')} ${cells === 1 ? 'cell' : 'cells'} on the sheet (filled or outlined; no value changed).`,
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
