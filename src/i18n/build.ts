// User-facing strings of the annex build (CLI, workbook sheets, task pane). Vietnamese first.
import type { Lang } from '../core/types';
import type {
  BuildWarning,
  BuildWarningKind,
  Channel,
  ColumnKey,
  Leaf,
  PeriodSpan,
  SkipReason,
  SkippedRow,
  Status,
} from '../core/build/types';

type Texts = Record<Lang, string>;

export const COLUMN_KEY_LABEL: Record<ColumnKey, Texts> = {
  code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  procedure: { vi: 'Thủ tục hành chính', en: 'Procedure' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  channel: { vi: 'Kênh nộp', en: 'Channel' },
  received: { vi: 'Ngày tiếp nhận', en: 'Received on' },
  due: { vi: 'Ngày hẹn trả', en: 'Due on' },
  returned: { vi: 'Ngày trả kết quả', en: 'Returned on' },
  ended: { vi: 'Ngày kết thúc xử lý', en: 'Processing ended on' },
  status: { vi: 'Trạng thái', en: 'Status' },
  supplementRequested: { vi: 'Ngày yêu cầu bổ sung', en: 'Supplement requested on' },
};

/** What two records of one dossier can disagree on (MergeConflict.differences). */
const DIFFERENCE_LABEL: Record<string, Texts> = {
  status: { vi: 'trạng thái', en: 'status' },
  received: { vi: 'ngày tiếp nhận', en: 'receipt date' },
  ended: { vi: 'ngày kết thúc', en: 'end date' },
  due: { vi: 'ngày hẹn trả', en: 'due date' },
  channel: { vi: 'kênh nộp', en: 'channel' },
  field: { vi: 'lĩnh vực', en: 'field' },
};

export function describeDifferences(differences: string[], lang: Lang): string {
  return differences.map((key) => DIFFERENCE_LABEL[key]?.[lang] ?? key).join(', ');
}

export const LEAF_LABEL: Record<Leaf, Texts> = {
  'received.online': { vi: '(4) Tiếp nhận trực tuyến', en: '(4) Received online' },
  'received.direct': { vi: '(5) Tiếp nhận trực tiếp, bưu chính', en: '(5) Received in person or by post' },
  'received.carried': { vi: '(6) Từ kỳ trước', en: '(6) Carried over' },
  'resolved.early': { vi: '(8) Đã giải quyết trước hạn', en: '(8) Resolved early' },
  'resolved.onTime': { vi: '(9) Đã giải quyết đúng hạn', en: '(9) Resolved on time' },
  'resolved.late': { vi: '(10) Đã giải quyết quá hạn', en: '(10) Resolved late' },
  'resolved.rejected': { vi: '(11) Từ chối, không giải quyết', en: '(11) Rejected' },
  'resolved.withdrawn': { vi: '(12) Hồ sơ rút', en: '(12) Withdrawn' },
  'pending.inTime': { vi: '(14) Đang giải quyết trong hạn', en: '(14) Pending, in time' },
  'pending.overdue': { vi: '(15) Đang giải quyết quá hạn', en: '(15) Pending, overdue' },
  'pending.supplement': { vi: '(16) Yêu cầu bổ sung', en: '(16) Awaiting supplement' },
};

export const STATUS_LABEL: Record<Status, Texts> = {
  new: { vi: 'mới tiếp nhận', en: 'new' },
  processing: { vi: 'đang xử lý', en: 'processing' },
  supplement: { vi: 'yêu cầu bổ sung', en: 'awaiting supplement' },
  returned: { vi: 'đã trả kết quả', en: 'returned' },
  rejected: { vi: 'từ chối', en: 'rejected' },
  withdrawn: { vi: 'công dân rút', en: 'withdrawn' },
};

/** A record's status, or "không rõ" when the export does not say. */
export function statusLabel(status: Status | null, lang: Lang): string {
  return status === null ? (lang === 'vi' ? 'không rõ' : 'unknown') : STATUS_LABEL[status][lang];
}

export const CHANNEL_LABEL: Record<Channel, Texts> = {
  online: { vi: 'trực tuyến', en: 'online' },
  direct: { vi: 'trực tiếp, bưu chính', en: 'in person or by post' },
};

export const SKIP_REASON: Record<SkipReason, Texts> = {
  'no-code': { vi: 'không có mã hồ sơ', en: 'no dossier code' },
  'no-received-date': { vi: 'không có ngày tiếp nhận', en: 'no receipt date' },
  'unreadable-date': { vi: 'ngày không đọc được', en: 'unreadable date' },
  'scientific-date': {
    vi: 'ngày ghi dạng số mũ, Excel đã làm mất chữ số khi lưu (định dạng cột là Văn bản rồi xuất lại, hoặc xuất .xlsx)',
    en: 'a date in scientific notation, its digits lost when Excel saved it (format the column as Text and export again, or export .xlsx)',
  },
  'no-end-date': {
    vi: 'đã kết thúc nhưng không có ngày trả kết quả / kết thúc xử lý',
    en: 'ended but no return / end-of-processing date',
  },
  'end-before-received': { vi: 'ngày kết thúc trước ngày tiếp nhận', en: 'end date before receipt date' },
  'not-received': { vi: 'hồ sơ không / chưa được tiếp nhận', en: 'dossier not (yet) received' },
  'number-not-date': {
    vi: 'số nhỏ (số ngày?) không phải là ngày (trước năm 2000)',
    en: 'a small number (a count of days?) is not a date (before 2000)',
  },
};

/** "dvcqg.csv dòng 12: ngày không đọc được (Ngày tiếp nhận = "31/02/2026")". */
export function describeSkipped(row: SkippedRow, lang: Lang): string {
  const where = lang === 'vi' ? `${row.source} dòng ${row.line}` : `${row.source} line ${row.line}`;
  const detail = row.column ? ` (${row.column}${row.value !== undefined ? ` = "${row.value}"` : ''})` : '';
  const code = row.code ? (lang === 'vi' ? `, mã ${row.code}` : `, code ${row.code}`) : '';
  return `${where}: ${SKIP_REASON[row.reason][lang]}${detail}${code}`;
}

const WARNING_TEXT: Record<BuildWarningKind, (w: BuildWarning) => Texts> = {
  'no-due-date': (w) => ({
    vi: `Hồ sơ ${w.code} (${w.source}) không có ngày hẹn trả: tính là đúng hạn / trong hạn`,
    en: `Dossier ${w.code} (${w.source}) has no due date: counted on time / in time`,
  }),
  'channel-assumed': (w) => ({
    vi: `${w.source}: ${w.count} hồ sơ không ghi kênh nộp, tính là ${w.value === 'online' ? 'trực tuyến (4)' : 'trực tiếp, bưu chính (5)'} theo lựa chọn cho tệp này`,
    en: `${w.source}: ${w.count} dossiers without a channel, counted ${w.value === 'online' ? 'online (4)' : 'in person or by post (5)'} as chosen for this file`,
  }),
  'status-from-dates': (w) => ({
    vi: `${w.source}: ${w.count} hồ sơ không ghi trạng thái, xác định theo ngày trả kết quả theo lựa chọn cho tệp này (không tính từ chối, rút, chờ bổ sung)`,
    en: `${w.source}: ${w.count} dossiers without a status, read from the return date as chosen for this file (none counted rejected, withdrawn or awaiting supplement)`,
  }),
  'field-assumed': (w) => ({
    vi: `${w.source}: ${w.count} hồ sơ không ghi lĩnh vực, tính vào "${w.field}" theo lựa chọn cho tệp này`,
    en: `${w.source}: ${w.count} dossiers without a field, counted under "${w.field}" as chosen for this file`,
  }),
  'no-carried-over-data': () => ({
    vi: 'Không có hồ sơ nào tiếp nhận trước ngày bắt đầu kỳ: có thể tệp xuất đã lọc theo ngày tiếp nhận, nên cột (6) "Từ kỳ trước" không xác định được',
    en: 'No dossier was received before the period starts: the export was probably filtered by receipt date, so column (6) "carried over" cannot be known',
  }),
  'field-not-in-template': (w) => ({
    vi: `Lĩnh vực "${w.field}" không có trong phụ lục mẫu: thêm vào cuối bảng`,
    en: `Field "${w.field}" is not in the template annex: added at the end`,
  }),
  'template-field-unused': (w) => ({
    vi: `Lĩnh vực "${w.field}" của phụ lục mẫu không có hồ sơ nào: ghi 0`,
    en: `Template field "${w.field}" has no dossiers: written as 0`,
  }),
  'no-due-column': (w) => ({
    vi: `${w.source}: không có cột ngày hẹn trả: hồ sơ tính là đúng hạn / trong hạn`,
    en: `${w.source}: no due-date column: dossiers counted on time / in time`,
  }),
  'count-not-date-column': (w) => ({
    vi: `${w.source}: cột "${w.header}" chứa số (số ngày), không phải ngày: không dùng làm "${w.key ? COLUMN_KEY_LABEL[w.key].vi : ''}"`,
    en: `${w.source}: column "${w.header}" holds numbers (day counts), not dates: not read as "${w.key ? COLUMN_KEY_LABEL[w.key].en : ''}"`,
  }),
  'mixed-date-order': (w) => ({
    vi: `${w.source}: tệp ghi ngày lẫn hai kiểu: cột ${(w.others ?? []).map((h) => `"${h}"`).join(', ')} chỉ đọc được tháng trước (MM/dd/yyyy), các cột khác ngày trước (dd/MM/yyyy) — kiểm tra lại tệp xuất`,
    en: `${w.source}: the file mixes date orders: ${(w.others ?? []).map((h) => `"${h}"`).join(', ')} read only month-first (MM/dd/yyyy), the other columns day-first (dd/MM/yyyy) — check the export`,
  }),
  'status-date-conflict': (w) => ({
    vi: `Hồ sơ ${w.code} (${w.source} dòng ${w.line}): trạng thái "${w.value}" nhưng có ${w.header} = ${w.date}: tính là đã trả kết quả ngày đó (ngày quyết định)`,
    en: `Dossier ${w.code} (${w.source} line ${w.line}): status "${w.value}" but ${w.header} = ${w.date}: counted as returned on that date (the date decides)`,
  }),
  'placeholder-date': (w) => ({
    vi: `${w.source}: ${w.count} ô ngày ghi trước năm 2000 (như 01/01/1900, "không có ngày" của hệ thống): coi như để trống`,
    en: `${w.source}: ${w.count} date cells before 2000 (such as 01/01/1900, the system's "no date"): read as blank`,
  }),
  'empty-file': (w) => ({
    vi: `${w.source}: tệp trống, bỏ qua (tải lại tệp xuất nếu cần)`,
    en: `${w.source}: the file is empty, skipped (download the export again if needed)`,
  }),
  'hidden-sheet': (w) => ({
    vi: `${w.source}: trang tính bị ẩn, không đọc (hiện trang tính trong Excel nếu cần lấy dữ liệu của nó)`,
    en: `${w.source}: hidden sheet, not read (unhide it in Excel to include its data)`,
  }),
  'due-before-received': (w) => ({
    vi: `Hồ sơ ${w.code} (${w.source} dòng ${w.line}): ngày hẹn trả trước ngày tiếp nhận`,
    en: `Dossier ${w.code} (${w.source} line ${w.line}): due date before the receipt date`,
  }),
  'ambiguous-column': (w) => {
    const label = w.key ? COLUMN_KEY_LABEL[w.key] : { vi: '', en: '' };
    const others = (w.others ?? []).map((header) => `"${header}"`).join(', ');
    const words = (w.qualifiers ?? []).map((word) => `"${word}"`).join(', ');
    return {
      vi:
        `${w.source}: cột "${label.vi}" lấy từ "${w.header}"` +
        (others ? `; các cột ${others} cũng khớp như nhau` : '') +
        (words ? `; tiêu đề có từ làm đổi nghĩa (${words})` : '') +
        ' — kiểm tra và ghi cột đúng trong tệp ánh xạ ("columns") nếu cần',
      en:
        `${w.source}: "${label.en}" read from "${w.header}"` +
        (others ? `; ${others} match equally well` : '') +
        (words ? `; the header has words that change its meaning (${words})` : '') +
        ' — check it and set the right column in the map file ("columns") if needed',
    };
  },
};

export function describeWarning(warning: BuildWarning, lang: Lang): string {
  return WARNING_TEXT[warning.kind](warning)[lang];
}

export const DETAIL_SHEET_NAME: Texts = { vi: 'Chi tiết', en: 'Details' };
export const SUMMARY_SHEET_NAME: Texts = { vi: 'Tóm tắt', en: 'Summary' };
export const ANNEX_SHEET_NAME: Texts = { vi: 'Phụ lục', en: 'Annex' };
/** The add-in's sheet (≤ 31 characters, Excel's limit). */
export const ADDIN_SHEET_NAME: Texts = { vi: 'Lập phụ lục từ dữ liệu hồ sơ', en: 'Annex built from dossiers' };

export const DETAIL_HEADERS: Texts[] = [
  { vi: 'STT', en: 'No.' },
  { vi: 'Mã hồ sơ', en: 'Dossier code' },
  { vi: 'Lĩnh vực', en: 'Field' },
  { vi: 'Thủ tục hành chính', en: 'Procedure' },
  { vi: 'Kênh nộp', en: 'Channel' },
  { vi: 'Ngày tiếp nhận', en: 'Received' },
  { vi: 'Ngày hẹn trả', en: 'Due' },
  { vi: 'Ngày kết thúc', en: 'Ended' },
  { vi: 'Trạng thái', en: 'Status' },
  { vi: 'Ô tiếp nhận', en: 'Received cell' },
  { vi: 'Nhóm tiếp nhận', en: 'Received as' },
  { vi: 'Ô kết quả', en: 'Result cell' },
  { vi: 'Nhóm kết quả', en: 'Result' },
  { vi: 'Nguồn (tệp: dòng)', en: 'Source (file: line)' },
  { vi: 'Ghi chú', en: 'Note' },
];

export const DETAIL_NOTE = {
  conflict: { vi: 'các hệ thống ghi khác nhau, lấy bản ghi có trạng thái tiến xa nhất', en: 'systems disagree; the most advanced record was used' },
  noDueDate: { vi: 'không có ngày hẹn trả', en: 'no due date' },
  statusInferred: { vi: 'trạng thái xác định theo ngày (theo lựa chọn cho tệp)', en: 'status read from the dates (as chosen for the file)' },
  statusFromDates: {
    vi: 'trạng thái chưa kết thúc nhưng có ngày trả kết quả: tính theo ngày',
    en: 'status not ended but a return date is given: counted by the date',
  },
  channelAssumed: { vi: 'kênh nộp theo lựa chọn cho tệp', en: 'channel as chosen for the file' },
  fieldAssumed: { vi: 'lĩnh vực theo lựa chọn cho tệp', en: 'field as chosen for the file' },
} satisfies Record<string, Texts>;

export const SUMMARY_TEXT = {
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
  none: { vi: 'không có', en: 'none' },
  missingColumns: { vi: 'không tìm thấy cột bắt buộc', en: 'required columns not found' },
} satisfies Record<string, Texts>;

export const CLI_TEXT = {
  usage: {
    vi: `Cách dùng: tthc-report build TỆP_XUẤT... --from 15/3/2026 --to 14/6/2026 --out phu-luc.xlsx
       [--quarter II --year 2026] [--template PHỤ_LỤC.xlsx] [--map ÁNH_XẠ.json] [--save-map ÁNH_XẠ.json]
       [--channel TỆP=online|direct] [--status TỆP=dates] [--field TỆP=TÊN] [--lang vi|en]

  TỆP_XUẤT      danh sách hồ sơ xuất từ các hệ thống (.xlsx hoặc .csv), một hay nhiều tệp
  --from/--to   kỳ báo cáo (dd/MM/yyyy); hoặc --quarter I..IV|6T|9T|năm --year yyyy (quý II = 15/3–14/6)
  --template    phụ lục của đơn vị: lấy thứ tự và tên các lĩnh vực
  --channel TỆP=online|direct   kênh nộp của các hồ sơ mà tệp không ghi (tệp không có cột kênh, ô để trống)
  --status TỆP=dates            trạng thái của các hồ sơ mà tệp không ghi: xác định theo ngày trả kết quả
  --field "TỆP=TÊN LĨNH VỰC"     lĩnh vực của các hồ sơ mà tệp không ghi (như sổ theo dõi của một lĩnh vực)
  --map         tệp ánh xạ cột / trạng thái / kênh / lĩnh vực đã lưu
  --save-map    ghi ánh xạ đang dùng ra tệp để sửa và dùng lại
  --out         tệp .xlsx kết quả (phụ lục, Chi tiết, Tóm tắt)`,
    en: `Usage: tthc-report build EXPORT... --from 15/3/2026 --to 14/6/2026 --out annex.xlsx
       [--quarter II --year 2026] [--template ANNEX.xlsx] [--map MAP.json] [--save-map MAP.json]
       [--channel FILE=online|direct] [--status FILE=dates] [--field FILE=NAME] [--lang vi|en]

  EXPORT        dossier lists exported from the platforms (.xlsx or .csv), one or more
  --from/--to   the period (dd/MM/yyyy); or --quarter I..IV|6T|9T|năm --year yyyy (quarter II = 15/3–14/6)
  --template    the clerk's own annex: field order and names
  --channel FILE=online|direct  the channel of the file's dossiers that do not give one (no column, blank cells)
  --status FILE=dates           the status of the file's dossiers that do not give one: read from the return date
  --field "FILE=FIELD NAME"      the field of the file's dossiers that do not give one (a one-field register)
  --map         saved column / status / channel / field mapping
  --save-map    write the mapping in use to a file, to correct and reuse
  --out         the .xlsx to write (annex, details, summary)`,
  },
  missingExports: { vi: 'Thiếu tệp dữ liệu hồ sơ (.xlsx hoặc .csv).', en: 'No export file given (.xlsx or .csv).' },
  missingOut: { vi: 'Thiếu --out TỆP.xlsx.', en: 'Missing --out FILE.xlsx.' },
  outNotXlsx: { vi: '--out phải là tệp .xlsx.', en: '--out must be an .xlsx file.' },
  outIsInput: {
    vi: '--out trùng với một tệp đầu vào: chọn tên khác để không ghi đè dữ liệu.',
    en: '--out is one of the input files: choose another name so no data is overwritten.',
  },
  missingPeriod: {
    vi: 'Thiếu kỳ báo cáo: --from dd/MM/yyyy --to dd/MM/yyyy, hoặc --quarter II --year 2026.',
    en: 'Missing period: --from dd/MM/yyyy --to dd/MM/yyyy, or --quarter II --year 2026.',
  },
  periodReversed: { vi: 'Ngày bắt đầu kỳ sau ngày kết thúc kỳ.', en: 'The period starts after it ends.' },
  badQuarter: (value: string): Texts => ({
    vi: `--quarter “${value}” không hợp lệ: dùng I, II, III, IV (hoặc 1–4), 6T, 9T hoặc năm.`,
    en: `--quarter “${value}” is not valid: use I, II, III, IV (or 1–4), 6T, 9T or năm (year).`,
  }),
  periodContradicts: (from: string, to: string, name: Texts, officialFrom: string, officialTo: string): Texts => ({
    vi: `--from/--to (${from} – ${to}) không khớp với ${name.vi} (${officialFrom} – ${officialTo}): bỏ --quarter/--year để dùng đúng các ngày đã nhập, hoặc bỏ --from/--to.`,
    en: `--from/--to (${from} – ${to}) contradict ${name.en} (${officialFrom} – ${officialTo}): drop --quarter/--year to use the dates as typed, or drop --from/--to.`,
  }),
  noDossiers: {
    vi: 'Không có hồ sơ nào để lập phụ lục (xem các dòng bị bỏ qua ở trên).',
    en: 'No dossier to build the annex from (see the skipped rows above).',
  },
  templateNoTable: {
    vi: 'Không tìm thấy bảng phụ lục trong tệp mẫu',
    en: 'No annex table found in the template',
  },
  badAnswer: (option: 'channel' | 'status' | 'field', given: string): Texts => {
    const form = { channel: 'TỆP=online|direct', status: 'TỆP=dates', field: 'TỆP=TÊN LĨNH VỰC' }[option];
    const formEn = { channel: 'FILE=online|direct', status: 'FILE=dates', field: 'FILE=FIELD NAME' }[option];
    return { vi: `--${option} “${given}” không hợp lệ: dùng --${option} ${form}.`, en: `--${option} “${given}” is not valid: use --${option} ${formEn}.` };
  },
  answerNotAnExport: (option: 'channel' | 'status' | 'field', file: string, exports: string[]): Texts => ({
    vi: `--${option}: “${file}” không phải là tệp xuất đã cho (${exports.join(', ')}).`,
    en: `--${option}: “${file}” is not one of the exports given (${exports.join(', ')}).`,
  }),
  written: { vi: 'Đã ghi', en: 'Written' },
  mapSaved: { vi: 'Đã lưu ánh xạ vào', en: 'Mapping saved to' },
  andMore: { vi: 'và {n} mục khác (xem trang Tóm tắt)', en: 'and {n} more (see the Summary sheet)' },
} satisfies Record<string, Texts | ((...args: never[]) => Texts)>;

/** Errors that name the file and what to do. */
export const FILE_ERROR = {
  xls: (file: string): Texts => ({
    vi: `${file}: tệp .xls (Excel 97-2003) không đọc được. Mở tệp trong Excel và chọn Lưu thành (Save As) → "Sổ làm việc Excel (*.xlsx)", rồi chạy lại với tệp .xlsx.`,
    en: `${file}: .xls (Excel 97-2003) files cannot be read. Open it in Excel, Save As "Excel Workbook (*.xlsx)" and run again with the .xlsx.`,
  }),
  htmlAsXls: (file: string): Texts => ({
    vi: `${file}: tệp này là trang HTML mang đuôi .xls (nhiều hệ thống xuất như vậy). Mở trong Excel và Lưu thành "Sổ làm việc Excel (*.xlsx)".`,
    en: `${file}: this is an HTML page named .xls (many platforms export so). Open it in Excel and Save As "Excel Workbook (*.xlsx)".`,
  }),
  empty: (file: string): Texts => ({ vi: `${file}: tệp trống.`, en: `${file}: the file is empty.` }),
  onlyHidden: (file: string): Texts => ({
    vi: `${file}: chỉ có trang tính bị ẩn; hiện trang tính chứa danh sách hồ sơ trong Excel rồi chạy lại.`,
    en: `${file}: only hidden sheets; unhide the sheet with the dossier list in Excel and run again.`,
  }),
  cannotWrite: (file: string, code: string): Texts => ({
    vi: `${file}: không ghi được tệp (${code})${code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? ' — tệp có đang mở trong Excel không?' : ''}.`,
    en: `${file}: the file cannot be written (${code})${code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? ' — is it open in Excel?' : ''}.`,
  }),
  notFound: (file: string): Texts => ({ vi: `${file}: không tìm thấy tệp.`, en: `${file}: file not found.` }),
  unsupported: (file: string): Texts => ({
    vi: `${file}: chỉ đọc được tệp .xlsx và .csv.`,
    en: `${file}: only .xlsx and .csv files can be read.`,
  }),
  unreadable: (file: string, detail: string): Texts => ({
    vi: `${file}: không đọc được tệp (${detail}).`,
    en: `${file}: the file cannot be read (${detail}).`,
  }),
  /** `keys` are the missing column keys; `file` the export's name, the key of its answers. */
  noHeader: (source: string, missing: string, keys: ColumnKey[], file: string): Texts => {
    const columns = keys.map((key) => `"${key}": "…"`).join(', ');
    const example = `{"sources": {${JSON.stringify(file)}: {"columns": {${columns}}}}}`;
    const field = keys.includes('field');
    return {
      vi: `${source}: không tìm thấy dòng tiêu đề có các cột ${missing}. Chỉ rõ tên cột trong tệp ánh xạ (--map): ${example}${field ? `; nếu cả tệp thuộc một lĩnh vực: --field ${JSON.stringify(`${file}=TÊN LĨNH VỰC`)}` : ''}.`,
      en: `${source}: no header row with the columns ${missing}. Name them in a map file (--map): ${example}${field ? `; if the whole file is one field: --field ${JSON.stringify(`${file}=FIELD NAME`)}` : ''}.`,
    };
  },
  badMap: (file: string, detail: string): Texts => ({
    vi: `${file}: tệp ánh xạ không hợp lệ (${detail}).`,
    en: `${file}: invalid map file (${detail}).`,
  }),
};

/** "quý II năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026"; undefined without a kind. */
export function periodName(quarter: string | undefined, year: number, span?: PeriodSpan): Texts | undefined {
  if (span === '6M') return { vi: `6 tháng đầu năm ${year}`, en: `first 6 months of ${year}` };
  if (span === '9M') return { vi: `9 tháng năm ${year}`, en: `9 months of ${year}` };
  if (span === 'Y') return { vi: `năm ${year}`, en: `year ${year}` };
  if (quarter) return { vi: `quý ${quarter} năm ${year}`, en: `quarter ${quarter} ${year}` };
  return undefined;
}

/** Printed at the top of every page of the annex. */
export function annexPrintTitle(
  from: string,
  to: string,
  quarter: string | undefined,
  year: number | undefined,
  span?: PeriodSpan,
): Texts {
  const name = year ? periodName(quarter, year, span) : undefined;
  const when = name ? ` ${name.vi}` : '';
  const whenEn = name ? ` ${name.en}` : '';
  return {
    vi: `Kết quả tiếp nhận, giải quyết hồ sơ TTHC${when} (từ ngày ${from} đến ngày ${to})`,
    en: `Dossiers received and resolved${whenEn} (${from} to ${to})`,
  };
}

export const REPORT_TEXT = {
  period: (from: string, to: string): Texts => ({ vi: `Kỳ báo cáo: ${from} – ${to}`, en: `Period: ${from} – ${to}` }),
  source: (source: string, rows: number): Texts => ({
    vi: `  ${source}: ${rows} dòng`,
    en: `  ${source}: ${rows} rows`,
  }),
  notDossierList: (source: string, missing: string): Texts => ({
    vi: `  ${source}: bỏ qua, không phải danh sách hồ sơ (thiếu cột ${missing})`,
    en: `  ${source}: ignored, not a dossier list (no ${missing} column)`,
  }),
  mapping: { vi: 'Ánh xạ cột', en: 'Column mapping' },
  merged: (dossiers: number, duplicates: number, conflicts: number): Texts => ({
    vi: `Hồ sơ: ${dossiers} sau khi gộp ${duplicates} bản ghi trùng mã; ${conflicts} hồ sơ các hệ thống ghi khác nhau`,
    en: `Dossiers: ${dossiers} after merging ${duplicates} duplicate records; ${conflicts} the systems disagree on`,
  }),
  counted: (counted: number, outside: number, unanswered = 0): Texts => ({
    vi: `Tính vào kỳ: ${counted} hồ sơ (${outside} hồ sơ ngoài kỳ${unanswered > 0 ? `; ${unanswered} hồ sơ chưa tính, còn chờ trả lời` : ''})`,
    en: `Counted in the period: ${counted} dossiers (${outside} outside it${unanswered > 0 ? `; ${unanswered} not counted, awaiting an answer` : ''})`,
  }),
  totals: (received: string, resolved: string, pending: string): Texts => ({
    vi: `Tiếp nhận (3) = ${received}; đã giải quyết (7) = ${resolved}; đang giải quyết (13) = ${pending}`,
    en: `Received (3) = ${received}; resolved (7) = ${resolved}; pending (13) = ${pending}`,
  }),
  conflict: (code: string, winner: string, differences: string): Texts => ({
    vi: `  ${code}: lấy ${winner}; khác nhau ở ${differences}`,
    en: `  ${code}: used ${winner}; differs in ${differences}`,
  }),
  skipped: (count: number): Texts => ({ vi: `Dòng bị bỏ qua: ${count}`, en: `Rows skipped: ${count}` }),
  conflicts: (count: number): Texts => ({ vi: `Hồ sơ các hệ thống ghi khác nhau: ${count}`, en: `Dossiers the systems disagree on: ${count}` }),
  warnings: (count: number): Texts => ({ vi: `Lưu ý: ${count}`, en: `Warnings: ${count}` }),
  noDueDates: (count: number, codes: string): Texts => ({
    vi: `  ${count} hồ sơ không có ngày hẹn trả, tính là đúng hạn / trong hạn: ${codes}`,
    en: `  ${count} dossiers without a due date, counted on time / in time: ${codes}`,
  }),
  selfCheck: { vi: 'Tự kiểm tra phụ lục vừa lập', en: 'Self-check of the built annex' },
  clean: { vi: 'hợp lệ', en: 'clean' },
} satisfies Record<string, Texts | ((...args: never[]) => Texts)>;

/** The task pane's "Lập phụ lục" panel. */
export interface BuildPaneTexts {
  title: string;
  intro: string;
  sourcesHeading: string;
  sheetsLabel: string;
  noSheets: string;
  refreshSheets: string;
  filesLabel: string;
  removeFile: string;
  periodHeading: string;
  from: string;
  to: string;
  quarter: string;
  year: string;
  fillQuarter: string;
  templateCheck: string;
  templateSheet: string;
  build: string;
  reading: (what: string) => string;
  writing: (done: number, total: number) => string;
  needSource: string;
  badFrom: string;
  badTo: string;
  reversed: string;
  badYear: string;
  noTemplate: (sheet: string) => string;
  noDossiers: string;
  sourceProblem: (source: string, missing: string) => string;
  built: (annex: string, detail: string, counted: number) => string;
  failed: (reason: string) => string;
  mappingHeading: (sources: number) => string;
  mappingHint: string;
  automatic: string;
  mappingSaved: string;
  defaultChannel: string;
  channelFromColumn: string;
  statusesHeading: string;
  skipStatus: string;
  questionsOpen: (dossiers: number) => string;
  questionsHeading: string;
  questionsHint: string;
  chooseAnswer: string;
  channelAnswer: string;
  statusAnswer: string;
  statusFromDates: string;
  fieldAnswer: string;
  fieldPlaceholder: string;
  saveAnswer: string;
  reportHeading: string;
  countsHeading: string;
  countsHint: string;
  fieldColumn: string;
  totalRow: string;
  dossiersIn: (field: string, column: string, cell: string, count: number) => string;
  showCell: string;
  moreDossiers: (more: number, cell: string, sheet: string) => string;
  dossierHeaders: string[];
}

export const BUILD_PANE_TEXT: Record<'vi' | 'en', BuildPaneTexts> = {
  vi: {
    title: 'Lập phụ lục',
    intro: 'Lập phụ lục từ danh sách hồ sơ xuất từ các hệ thống: chọn các trang (hoặc tệp .csv, .xlsx) chứa danh sách hồ sơ và kỳ báo cáo.',
    sourcesHeading: 'Dữ liệu hồ sơ',
    sheetsLabel: 'Các trang trong sổ làm việc này',
    noSheets: 'Không có trang nào khác ngoài các trang do phần bổ trợ lập.',
    refreshSheets: 'Làm mới',
    filesLabel: 'Hoặc chọn tệp xuất (.csv, .xlsx)',
    removeFile: 'Bỏ',
    periodHeading: 'Kỳ báo cáo',
    from: 'Từ ngày (dd/mm/yyyy)',
    to: 'Đến ngày (dd/mm/yyyy)',
    quarter: 'Quý',
    year: 'Năm',
    fillQuarter: 'Điền theo quý (15 → 14)',
    templateCheck: 'Xếp lĩnh vực theo phụ lục của đơn vị trên trang',
    templateSheet: 'Trang phụ lục mẫu',
    build: 'Lập phụ lục',
    reading: (what) => `Đang đọc ${what}…`,
    writing: (done, total) => `Đang ghi trang Chi tiết: ${done}/${total} hồ sơ…`,
    needSource: 'Chọn ít nhất một trang hoặc một tệp chứa danh sách hồ sơ.',
    badFrom: 'Ngày bắt đầu kỳ không đọc được (dd/mm/yyyy).',
    badTo: 'Ngày kết thúc kỳ không đọc được (dd/mm/yyyy).',
    reversed: 'Ngày bắt đầu kỳ sau ngày kết thúc kỳ.',
    badYear: 'Năm phải có 4 chữ số.',
    noTemplate: (sheet) => `Không tìm thấy bảng phụ lục trên trang “${sheet}” để lấy thứ tự lĩnh vực.`,
    noDossiers: 'Không có hồ sơ nào trong kỳ để lập phụ lục (xem các dòng bị bỏ qua bên dưới).',
    sourceProblem: (source, missing) => `“${source}”: không tìm thấy các cột ${missing}. Chọn cột tương ứng trong phần Ánh xạ cột rồi bấm Lập phụ lục.`,
    built: (annex, detail, counted) => `Đã lập phụ lục trên trang “${annex}” từ ${counted} hồ sơ; danh sách từng hồ sơ ở trang “${detail}”.`,
    failed: (reason) => `Không lập được phụ lục: ${reason}`,
    mappingHeading: (sources) => `Ánh xạ cột (${sources} nguồn)`,
    mappingHint: 'Cột nào nhận sai, chọn lại; lựa chọn được lưu trong sổ làm việc cho các lần sau.',
    automatic: '— tự nhận —',
    mappingSaved: 'Đã lưu ánh xạ. Bấm Lập phụ lục để lập lại.',
    defaultChannel: 'Kênh nộp khi tệp không ghi',
    channelFromColumn: '— theo cột Kênh nộp —',
    statusesHeading: 'Nghĩa các trạng thái đã chọn',
    skipStatus: '— bỏ chọn —',
    questionsOpen: (dossiers) => `Chưa lập phụ lục: ${dossiers} hồ sơ trong kỳ còn thiếu thông tin. Trả lời các câu hỏi bên dưới rồi bấm Lập phụ lục.`,
    questionsHeading: 'Cần trả lời trước khi lập phụ lục',
    questionsHint: 'Các hồ sơ này chưa được tính vào cột nào: không rõ thì không tính là 0. Lựa chọn được lưu trong sổ làm việc.',
    chooseAnswer: '— chọn —',
    channelAnswer: 'Kênh nộp của các hồ sơ này',
    statusAnswer: 'Trạng thái',
    statusFromDates: 'Xác định theo ngày trả kết quả (có ngày trả: đã giải quyết; không có: đang giải quyết)',
    fieldAnswer: 'Lĩnh vực của các hồ sơ này',
    fieldPlaceholder: 'Tên lĩnh vực',
    saveAnswer: 'Lưu',
    reportHeading: 'Tóm tắt',
    countsHeading: 'Số liệu theo ô',
    countsHint: 'Bấm vào một số để xem các hồ sơ được tính ở ô đó.',
    fieldColumn: 'Lĩnh vực',
    totalRow: 'Tổng cộng',
    dossiersIn: (field, column, cell, count) => `${field} – ${column} (ô ${cell}): ${count} hồ sơ`,
    showCell: 'Chọn ô trên trang',
    moreDossiers: (more, cell, sheet) => `… và ${more} hồ sơ khác: lọc cột “Ô kết quả” hoặc “Ô tiếp nhận” = ${cell} trên trang “${sheet}”.`,
    dossierHeaders: ['Mã hồ sơ', 'Tiếp nhận', 'Hẹn trả', 'Kết thúc', 'Trạng thái', 'Nguồn'],
  },
  en: {
    title: 'Build annex',
    intro: 'Build the annex from the dossier lists the platforms export: choose the sheets (or .csv, .xlsx files) holding the lists, and the period.',
    sourcesHeading: 'Dossier data',
    sheetsLabel: 'Sheets of this workbook',
    noSheets: 'No sheets besides the ones the add-in made.',
    refreshSheets: 'Refresh',
    filesLabel: 'Or choose export files (.csv, .xlsx)',
    removeFile: 'Remove',
    periodHeading: 'Period',
    from: 'From (dd/mm/yyyy)',
    to: 'To (dd/mm/yyyy)',
    quarter: 'Quarter',
    year: 'Year',
    fillQuarter: 'Fill from the quarter (15th → 14th)',
    templateCheck: 'Order the fields as the unit’s annex on sheet',
    templateSheet: 'Template annex sheet',
    build: 'Build annex',
    reading: (what) => `Reading ${what}…`,
    writing: (done, total) => `Writing the details sheet: ${done}/${total} dossiers…`,
    needSource: 'Choose at least one sheet or file holding a dossier list.',
    badFrom: 'The start of the period cannot be read (dd/mm/yyyy).',
    badTo: 'The end of the period cannot be read (dd/mm/yyyy).',
    reversed: 'The period starts after it ends.',
    badYear: 'The year must have 4 digits.',
    noTemplate: (sheet) => `No annex table found on sheet “${sheet}” to take the field order from.`,
    noDossiers: 'No dossier in the period to build the annex from (see the skipped rows below).',
    sourceProblem: (source, missing) => `“${source}”: the columns ${missing} were not found. Pick them under Column mapping and build again.`,
    built: (annex, detail, counted) => `The annex is on sheet “${annex}”, built from ${counted} dossiers; each dossier is listed on sheet “${detail}”.`,
    failed: (reason) => `The annex could not be built: ${reason}`,
    mappingHeading: (sources) => `Column mapping (${sources} sources)`,
    mappingHint: 'Correct any column read wrongly; the choice is saved in the workbook for next time.',
    automatic: '— automatic —',
    mappingSaved: 'Mapping saved. Build again to use it.',
    defaultChannel: 'Channel when the file has none',
    channelFromColumn: '— from the channel column —',
    statusesHeading: 'Status wordings chosen',
    skipStatus: '— not chosen —',
    questionsOpen: (dossiers) => `The annex was not built: ${dossiers} dossiers of the period lack what it needs. Answer the questions below, then build again.`,
    questionsHeading: 'To answer before the annex is built',
    questionsHint: 'These dossiers are counted in no column yet: what is not known is not counted as 0. The answers are saved in the workbook.',
    chooseAnswer: '— choose —',
    channelAnswer: 'Channel of these dossiers',
    statusAnswer: 'Status',
    statusFromDates: 'Read from the return date (a return date: resolved; none: pending)',
    fieldAnswer: 'Field of these dossiers',
    fieldPlaceholder: 'Field name',
    saveAnswer: 'Save',
    reportHeading: 'Summary',
    countsHeading: 'Counts by cell',
    countsHint: 'Click a count to see the dossiers counted in it.',
    fieldColumn: 'Field',
    totalRow: 'Total',
    dossiersIn: (field, column, cell, count) => `${field} – ${column} (cell ${cell}): ${count} dossiers`,
    showCell: 'Select the cell',
    moreDossiers: (more, cell, sheet) => `… and ${more} more: filter column “Result cell” or “Received cell” = ${cell} on sheet “${sheet}”.`,
    dossierHeaders: ['Code', 'Received', 'Due', 'Ended', 'Status', 'Source'],
  },
};

/** Column titles of the pane's count table: "(3)" … "(16)" with the leaf's meaning as tooltip. */
export const ANNEX_COLUMN_TITLE: Record<string, Texts> = {
  received: { vi: '(3) Tiếp nhận', en: '(3) Received' },
  resolved: { vi: '(7) Đã giải quyết', en: '(7) Resolved' },
  pending: { vi: '(13) Đang giải quyết', en: '(13) Pending' },
  ...LEAF_LABEL,
};

/**
 * The title above the built annex. It is part of the Vietnamese form (like its column headers),
 * so it stays Vietnamese in both languages; the narrative reads the period back from it.
 */
export function annexTitleLines(
  from: string,
  to: string,
  quarter: string | undefined,
  year: number | undefined,
  span?: PeriodSpan,
): string[] {
  const name = year ? periodName(quarter, year, span) : undefined;
  const when = name ? ` ${name.vi.toLocaleUpperCase('vi')}` : '';
  return [`KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH${when}`, `(Số liệu tính từ ngày ${from} đến hết ngày ${to})`];
}
