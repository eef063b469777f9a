// The words of the standalone page (tthc-report.html): the file bar, the sheet view and the
// annotated copy. The panels beside the sheet speak through src/i18n/pane.ts as in the add-in.
import type { Lang } from '../core/types';
import type { WorkbookFormat } from '../workbook/types';
import { formatNumber } from '../shared/numbers';
import { FORMAT_NAME } from './cli';
import { paneTexts, type PaneTexts } from './pane';

export interface StandaloneTexts {
  pageTitle: string;
  intro: string;
  privacy: string;
  chooseFile: string;
  dropHint: string;
  dropHere: string;
  reading: (file: string) => string;
  opened: (file: string, format: WorkbookFormat, sheets: number) => string;
  sheetTabsLabel: string;
  hiddenSheet: string;
  builtSheet: string;
  gridLabel: (sheet: string) => string;
  emptySheet: string;
  emptyPage: string;
  rowsCut: (shown: number, total: number) => string;
  cellBarEmpty: string;
  formulaLabel: string;
  noteLabel: string;
  downloadAnnotated: string;
  downloadAnnotatedHint: string;
  annotatedNeedsValidation: string;
  annotatedNeedsXlsx: (format: WorkbookFormat) => string;
  annotatedReady: (file: string, cells: number) => string;
  annotatedFailed: (message: string) => string;
  noFile: string;
  noSuchSheet: (sheet: string) => string;
  builtDownloaded: (file: string, sheets: string[]) => string;
  downloadBlocked: string;
}

const vi: StandaloneTexts = {
  pageTitle: 'Kiểm tra phụ lục TTHC',
  intro: 'Chọn hoặc kéo thả tệp phụ lục (.xlsx, .xls, .ods, .et). Trang kiểm tra các tổng, tỷ lệ, tô các ô sai và viết phần số liệu của báo cáo.',
  privacy: 'Không cần cài đặt, không cần mạng: tệp chỉ được đọc trên máy này, không gửi đi đâu.',
  chooseFile: 'Chọn tệp…',
  dropHint: 'hoặc kéo thả tệp vào đây',
  dropHere: 'Thả tệp để mở',
  reading: (file) => `Đang đọc ${file}…`,
  opened: (file, format, sheets) => `${file} — đọc dạng ${FORMAT_NAME[format].vi}, ${formatNumber(sheets, 'vi')} trang tính.`,
  sheetTabsLabel: 'Trang tính',
  hiddenSheet: '(ẩn)',
  builtSheet: '(vừa lập)',
  gridLabel: (sheet) => `Trang tính “${sheet}”`,
  emptySheet: 'Trang tính này trống.',
  emptyPage: 'Kéo thả tệp phụ lục vào đây, hoặc bấm “Chọn tệp…” ở trên.',
  rowsCut: (shown, total) =>
    `Đang hiện ${formatNumber(shown, 'vi')} dòng đầu trong ${formatNumber(total, 'vi')} dòng của trang tính (việc kiểm tra vẫn đọc hết).`,
  cellBarEmpty: 'Bấm vào một ô để xem giá trị, công thức và lý do đánh dấu.',
  formulaLabel: 'Công thức',
  noteLabel: 'Lý do',
  downloadAnnotated: 'Tải bản đã đánh dấu',
  downloadAnnotatedHint:
    'Bản sao của tệp với các ô sai được tô màu, mỗi ô có ghi chú lý do, và trang “Kết quả kiểm tra”; mọi giá trị giữ nguyên. Mở được bằng Excel, WPS, LibreOffice.',
  annotatedNeedsValidation: 'Hãy bấm “Kiểm tra” trước, rồi tải bản đã đánh dấu.',
  annotatedNeedsXlsx: (format) =>
    `Bản đã đánh dấu chỉ làm được từ tệp .xlsx (tệp này là ${FORMAT_NAME[format].vi}). Hãy mở tệp trong Excel, WPS hoặc LibreOffice, lưu thành “Sổ làm việc Excel (*.xlsx)” rồi mở lại ở đây.`,
  annotatedReady: (file, cells) => `Đã tải về ${file}: ${formatNumber(cells, 'vi')} ô được đánh dấu, kèm trang “Kết quả kiểm tra”.`,
  annotatedFailed: (message) => `Chưa tạo được bản đã đánh dấu: ${message}`,
  noFile: 'Chưa mở tệp nào: hãy chọn hoặc kéo thả tệp phụ lục vào trang.',
  noSuchSheet: (sheet) => `Không có trang tính “${sheet}” trong tệp đang mở.`,
  builtDownloaded: (file, sheets) => `Đã tải về ${file}; các trang ${sheets.map((s) => `“${s}”`).join(', ')} cũng hiện ở đây để xem.`,
  downloadBlocked: 'Trình duyệt chặn tải tệp về: hãy cho phép tải xuống cho trang này rồi bấm lại.',
};

const en: StandaloneTexts = {
  pageTitle: 'TTHC annex check',
  intro:
    'Choose or drop the annex file (.xlsx, .xls, .ods, .et). The page checks the totals and rates, marks the wrong cells and writes the figures of the report.',
  privacy: 'No install, no network: the file is read on this computer only and sent nowhere.',
  chooseFile: 'Choose a file…',
  dropHint: 'or drop the file here',
  dropHere: 'Drop the file to open it',
  reading: (file) => `Reading ${file}…`,
  opened: (file, format, sheets) => `${file} — read as ${FORMAT_NAME[format].en}, ${formatNumber(sheets, 'en')} ${sheets === 1 ? 'sheet' : 'sheets'}.`,
  sheetTabsLabel: 'Sheets',
  hiddenSheet: '(hidden)',
  builtSheet: '(just built)',
  gridLabel: (sheet) => `Sheet “${sheet}”`,
  emptySheet: 'This sheet is empty.',
  emptyPage: 'Drop the annex file here, or press “Choose a file…” above.',
  rowsCut: (shown, total) => `Showing the first ${formatNumber(shown, 'en')} of the sheet's ${formatNumber(total, 'en')} rows (the check reads them all).`,
  cellBarEmpty: 'Click a cell to see its value, formula and why it is marked.',
  formulaLabel: 'Formula',
  noteLabel: 'Reason',
  downloadAnnotated: 'Download the marked copy',
  downloadAnnotatedHint:
    'A copy of the file with the wrong cells filled, a note with the reason on each, and a “Kết quả kiểm tra” (results) sheet; no value changed. Opens in Excel, WPS and LibreOffice.',
  annotatedNeedsValidation: 'Press “Validate” first, then download the marked copy.',
  annotatedNeedsXlsx: (format) =>
    `The marked copy can only be made from an .xlsx file (this one is ${FORMAT_NAME[format].en}). Open it in Excel, WPS or LibreOffice, save it as “Excel Workbook (*.xlsx)” and open that here.`,
  annotatedReady: (file, cells) =>
    `Downloaded ${file}: ${formatNumber(cells, 'en')} ${cells === 1 ? 'cell' : 'cells'} marked, with a “Kết quả kiểm tra” sheet.`,
  annotatedFailed: (message) => `The marked copy could not be made: ${message}`,
  noFile: 'No file is open: choose or drop the annex file onto the page.',
  noSuchSheet: (sheet) => `The open file has no sheet “${sheet}”.`,
  builtDownloaded: (file, sheets) => `Downloaded ${file}; the sheets ${sheets.map((s) => `“${s}”`).join(', ')} are shown here too.`,
  downloadBlocked: 'The browser blocked the download: allow downloads for this page and press again.',
};

export const standaloneTexts: Record<Lang, StandaloneTexts> = { vi, en };

/** The pane's words, where they speak of Excel, said of the page instead. */
export const standalonePaneTexts: Record<Lang, PaneTexts> = {
  vi: {
    ...paneTexts.vi,
    excelFailed: (message) => `Chưa kiểm tra được: ${message}`,
    highlighted: (cells) =>
      `Đã đánh dấu ${formatNumber(cells, 'vi')} ô trong bảng bên trái (tô màu hoặc kẻ viền; giá trị không bị thay đổi). Bấm vào ô để xem lý do.`,
  },
  en: {
    ...paneTexts.en,
    excelFailed: (message) => `Nothing was checked: ${message}`,
    highlighted: (cells) =>
      `Marked ${formatNumber(cells, 'en')} ${cells === 1 ? 'cell' : 'cells'} in the sheet on the left (filled or outlined; no value changed). Click a cell to see why.`,
  },
};
