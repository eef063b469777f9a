// Messages of the command-line tool (the CLI speaks to clerks and scripts: vi by default, en with --lang en).
import type { LocalizedText } from '../core/types';

export const cliMessages = {
  fileMissing: (file: string) => `${file}: không tìm thấy tệp / file not found`,
  fileUnreadable: (file: string, reason: string) => `${file}: không đọc được tệp (${reason}) / cannot read the file (${reason})`,
  oldXls: (file: string) => `${file}: tệp Excel 97-2003 (.xls) không được hỗ trợ — hãy mở trong Excel và lưu thành .xlsx (File › Save As › Excel Workbook) / old .xls files are not supported: save as .xlsx`,
  notXlsx: (file: string) => `${file}: không phải tệp .xlsx / not an .xlsx file`,
  corruptXlsx: (file: string, reason: string) => `${file}: tệp .xlsx bị hỏng hoặc không đọc được (${reason}) / the .xlsx file is damaged or unreadable (${reason})`,
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
