// The task pane's "Báo cáo" (narrative) panel.
import type { Lang } from '../../core/types';

/** The task pane's "Báo cáo" (narrative) panel. */
export interface NarrativePaneTexts {
  title: string;
  intro: string;
  periodLabel: string;
  periodFromSheet: string;
  periodFromSheetNamed: (period: string) => string;
  periodNames: Record<'Q1' | 'Q2' | 'Q3' | 'Q4' | '6M' | '9M' | 'Y', string>;
  yearLabel: string;
  fromLabel: string;
  toLabel: string;
  datePlaceholder: string;
  unitLabel: string;
  unitPlaceholder: string;
  includeAnnex: string;
  write: string;
  rewrite: string;
  reading: string;
  readFailed: (message: string) => string;
  noTable: (reason: string) => string;
  idle: string;
  source: (sheet: string, range: string) => string;
  fromTitles: (period: string) => string;
  fromCalendar: string;
  /** A period contradicting the title: why nothing is written yet, and the ways on. */
  conflictHold: string;
  conflictTitleOnly: string;
  useTitle: string;
  forceWrite: string;
  forcedNote: (period: string) => string;
  /** How the inputs are named in a contradiction: "kỳ đã chọn “6 tháng đầu năm”". */
  kindInput: (value: string) => string;
  yearInput: (value: string) => string;
  fromInput: (value: string) => string;
  toInput: (value: string) => string;
  /** The table is not valid: the verdict line, then what it means for the text. */
  tableNotValid: (verdict: string) => string;
  blanksToFill: (count: number) => string;
  omitted: (lines: string) => string;
  totalsFromFields: string;
  badYear: string;
  badDate: (label: string) => string;
  dateNeedsYear: (label: string) => string;
  previewLabel: string;
  copy: string;
  copied: (paragraphs: number, withAnnex: boolean) => string;
  copiedNotValid: string;
  copyFailed: string;
  downloadDocx: string;
  building: string;
  downloaded: (file: string) => string;
  downloadMac: (file: string) => string;
  downloadFailed: (message: string) => string;
  reconcileTitle: string;
  reconcileLabel: string;
  reconcile: string;
  reconcileNeedsTable: string;
  reconcileEmpty: string;
  reconcileFailed: (message: string) => string;
  lineLabel: (line: number) => string;
}

export const narrativePaneTexts: Record<Lang, NarrativePaneTexts> = {
  vi: {
    title: 'Báo cáo',
    intro: 'Viết mục 2 phần I của báo cáo (kết quả tiếp nhận và giải quyết TTHC) từ bảng phụ lục, rồi đưa vào Word.',
    periodLabel: 'Kỳ báo cáo',
    periodFromSheet: 'Theo tiêu đề trang tính',
    periodFromSheetNamed: (period) => `Theo tiêu đề trang tính (${period})`,
    periodNames: { Q1: 'Quý I', Q2: 'Quý II', Q3: 'Quý III', Q4: 'Quý IV', '6M': '6 tháng đầu năm', '9M': '9 tháng', Y: 'Cả năm' },
    yearLabel: 'Năm',
    fromLabel: 'Từ ngày',
    toLabel: 'Đến ngày',
    datePlaceholder: 'ngày/tháng/năm',
    unitLabel: 'Đơn vị',
    unitPlaceholder: 'ví dụ: xã An Phú',
    includeAnnex: 'Kèm bảng phụ lục',
    write: 'Viết từ trang tính',
    rewrite: 'Đọc lại trang tính',
    reading: 'Đang đọc trang tính…',
    readFailed: (message) => `Không đọc được trang tính: ${message}`,
    noTable: (reason) => `Chưa viết được đoạn văn: ${reason}`,
    idle: 'Bấm “Viết từ trang tính” để đọc bảng phụ lục trên trang tính đang mở.',
    source: (sheet, range) => `Số liệu từ bảng ${range}, trang “${sheet}”.`,
    fromTitles: (period) => `Kỳ báo cáo theo tiêu đề trang tính: ${period}.`,
    fromCalendar: 'Ngày đầu, ngày cuối kỳ theo lịch báo cáo của Nghị định 09/2019/NĐ-CP.',
    conflictHold: 'Số liệu của bảng là của kỳ ghi ở tiêu đề, nên chưa viết đoạn văn.',
    conflictTitleOnly: 'Chưa viết đoạn văn. Sửa tiêu đề trang tính rồi bấm “Đọc lại trang tính”, hoặc chọn kỳ đúng ở trên.',
    useTitle: 'Viết theo tiêu đề trang tính',
    forceWrite: 'Vẫn viết theo kỳ đã chọn',
    forcedNote: (period) => `Đã viết theo kỳ đã chọn, dù khác với tiêu đề trang tính: ${period}.`,
    kindInput: (value) => `kỳ đã chọn “${value}”`,
    yearInput: (value) => `năm đã nhập ${value}`,
    fromInput: (value) => `“Từ ngày” ${value}`,
    toInput: (value) => `“Đến ngày” ${value}`,
    tableNotValid: (verdict) =>
      `Bảng phụ lục chưa hợp lệ — ${verdict} Các đoạn văn dưới đây có thể mang số liệu sai. Nên sửa bảng (thẻ Kiểm tra) trước khi sao chép.`,
    blanksToFill: (count) => `${count} chỗ đánh dấu […] phụ lục không có số liệu: điền tay trong Word.`,
    omitted: (lines) => `Bảng không có cột cho: ${lines} — các dòng này được bỏ qua.`,
    totalsFromFields: 'Bảng không có dòng “Tổng cộng”: số tổng là tổng các dòng lĩnh vực.',
    badYear: 'Năm cần 4 chữ số, ví dụ 2026.',
    badDate: (label) => `${label}: cần ngày hợp lệ dạng ngày/tháng/năm, ví dụ 15/3/2026.`,
    dateNeedsYear: (label) => `${label}: thiếu năm, và tiêu đề trang tính cũng không ghi năm — viết ngày/tháng/năm, ví dụ 30/6/2026, hoặc nhập năm.`,
    previewLabel: 'Đoạn văn sẽ sao chép',
    copy: 'Sao chép sang Word',
    copied: (paragraphs, withAnnex) => `Đã sao chép ${paragraphs} đoạn${withAnnex ? ' và bảng phụ lục' : ''}. Mở Word và dán (Ctrl+V, trên máy Mac ⌘V).`,
    copiedNotValid: 'Lưu ý: bảng chưa hợp lệ, số liệu đã sao chép có thể sai.',
    copyFailed: 'Excel không cho sao chép tự động. Hãy bôi đen đoạn văn trong khung xem trước rồi nhấn Ctrl+C (⌘C).',
    downloadDocx: 'Tải tệp .docx',
    building: 'Đang tạo tệp Word…',
    downloaded: (file) => `Đã tạo ${file}: xem thư mục Tải xuống.`,
    downloadMac: (file) => `Đã tạo ${file}. Excel trên máy Mac thường không tải được tệp từ ô tác vụ; nếu không thấy tệp, hãy dùng “Sao chép sang Word”.`,
    downloadFailed: (message) => `Không tạo được tệp Word (${message}). Hãy dùng “Sao chép sang Word”.`,
    reconcileTitle: 'Đối chiếu báo cáo đã viết',
    reconcileLabel: 'Dán mục 2 (hoặc cả báo cáo) vào đây để đối chiếu từng số liệu với bảng',
    reconcile: 'Đối chiếu',
    reconcileNeedsTable: 'Cần đọc bảng phụ lục trước: bấm “Viết từ trang tính”.',
    reconcileEmpty: 'Chưa có văn bản để đối chiếu.',
    reconcileFailed: (message) => `Không tải được phần đối chiếu (${message}). Hãy mở lại ngăn tác vụ rồi thử lại.`,
    lineLabel: (line) => `Dòng ${line}`,
  },
  en: {
    title: 'Report',
    intro: 'Writes section I.2 of the report (dossiers received and resolved) from the annex table, and takes it into Word.',
    periodLabel: 'Reporting period',
    periodFromSheet: 'From the sheet’s titles',
    periodFromSheetNamed: (period) => `From the sheet’s titles (${period})`,
    periodNames: { Q1: 'Quarter I', Q2: 'Quarter II', Q3: 'Quarter III', Q4: 'Quarter IV', '6M': 'First 6 months', '9M': '9 months', Y: 'Whole year' },
    yearLabel: 'Year',
    fromLabel: 'From',
    toLabel: 'To',
    datePlaceholder: 'day/month/year',
    unitLabel: 'Unit',
    unitPlaceholder: 'e.g. xã An Phú',
    includeAnnex: 'Include the annex table',
    write: 'Write from the sheet',
    rewrite: 'Read the sheet again',
    reading: 'Reading the sheet…',
    readFailed: (message) => `Cannot read the sheet: ${message}`,
    noTable: (reason) => `No paragraphs yet: ${reason}`,
    idle: 'Press “Write from the sheet” to read the annex table on the open sheet.',
    source: (sheet, range) => `Figures from table ${range} on sheet “${sheet}”.`,
    fromTitles: (period) => `Reporting period from the sheet’s titles: ${period}.`,
    fromCalendar: 'Start and end dates from the reporting calendar of Decree 09/2019/NĐ-CP.',
    conflictHold: 'The table’s figures are those of the period in its title, so nothing is written yet.',
    conflictTitleOnly: 'Nothing written yet. Fix the sheet’s title and press “Read the sheet again”, or choose the right period above.',
    useTitle: 'Write the title’s period',
    forceWrite: 'Write the chosen period anyway',
    forcedNote: (period) => `Written for the chosen period, although the sheet’s title says otherwise: ${period}.`,
    kindInput: (value) => `the chosen period “${value}”`,
    yearInput: (value) => `the year typed, ${value},`,
    fromInput: (value) => `“From” ${value}`,
    toInput: (value) => `“To” ${value}`,
    tableNotValid: (verdict) =>
      `The annex table is not consistent yet — ${verdict} The paragraphs below may carry wrong figures. Fix the table (Validate tab) before copying.`,
    blanksToFill: (count) => `${count} […] mark${count === 1 ? '' : 's'}: figures the annex does not hold, to fill in Word.`,
    omitted: (lines) => `The table has no column for: ${lines} — these lines are left out.`,
    totalsFromFields: 'The table has no “Tổng cộng” (totals) row: the totals are the sums of the field rows.',
    badYear: 'The year needs 4 digits, e.g. 2026.',
    badDate: (label) => `${label}: give a valid date as day/month/year, e.g. 15/3/2026.`,
    dateNeedsYear: (label) => `${label}: no year, nor does the sheet’s title give one — write day/month/year, e.g. 30/6/2026, or type the year.`,
    previewLabel: 'Paragraphs to copy',
    copy: 'Copy to Word',
    copied: (paragraphs, withAnnex) => `Copied ${paragraphs} paragraphs${withAnnex ? ' and the annex table' : ''}. Open Word and paste (Ctrl+V, ⌘V on a Mac).`,
    copiedNotValid: 'Note: the table is not consistent yet; the copied figures may be wrong.',
    copyFailed: 'Excel does not allow copying automatically. Select the paragraphs in the preview and press Ctrl+C (⌘C).',
    downloadDocx: 'Download .docx',
    building: 'Building the Word file…',
    downloaded: (file) => `Created ${file}: see your Downloads folder.`,
    downloadMac: (file) => `Created ${file}. Excel on a Mac usually cannot download files from a task pane; if no file appears, use “Copy to Word”.`,
    downloadFailed: (message) => `Cannot build the Word file (${message}). Use “Copy to Word”.`,
    reconcileTitle: 'Check a written report',
    reconcileLabel: 'Paste section I.2 (or the whole report) here to check each figure against the table',
    reconcile: 'Check',
    reconcileNeedsTable: 'Read the annex table first: press “Write from the sheet”.',
    reconcileEmpty: 'No text to check yet.',
    reconcileFailed: (message) => `The check could not be loaded (${message}). Reopen the pane and try again.`,
    lineLabel: (line) => `Line ${line}`,
  },
};
