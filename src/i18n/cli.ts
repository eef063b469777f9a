// Messages of the command-line tool (the CLI speaks to clerks and scripts: vi by default, en with --lang en).
import type { LocalizedText } from '../core/types';
import type { WorkbookFormat, WorkbookProblem } from '../workbook/types';

const SAVE_AS_XLSX = {
  vi: 'mở tệp trong Excel (hoặc WPS, LibreOffice) và chọn Lưu thành (Save As) → "Sổ làm việc Excel (*.xlsx)", rồi dùng tệp .xlsx đó',
  en: 'open it in Excel (or WPS, LibreOffice), Save As "Excel Workbook (*.xlsx)" and use that .xlsx',
};

export const FORMAT_NAME: Record<WorkbookFormat, LocalizedText> = {
  xlsx: { vi: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  xls: { vi: 'Excel 97-2003 (.xls)', en: 'Excel 97-2003 (.xls)' },
  et: { vi: 'WPS Spreadsheets (.et)', en: 'WPS Spreadsheets (.et)' },
  ods: { vi: 'LibreOffice Calc (.ods)', en: 'LibreOffice Calc (.ods)' },
  csv: { vi: 'CSV (.csv)', en: 'CSV (.csv)' },
};

/** One line per file that cannot be read: what the file is and what the clerk can do. */
export function workbookProblemText(file: string, problem: WorkbookProblem): LocalizedText {
  switch (problem.kind) {
    case 'encrypted':
      return {
        vi: `${file}: tệp ${FORMAT_NAME[problem.format].vi} được đặt mật khẩu mở, nên không đọc được. Hãy mở tệp (nhập mật khẩu), bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa trống) rồi lưu thành .xlsx.`,
        en: `${file}: the ${FORMAT_NAME[problem.format].en} file is protected by a password to open, so it cannot be read. Open it (enter the password), remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save it as .xlsx.`,
      };
    case 'damaged':
      return {
        vi: `${file}: tệp ${FORMAT_NAME[problem.format].vi} bị hỏng, không đọc được (${problem.detail}). Nếu Excel mở được tệp, hãy lưu thành .xlsx (Lưu thành › "Sổ làm việc Excel (*.xlsx)") rồi dùng tệp mới.`,
        en: `${file}: the ${FORMAT_NAME[problem.format].en} file is damaged and cannot be read (${problem.detail}). If Excel opens it, save it as .xlsx (Save As › "Excel Workbook (*.xlsx)") and use the new file.`,
      };
    case 'html':
      return {
        vi: `${file}: tệp này là trang web (HTML) mang tên bảng tính, như nhiều hệ thống xuất ra; ${SAVE_AS_XLSX.vi}.`,
        en: `${file}: this is a web page (HTML) with a spreadsheet's name, as many platforms export; ${SAVE_AS_XLSX.en}.`,
      };
    case 'xml-2003':
      return {
        vi: `${file}: tệp này là bảng tính XML 2003 (XML Spreadsheet); ${SAVE_AS_XLSX.vi}.`,
        en: `${file}: this is an XML Spreadsheet 2003 file; ${SAVE_AS_XLSX.en}.`,
      };
    case 'xlsb':
      return {
        vi: `${file}: tệp Excel nhị phân (.xlsb) chưa đọc được; ${SAVE_AS_XLSX.vi}.`,
        en: `${file}: Excel binary workbooks (.xlsb) cannot be read yet; ${SAVE_AS_XLSX.en}.`,
      };
    case 'other-office':
      return {
        vi: `${file}: tệp này là văn bản Word, PowerPoint hoặc tài liệu khác, không phải bảng tính. Hãy chọn tệp Excel (.xlsx, .xls, .ods) có bảng phụ lục.`,
        en: `${file}: this is a Word, PowerPoint or other document, not a spreadsheet. Choose the Excel file (.xlsx, .xls, .ods) that holds the annex.`,
      };
    case 'empty':
      return {
        vi: `${file}: tệp rỗng (0 byte) — có thể tải về chưa xong; hãy tải lại hoặc lưu lại tệp.`,
        en: `${file}: the file is empty (0 bytes) — perhaps the download did not finish; download or save it again.`,
      };
    case 'unknown':
      return {
        vi: `${file}: không phải tệp bảng tính (.xlsx, .xls, .ods, .et). Hãy chọn tệp Excel có bảng phụ lục.`,
        en: `${file}: not a spreadsheet file (.xlsx, .xls, .ods, .et). Choose the Excel file that holds the annex.`,
      };
  }
}

export const cliMessages = {
  fileMissing: (file: string): LocalizedText => ({ vi: `${file}: không tìm thấy tệp.`, en: `${file}: file not found.` }),
  fileUnreadable: (file: string, reason: string): LocalizedText => ({
    vi: `${file}: không đọc được tệp (${reason}).`,
    en: `${file}: cannot read the file (${reason}).`,
  }),
  /** Said when the workbook was not an .xlsx: which format was read. */
  formatRead: (format: WorkbookFormat): LocalizedText => ({ vi: `  Đã đọc tệp dạng ${FORMAT_NAME[format].vi}.`, en: `  Read as ${FORMAT_NAME[format].en}.` }),
};

export const validateText = {
  usage: {
    vi: `Cách dùng: tthc-report validate TỆP.xlsx… [--sheet TÊN] [--total-row NHÃN] [--field-row NHÃN] [--json] [--lang vi|en]

Kiểm tra bảng phụ lục kết quả giải quyết TTHC: các công thức cộng theo dòng, dòng tổng cộng,
(tiếp nhận) = (đã giải quyết) + (đang giải quyết) và dòng tỷ lệ.
  --total-row NHÃN   dòng có nhãn này là dòng tổng cộng (khi bảng hỏi lại một dòng có số liệu bằng tổng)
  --field-row NHÃN   dòng có nhãn này là một lĩnh vực, không phải dòng tổng
Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi, 2 không đọc được tệp hoặc không có bảng.`,
    en: `Usage: tthc-report validate FILE.xlsx… [--sheet NAME] [--total-row LABEL] [--field-row LABEL] [--json] [--lang vi|en]

Checks the TTHC annex table: row sums, the totals row, received = resolved + pending, and the rates row.
  --total-row LABEL   the row with this label is the totals row (when asked about a row whose counts are the sums)
  --field-row LABEL   the row with this label is a field, not a totals row
Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file cannot be read or holds no annex table.`,
  } as LocalizedText,
  header: (file: string, sheet: string, range: string): LocalizedText => ({
    vi: `${file} — trang “${sheet}”, bảng ${range}`,
    en: `${file} — sheet “${sheet}”, table ${range}`,
  }),
  otherSheets: (sheets: string[]): LocalizedText => ({
    vi: `  Lưu ý: các trang tính ${sheets.map((s) => `“${s}”`).join(', ')} cũng có bảng phụ lục nhưng chưa được kiểm tra (dùng --sheet TÊN).`,
    en: `  Note: sheets ${sheets.map((s) => `“${s}”`).join(', ')} also hold an annex table and were not checked (use --sheet NAME).`,
  }),
  otherTables: (ranges: string[]): LocalizedText => ({
    vi: `  Lưu ý: trang tính còn ${ranges.length === 1 ? 'một bảng' : `${ranges.length} bảng`} phụ lục khác (${ranges.join(', ')}) chưa được kiểm tra — hãy tách mỗi bảng ra một trang tính.`,
    en: `  Note: the sheet holds ${ranges.length === 1 ? 'another annex table' : `${ranges.length} more annex tables`} (${ranges.join(', ')}) that was not checked — put each table on its own sheet.`,
  }),
  severity: { error: { vi: 'LỖI', en: 'ERROR' }, warning: { vi: 'CẢNH BÁO', en: 'WARNING' } } as Record<'error' | 'warning', LocalizedText>,
  rowChoiceHint: (label: string): LocalizedText => ({
    vi: `Trả lời bằng --total-row "${label}" (là dòng tổng) hoặc --field-row "${label}" (là một lĩnh vực).`,
    en: `Answer with --total-row "${label}" (it is the totals row) or --field-row "${label}" (it is a field).`,
  }),
  total: (files: number, errors: number, warnings: number): LocalizedText => ({
    vi: `Tổng: ${files} tệp, ${errors} lỗi, ${warnings} cảnh báo.`,
    en: `Total: ${files} file${files === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
  }),
  unknownOption: (option: string): LocalizedText => ({ vi: `Tuỳ chọn không hợp lệ: ${option}`, en: `Unknown option: ${option}` }),
  missingValue: (option: string): LocalizedText => ({ vi: `Thiếu giá trị cho ${option}`, en: `Missing value for ${option}` }),
  noFiles: { vi: 'Chưa chỉ định tệp nào.', en: 'No file given.' } as LocalizedText,
};
