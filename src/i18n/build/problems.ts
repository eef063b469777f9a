// Skipped rows and warnings of the build, as the clerk reads them.
import type { Lang } from '../../core/types';
import type { BuildWarning, BuildWarningKind, SkipReason, SkippedRow } from '../../core/build/types';
import { COLUMN_KEY_LABEL } from './labels';

type Texts = Record<Lang, string>;

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
  'format-read': (w) => {
    const name = { xls: 'Excel 97-2003 (.xls)', et: 'WPS Spreadsheets (.et)', ods: 'LibreOffice Calc (.ods)' }[w.format ?? 'xls'];
    return { vi: `${w.source}: đã đọc tệp dạng ${name}`, en: `${w.source}: read as ${name}` };
  },
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
