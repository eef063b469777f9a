// The words of section I.2 of the quarterly report, in Vietnamese (the report's own wording) and
// English. Templates name their slots {like_this}; render.ts fills them with figures or blanks.

import type { PeriodKind } from '../../core/calendar';
import type { Lang, LocalizedText } from '../../core/types';

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
  /** With another period given: the change after {count}, alone or after the rate. */
  changeSuffix: string;
  rateAndChangeSuffix: string;
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
    received: '- Tổng số hồ sơ tiếp nhận là: {count} hồ sơ{change}. Trong đó:',
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
    changeSuffix: ' ({change})',
    rateAndChangeSuffix: ' (tỷ lệ {rate}; {change})',
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
    received: '- Total dossiers received: {count} dossiers{change}, of which:',
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
    changeSuffix: ' ({change})',
    rateAndChangeSuffix: ' (rate {rate}; {change})',
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
