// Every word of the narrative (section I.2 of the quarterly report), its Word output and its
// reconciliation, in Vietnamese (the report's own wording) and English.
// Templates name their slots {like_this}; the narrative builder fills them with figures or blanks.

import type { Lang, LocalizedText } from '../core/types';
import type { PeriodKind } from '../core/calendar';
import type { PeriodProblem } from '../core/narrative/period-choice';

export interface NarrativeTemplates {
  heading: string;
  /** Heading of a period that is no official one, named by its dates. */
  headingByDates: string;
  range: string;
  period: Record<PeriodKind, string>;
  /** Heading when the kind of period is unknown. */
  periodUnknown: string;
  received: string;
  newAndCarried: string;
  newOnly: string;
  carriedOnly: string;
  online: string;
  onlineNoRate: string;
  resolved: string;
  earlyOnTime: string;
  early: string;
  onTime: string;
  late: string;
  rejected: string;
  withdrawn: string;
  pending: string;
  inTime: string;
  overdue: string;
  supplement: string;
  /** Appended to a count line after {count} when its rate can be computed. */
  rateSuffix: string;
  payment: string;
  digitisation: string;
  annexNote: string;
  topFieldsMany: string;
  topFieldsOne: string;
  topFieldItem: string;
  overdueFields: string;
  lateFields: string;
  fieldCountItem: string;
  noOverdueAnywhere: string;
  listSeparator: string;
}

export const narrativeTemplates: Record<Lang, NarrativeTemplates> = {
  vi: {
    heading: '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC {period} (thời điểm {range}):',
    headingByDates: '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC {range}:',
    range: 'từ ngày {from} đến ngày {to}',
    period: {
      Q1: 'quý I năm {year}',
      Q2: 'quý II năm {year}',
      Q3: 'quý III năm {year}',
      Q4: 'quý IV năm {year}',
      '6M': '6 tháng đầu năm {year}',
      '9M': '9 tháng năm {year}',
      Y: 'năm {year}',
    },
    periodUnknown: 'quý {quarter} năm {year}',
    received: '- Tổng số hồ sơ tiếp nhận là: {count} hồ sơ. Trong đó:',
    newAndCarried: '+ Tiếp nhận trong kỳ: {new} hồ sơ; kỳ trước chuyển sang: {carried} hồ sơ.',
    newOnly: '+ Tiếp nhận trong kỳ: {new} hồ sơ.',
    carriedOnly: '+ Kỳ trước chuyển sang: {carried} hồ sơ.',
    online: '+ Tiếp nhận trực tuyến: {count} hồ sơ, đạt tỷ lệ {rate}.',
    onlineNoRate: '+ Tiếp nhận trực tuyến: {count} hồ sơ.',
    resolved: '- Số hồ sơ đã xử lý và trả kết quả: {count} hồ sơ{rate};',
    earlyOnTime: '+ Số hồ sơ trả đúng, trước hạn: {count} hồ sơ{rate};',
    early: '+ Số hồ sơ trả trước hạn: {count} hồ sơ{rate};',
    onTime: '+ Số hồ sơ trả đúng hạn: {count} hồ sơ{rate};',
    late: '+ Số hồ sơ trả quá hạn: {count} hồ sơ{rate};',
    rejected: '+ Số hồ sơ từ chối không giải quyết: {count} hồ sơ{rate};',
    withdrawn: '+ Hồ sơ rút: {count} hồ sơ{rate};',
    pending: '- Hồ sơ đang giải quyết: {count} hồ sơ{rate};',
    inTime: '+ Hồ sơ trong hạn: {count} hồ sơ{rate};',
    overdue: '+ Hồ sơ quá hạn: {count} hồ sơ{rate};',
    supplement: '+ Hồ sơ yêu cầu bổ sung: {count} hồ sơ{rate};',
    rateSuffix: ' (tỷ lệ {rate})',
    payment: '- Số hồ sơ thanh toán phí, lệ phí trực tuyến: đạt {blank}%.',
    digitisation: '- Số hóa {blank}% hồ sơ đầu vào, {blank2}% kết quả giải quyết thủ tục hành chính.',
    annexNote: '(Có bảng kết quả từng lĩnh vực cụ thể gửi kèm)',
    topFieldsMany: '- Các lĩnh vực tiếp nhận nhiều hồ sơ nhất: {list}.',
    topFieldsOne: '- Lĩnh vực tiếp nhận nhiều hồ sơ nhất: {list}.',
    topFieldItem: '{field} {count} hồ sơ ({share})',
    overdueFields: '- Lĩnh vực có hồ sơ đang giải quyết quá hạn: {list}.',
    lateFields: '- Lĩnh vực có hồ sơ trả quá hạn: {list}.',
    fieldCountItem: '{field} {count} hồ sơ',
    noOverdueAnywhere: '- Không có lĩnh vực nào có hồ sơ trả quá hạn hay đang giải quyết quá hạn.',
    listSeparator: '; ',
  },
  en: {
    heading: '2. Administrative-procedure (TTHC) dossiers received and resolved, {period} ({range}):',
    headingByDates: '2. Administrative-procedure (TTHC) dossiers received and resolved, {range}:',
    range: 'from {from} to {to}',
    period: {
      Q1: 'quarter I of {year}',
      Q2: 'quarter II of {year}',
      Q3: 'quarter III of {year}',
      Q4: 'quarter IV of {year}',
      '6M': 'the first 6 months of {year}',
      '9M': 'the first 9 months of {year}',
      Y: 'the year {year}',
    },
    periodUnknown: 'quarter {quarter} of {year}',
    received: '- Total dossiers received: {count} dossiers, of which:',
    newAndCarried: '+ Received in the period: {new} dossiers; carried over from the previous period: {carried} dossiers.',
    newOnly: '+ Received in the period: {new} dossiers.',
    carriedOnly: '+ Carried over from the previous period: {carried} dossiers.',
    online: '+ Received online: {count} dossiers, a rate of {rate}.',
    onlineNoRate: '+ Received online: {count} dossiers.',
    resolved: '- Dossiers processed and returned: {count} dossiers{rate};',
    earlyOnTime: '+ Returned on time or early: {count} dossiers{rate};',
    early: '+ Returned early: {count} dossiers{rate};',
    onTime: '+ Returned on time: {count} dossiers{rate};',
    late: '+ Returned late: {count} dossiers{rate};',
    rejected: '+ Rejected, not resolved: {count} dossiers{rate};',
    withdrawn: '+ Withdrawn: {count} dossiers{rate};',
    pending: '- Dossiers being processed: {count} dossiers{rate};',
    inTime: '+ Within the time limit: {count} dossiers{rate};',
    overdue: '+ Overdue: {count} dossiers{rate};',
    supplement: '+ Awaiting additional documents: {count} dossiers{rate};',
    rateSuffix: ' (rate {rate})',
    payment: '- Dossiers with fees and charges paid online: {blank}%.',
    digitisation: '- Digitised: {blank}% of incoming dossiers, {blank2}% of results.',
    annexNote: '(The results by field are attached.)',
    topFieldsMany: '- Fields with the most dossiers received: {list}.',
    topFieldsOne: '- Field with the most dossiers received: {list}.',
    topFieldItem: '{field} {count} dossiers ({share})',
    overdueFields: '- Fields with overdue dossiers being processed: {list}.',
    lateFields: '- Fields with dossiers returned late: {list}.',
    fieldCountItem: '{field} {count} dossiers',
    noOverdueAnywhere: '- No field has dossiers returned late or overdue dossiers being processed.',
    listSeparator: '; ',
  },
};

/** How a blank for the clerk to fill is written in plain text (highlighted in HTML and .docx). */
export const BLANK_MARK = '[…]';

export const blankHints = {
  quarter: { vi: 'quý', en: 'quarter' },
  year: { vi: 'năm', en: 'year' },
  from: { vi: 'ngày bắt đầu kỳ báo cáo', en: 'start of the reporting period' },
  to: { vi: 'ngày kết thúc kỳ báo cáo', en: 'end of the reporting period' },
  payment: { vi: 'tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến (không có trong phụ lục)', en: 'share of dossiers with fees paid online (not in the annex)' },
  digitisedInput: { vi: 'tỷ lệ số hóa hồ sơ đầu vào (không có trong phụ lục)', en: 'share of incoming dossiers digitised (not in the annex)' },
  digitisedResult: { vi: 'tỷ lệ số hóa kết quả giải quyết (không có trong phụ lục)', en: 'share of results digitised (not in the annex)' },
} satisfies Record<string, LocalizedText>;

export const periodProblemMessages: Record<PeriodProblem, LocalizedText> = {
  'end-before-start': {
    vi: 'Ngày kết thúc kỳ báo cáo đứng trước ngày bắt đầu.',
    en: 'The reporting period ends before it starts.',
  },
  'dates-span-other-year': {
    vi: 'Ngày kết thúc kỳ báo cáo không thuộc năm báo cáo.',
    en: 'The end of the reporting period is not in the report year.',
  },
};

/** The Word output: document texts and the annex table. */
export const wordTexts = {
  annexTitle: { vi: 'PHỤ LỤC', en: 'ANNEX' },
  annexSubtitle: (period: string, unit: string | undefined): LocalizedText => ({
    vi: `Kết quả giải quyết thủ tục hành chính ${period}${unit ? ` của ${unit}` : ''}`,
    en: `Results of administrative procedures, ${period}${unit ? `, ${unit}` : ''}`,
  }),
  annexRange: (range: string): LocalizedText => ({
    vi: `(Số liệu tính ${range})`,
    en: `(Figures ${range})`,
  }),
  documentTitle: (period: string): LocalizedText => ({
    vi: `Báo cáo kết quả giải quyết TTHC ${period}`,
    en: `Report on TTHC dossiers, ${period}`,
  }),
};

/** Reconciliation of an existing report text with the table. */
export const reconcileTexts = {
  labels: {
    received: { vi: 'Tổng số hồ sơ tiếp nhận', en: 'Total dossiers received' },
    'received.new': { vi: 'Tiếp nhận trong kỳ', en: 'Received in the period' },
    'received.carried': { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
    'received.online': { vi: 'Tiếp nhận trực tuyến', en: 'Received online' },
    'received.direct': { vi: 'Tiếp nhận trực tiếp, bưu chính', en: 'Received in person or by post' },
    resolved: { vi: 'Đã xử lý và trả kết quả', en: 'Processed and returned' },
    'resolved.early+onTime': { vi: 'Trả đúng, trước hạn', en: 'Returned on time or early' },
    'resolved.early': { vi: 'Trả trước hạn', en: 'Returned early' },
    'resolved.onTime': { vi: 'Trả đúng hạn', en: 'Returned on time' },
    'resolved.late': { vi: 'Trả quá hạn', en: 'Returned late' },
    'resolved.rejected': { vi: 'Từ chối không giải quyết', en: 'Rejected' },
    'resolved.withdrawn': { vi: 'Hồ sơ rút', en: 'Withdrawn' },
    pending: { vi: 'Đang giải quyết', en: 'Being processed' },
    'pending.inTime': { vi: 'Đang giải quyết trong hạn', en: 'Being processed, within the time limit' },
    'pending.overdue': { vi: 'Đang giải quyết quá hạn', en: 'Being processed, overdue' },
    'pending.supplement': { vi: 'Yêu cầu bổ sung', en: 'Awaiting additional documents' },
    payment: { vi: 'Thanh toán phí, lệ phí trực tuyến', en: 'Fees paid online' },
    digitisation: { vi: 'Số hóa hồ sơ, kết quả', en: 'Digitisation' },
  } as Record<string, LocalizedText>,
  countMatches: (label: LocalizedText, vi: string, en: string, column: string): LocalizedText => ({
    vi: `${label.vi}: ${vi} hồ sơ, khớp với bảng (${column}).`,
    en: `${label.en}: ${en} dossiers, agrees with the table (${column}).`,
  }),
  countDiffers: (label: LocalizedText, stated: [string, string], expected: [string, string], column: string): LocalizedText => ({
    vi: `${label.vi}: văn bản ghi ${stated[0]} hồ sơ, bảng ghi ${expected[0]} (${column}).`,
    en: `${label.en}: the text says ${stated[1]} dossiers, the table gives ${expected[1]} (${column}).`,
  }),
  rateMatches: (label: LocalizedText, vi: string, en: string, definition: string): LocalizedText => ({
    vi: `${label.vi}: tỷ lệ ${vi}, khớp với bảng (${definition}).`,
    en: `${label.en}: rate ${en}, agrees with the table (${definition}).`,
  }),
  rateDiffers: (label: LocalizedText, stated: [string, string], expected: [string, string], definition: string): LocalizedText => ({
    vi: `${label.vi}: văn bản ghi tỷ lệ ${stated[0]}, tính từ bảng là ${expected[0]} (${definition}).`,
    en: `${label.en}: the text says ${stated[1]}, the table gives ${expected[1]} (${definition}).`,
  }),
  rateUndefined: (label: LocalizedText, vi: string, en: string, definition: string): LocalizedText => ({
    vi: `${label.vi}: tỷ lệ ${vi} không kiểm tra được — mẫu số ${definition} bằng 0.`,
    en: `${label.en}: rate ${en} cannot be checked — the denominator ${definition} is 0.`,
  }),
  notInAnnex: (label: LocalizedText, vi: string, en: string): LocalizedText => ({
    vi: `${label.vi}: ${vi} — phụ lục không có số liệu này, không đối chiếu được.`,
    en: `${label.en}: ${en} — the annex has no such figure, cannot be checked.`,
  }),
  columnMissing: (label: LocalizedText, vi: string, en: string): LocalizedText => ({
    vi: `${label.vi}: ${vi} — bảng không có cột này, không đối chiếu được.`,
    en: `${label.en}: ${en} — the table has no such column, cannot be checked.`,
  }),
  column: (ref: string): LocalizedText => ({ vi: `cột ${ref}`, en: `column ${ref}` }),
  fieldLabel: (field: string, what: LocalizedText): LocalizedText => ({ vi: `Lĩnh vực “${field}”, ${what.vi.toLocaleLowerCase('vi')}`, en: `Field “${field}”, ${what.en.toLowerCase()}` }),
  fieldMatches: (label: LocalizedText, stated: [string, string]): LocalizedText => ({
    vi: `${label.vi}: ${stated[0]} hồ sơ, khớp với dòng của lĩnh vực trong bảng.`,
    en: `${label.en}: ${stated[1]} dossiers, agrees with the field's row in the table.`,
  }),
  fieldDiffers: (label: LocalizedText, stated: [string, string], table: [string, string]): LocalizedText => ({
    vi: `${label.vi}: văn bản ghi ${stated[0]} hồ sơ, dòng của lĩnh vực trong bảng ghi ${table[0]}.`,
    en: `${label.en}: the text says ${stated[1]} dossiers, the field's row gives ${table[1]}.`,
  }),
  fieldShareMatches: (field: string, stated: [string, string]): LocalizedText => ({
    vi: `Lĩnh vực “${field}”: chiếm ${stated[0]} tổng số hồ sơ tiếp nhận, khớp với bảng.`,
    en: `Field “${field}”: ${stated[1]} of all dossiers received, agrees with the table.`,
  }),
  fieldShareDiffers: (field: string, stated: [string, string], table: [string, string]): LocalizedText => ({
    vi: `Lĩnh vực “${field}”: văn bản ghi chiếm ${stated[0]} tổng số hồ sơ tiếp nhận, tính từ bảng là ${table[0]}.`,
    en: `Field “${field}”: the text says ${stated[1]} of all dossiers received, the table gives ${table[1]}.`,
  }),
  rateDefinition: (numerator: string, denominator: string): LocalizedText => ({
    vi: `${numerator}/${denominator}`,
    en: `${numerator}/${denominator}`,
  }),
  noSection: {
    vi: 'Không tìm thấy mục “2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC” trong văn bản; đã đối chiếu toàn bộ văn bản.',
    en: 'Section “2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC” not found in the text; the whole text was checked.',
  },
  nothingFound: {
    vi: 'Không tìm thấy số liệu nào của mục I.2 trong văn bản.',
    en: 'No figure of section I.2 was found in the text.',
  },
  status: {
    consistent: { vi: 'khớp', en: 'agrees' },
    mismatch: { vi: 'không khớp', en: 'differs' },
    'not-checkable': { vi: 'không đối chiếu được', en: 'not checkable' },
  },
  summary: (consistent: number, mismatched: number, notCheckable: number): LocalizedText => ({
    vi: `${consistent} số liệu khớp, ${mismatched} không khớp, ${notCheckable} không đối chiếu được.`,
    en: `${consistent} figures agree, ${mismatched} differ, ${notCheckable} cannot be checked.`,
  }),
  lineLabel: { vi: 'Dòng', en: 'Line' },
} satisfies Record<string, unknown>;

/** Names of the lines left out because the form lacks their columns, as the clerk reads them. */
export function omittedLineNames(keys: string[], lang: Lang): string {
  return keys.map((key) => reconcileTexts.labels[key]?.[lang] ?? key).join(', ');
}

/** The `narrative`, `report` and `check-text` commands. */
export const narrativeCliTexts = {
  narrativeUsage: {
    vi: `Cách dùng: tthc-report narrative TỆP.xlsx [--quarter II] [--year 2026] [--from 15/3/2026] [--to 14/6/2026]
                  [--unit "xã An Phú"] [--force] [--format text|html] [--annex] [--sheet TÊN] [--lang vi|en]

Viết mục 2 phần I của báo cáo (kết quả tiếp nhận và giải quyết TTHC) từ bảng phụ lục.
Kỳ báo cáo là kỳ ghi ở dòng tiêu đề của trang tính; --quarter (I, II, III, IV hoặc 1–4, 6T, 9T, năm), --year,
--from, --to chỉ bổ sung phần tiêu đề không ghi. Tham số mâu thuẫn với tiêu đề thì không viết (mã 2), trừ khi
có --force (viết theo tham số, kèm lưu ý). Kỳ không có ngày thì lấy theo lịch báo cáo của Nghị định
09/2019/NĐ-CP; kỳ không phải kỳ chính thức thì gọi theo ngày (“từ ngày 21/7 đến ngày 20/8/2026”).
--format html in ra HTML dán vào Word; --annex kèm bảng phụ lục.
Mã thoát: 0 đã viết (bảng có lỗi thì báo ở stderr), 2 không đọc được tệp, tham số sai hoặc mâu thuẫn với tiêu đề.`,
    en: `Usage: tthc-report narrative FILE.xlsx [--quarter II] [--year 2026] [--from 15/3/2026] [--to 14/6/2026]
                  [--unit "xã An Phú"] [--force] [--format text|html] [--annex] [--sheet NAME] [--lang vi|en]

Writes section I.2 of the report (dossiers received and resolved) from the annex table.
The period is the one in the sheet's title rows; --quarter (I, II, III, IV or 1–4, 6M, 9M, year), --year,
--from, --to only complete what the title leaves out. Options that contradict the title write nothing (exit 2)
unless --force is given (written as the options say, with a warning). A period without dates gets the reporting
calendar of Decree 09/2019/NĐ-CP; a period that is no official one is named by its dates.
--format html prints HTML to paste into Word; --annex adds the annex table.
Exit codes: 0 written (a table with errors is reported on stderr), 2 unreadable file, bad option or options that contradict the title.`,
  } as LocalizedText,
  reportUsage: {
    vi: `Cách dùng: tthc-report report TỆP.xlsx [--out bao-cao.docx] [--quarter II] [--year 2026] [--from 15/3/2026]
                  [--to 14/6/2026] [--unit "xã An Phú"] [--force] [--no-annex] [--sheet TÊN] [--lang vi|en]

Tạo tệp Word (.docx): mục 2 phần I trên trang A4 đứng, bảng phụ lục trên trang A4 ngang, theo thể thức
Nghị định 30/2020/NĐ-CP. Không có --out thì ghi bao-cao-tthc-<kỳ>-<năm>.docx ở thư mục hiện tại.
Kỳ báo cáo như lệnh narrative: theo tiêu đề trang tính; tham số mâu thuẫn với tiêu đề cần --force.
Mã thoát: 0 đã ghi (bảng có lỗi thì báo ở stderr), 2 không đọc được tệp, tham số sai hoặc không ghi được.`,
    en: `Usage: tthc-report report FILE.xlsx [--out report.docx] [--quarter II] [--year 2026] [--from 15/3/2026]
                  [--to 14/6/2026] [--unit "xã An Phú"] [--force] [--no-annex] [--sheet NAME] [--lang vi|en]

Writes a Word file (.docx): section I.2 on portrait A4, the annex table on landscape A4, laid out per
Decree 30/2020/NĐ-CP. Without --out it writes bao-cao-tthc-<period>-<year>.docx in the current folder.
The period as for narrative: the sheet's title's; options that contradict it need --force.
Exit codes: 0 written (a table with errors is reported on stderr), 2 unreadable input, bad option or write failure.`,
  } as LocalizedText,
  checkTextUsage: {
    vi: `Cách dùng: tthc-report check-text BÁO-CÁO.txt|.docx --table TỆP.xlsx [--sheet TÊN] [--json] [--lang vi|en]

Đối chiếu các số liệu mục 2 phần I của một báo cáo đã viết với bảng phụ lục: số hồ sơ và tỷ lệ khớp,
không khớp (kèm số của bảng) hay không đối chiếu được (thanh toán trực tuyến, số hóa).
Mã thoát: 0 mọi số liệu đối chiếu được đều khớp, 1 có số liệu không khớp, 2 không đọc được tệp.`,
    en: `Usage: tthc-report check-text REPORT.txt|.docx --table FILE.xlsx [--sheet NAME] [--json] [--lang vi|en]

Checks the figures of section I.2 of a written report against the annex table: each count and rate agrees,
differs (with the table's value) or cannot be checked from the annex (online payment, digitisation).
Exit codes: 0 every checkable figure agrees, 1 a figure differs, 2 unreadable input.`,
  } as LocalizedText,
  noFile: { vi: 'Thiếu tệp .xlsx.', en: 'No .xlsx file given.' } as LocalizedText,
  tooManyFiles: { vi: 'Chỉ nhận một tệp.', en: 'Takes one file only.' } as LocalizedText,
  noReport: { vi: 'Thiếu tệp báo cáo (.txt hoặc .docx).', en: 'No report file (.txt or .docx) given.' } as LocalizedText,
  noTable: { vi: 'Thiếu --table TỆP.xlsx (bảng phụ lục để đối chiếu).', en: 'Missing --table FILE.xlsx (the annex to check against).' } as LocalizedText,
  badQuarter: (value: string): LocalizedText => ({
    vi: `--quarter “${value}” không hợp lệ: dùng I, II, III, IV (hoặc 1–4), 6T, 9T hoặc năm.`,
    en: `--quarter “${value}” is not valid: use I, II, III, IV (or 1–4), 6M, 9M or year.`,
  }),
  badYear: (value: string): LocalizedText => ({ vi: `--year “${value}” không hợp lệ: cần năm 4 chữ số, ví dụ 2026.`, en: `--year “${value}” is not valid: give a 4-digit year, e.g. 2026.` }),
  badDate: (option: string, value: string): LocalizedText => ({
    vi: `${option} “${value}” không phải ngày hợp lệ: viết ngày/tháng/năm, ví dụ 15/3/2026.`,
    en: `${option} “${value}” is not a valid date: write day/month/year, e.g. 15/3/2026.`,
  }),
  periodReversed: (from: string, to: string, source: 'flags' | 'mixed' | 'sheet'): LocalizedText => {
    const where = {
      flags: { vi: '--from, --to', en: '--from, --to' },
      mixed: { vi: '--from/--to cùng với --quarter/--year hoặc tiêu đề trang tính', en: '--from/--to together with --quarter/--year or the sheet’s title rows' },
      sheet: { vi: 'tiêu đề trang tính', en: 'the sheet’s title rows' },
    }[source];
    return {
      vi: `Kỳ báo cáo không hợp lệ: ngày kết thúc ${to} đứng trước ngày bắt đầu ${from} (${where.vi}). Không viết đoạn văn; sửa ngày rồi chạy lại.`,
      en: `Invalid reporting period: the end ${to} is before the start ${from} (${where.en}). Nothing written; fix the dates and run again.`,
    };
  },
  dateNeedsYear: (option: string, value: string): LocalizedText => ({
    vi: `${option} “${value}” thiếu năm, và tiêu đề trang tính cũng không ghi năm: viết ngày/tháng/năm, ví dụ 30/6/2026, hoặc thêm --year.`,
    en: `${option} “${value}” has no year, nor does the sheet’s title: write day/month/year, e.g. 30/6/2026, or add --year.`,
  }),
  badFormat: (value: string): LocalizedText => ({ vi: `--format “${value}” không hợp lệ: dùng text hoặc html.`, en: `--format “${value}” is not valid: use text or html.` }),
  nothingCheckable: (file: string): LocalizedText => ({
    vi: `${file}: không có số liệu nào đối chiếu được với bảng — văn bản không nêu số hồ sơ hay tỷ lệ nào của mục I.2 (“Tổng số hồ sơ tiếp nhận…”, “Số hồ sơ đã giải quyết…”). Kiểm tra lại tệp văn bản.`,
    en: `${file}: no figure could be checked against the table — the text states no dossier count or rate of section I.2 (“Tổng số hồ sơ tiếp nhận…”, “Số hồ sơ đã giải quyết…”). Check the report file.`,
  }),
  tableHasErrors: (file: string, errors: number): LocalizedText => ({
    vi: `Lưu ý: bảng trong ${file} có ${errors} lỗi — đoạn văn có thể mang số liệu sai. Xem: tthc-report validate ${file}`,
    en: `Note: the table in ${file} has ${errors} error${errors === 1 ? '' : 's'} — the paragraphs may carry wrong figures. See: tthc-report validate ${file}`,
  }),
  totalsFromFields: {
    vi: 'Bảng không có dòng “Tổng cộng”: số tổng là tổng các dòng lĩnh vực.',
    en: 'The table has no “Tổng cộng” (totals) row: the totals are the sums of the field rows.',
  } as LocalizedText,
  omittedLines: (keys: string): LocalizedText => ({
    vi: `Bảng không có cột cho các dòng sau nên đã bỏ qua: ${keys}.`,
    en: `The table has no column for these lines, left out: ${keys}.`,
  }),
  written: (file: string): LocalizedText => ({ vi: `Đã ghi ${file}`, en: `Wrote ${file}` }),
  cannotWrite: (file: string, reason: string): LocalizedText => ({ vi: `Không ghi được ${file} (${reason}).`, en: `Cannot write ${file} (${reason}).` }),
  reportUnreadable: (file: string, reason: string): LocalizedText => ({
    vi: `${file}: không đọc được văn bản báo cáo (${reason}).`,
    en: `${file}: cannot read the report text (${reason}).`,
  }),
  reportMissing: (file: string): LocalizedText => ({ vi: `${file}: không tìm thấy tệp.`, en: `${file}: file not found.` }),
  reportKind: (file: string): LocalizedText => ({
    vi: `${file}: chỉ đọc được .txt hoặc .docx (tệp .doc cũ: mở trong Word và lưu thành .docx).`,
    en: `${file}: only .txt or .docx can be read (old .doc: open in Word and save as .docx).`,
  }),
  checkHeader: (report: string, table: string, sheet: string): LocalizedText => ({
    vi: `${report} đối chiếu với ${table} — trang “${sheet}”`,
    en: `${report} checked against ${table} — sheet “${sheet}”`,
  }),
};

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
  tableHasErrors: (errors: number) => string;
  blanksToFill: (count: number) => string;
  omitted: (lines: string) => string;
  totalsFromFields: string;
  badYear: string;
  badDate: (label: string) => string;
  dateNeedsYear: (label: string) => string;
  previewLabel: string;
  copy: string;
  copied: (paragraphs: number, withAnnex: boolean) => string;
  copiedWithErrors: (errors: number) => string;
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
    tableHasErrors: (errors) =>
      `Bảng phụ lục còn ${errors} lỗi: các đoạn văn dưới đây sẽ mang số liệu sai. Nên sửa bảng (thẻ Kiểm tra) trước khi sao chép.`,
    blanksToFill: (count) => `${count} chỗ đánh dấu […] phụ lục không có số liệu: điền tay trong Word.`,
    omitted: (lines) => `Bảng không có cột cho: ${lines} — các dòng này được bỏ qua.`,
    totalsFromFields: 'Bảng không có dòng “Tổng cộng”: số tổng là tổng các dòng lĩnh vực.',
    badYear: 'Năm cần 4 chữ số, ví dụ 2026.',
    badDate: (label) => `${label}: cần ngày hợp lệ dạng ngày/tháng/năm, ví dụ 15/3/2026.`,
    dateNeedsYear: (label) => `${label}: thiếu năm, và tiêu đề trang tính cũng không ghi năm — viết ngày/tháng/năm, ví dụ 30/6/2026, hoặc nhập năm.`,
    previewLabel: 'Đoạn văn sẽ sao chép',
    copy: 'Sao chép sang Word',
    copied: (paragraphs, withAnnex) =>
      `Đã sao chép ${paragraphs} đoạn${withAnnex ? ' và bảng phụ lục' : ''}. Mở Word và dán (Ctrl+V, trên máy Mac ⌘V).`,
    copiedWithErrors: (errors) => `Lưu ý: bảng còn ${errors} lỗi, số liệu đã sao chép có thể sai.`,
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
    tableHasErrors: (errors) =>
      `The annex table still has ${errors} error${errors === 1 ? '' : 's'}: the paragraphs below will carry wrong figures. Fix the table (Validate tab) before copying.`,
    blanksToFill: (count) => `${count} […] mark${count === 1 ? '' : 's'}: figures the annex does not hold, to fill in Word.`,
    omitted: (lines) => `The table has no column for: ${lines} — these lines are left out.`,
    totalsFromFields: 'The table has no “Tổng cộng” (totals) row: the totals are the sums of the field rows.',
    badYear: 'The year needs 4 digits, e.g. 2026.',
    badDate: (label) => `${label}: give a valid date as day/month/year, e.g. 15/3/2026.`,
    dateNeedsYear: (label) => `${label}: no year, nor does the sheet’s title give one — write day/month/year, e.g. 30/6/2026, or type the year.`,
    previewLabel: 'Paragraphs to copy',
    copy: 'Copy to Word',
    copied: (paragraphs, withAnnex) =>
      `Copied ${paragraphs} paragraphs${withAnnex ? ' and the annex table' : ''}. Open Word and paste (Ctrl+V, ⌘V on a Mac).`,
    copiedWithErrors: (errors) => `Note: the table still has ${errors} error${errors === 1 ? '' : 's'}; the copied figures may be wrong.`,
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
    lineLabel: (line) => `Line ${line}`,
  },
};
