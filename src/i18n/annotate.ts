// The words of the annotated copy: its results sheet, and why a copy could not be made.
import type { LocalizedText } from '../core/types';
import type { AnnotateProblem } from '../workbook/annotate/errors';
import { workbookProblemText } from './cli';

export const annotateTexts = {
  sheetName: { vi: 'Kết quả kiểm tra', en: 'Validation results' } as LocalizedText,
  columns: {
    severity: { vi: 'Mức độ', en: 'Severity' },
    cell: { vi: 'Ô', en: 'Cell' },
    row: { vi: 'Dòng', en: 'Row' },
    message: { vi: 'Nội dung', en: 'Finding' },
  } as Record<'severity' | 'cell' | 'row' | 'message', LocalizedText>,
  severity: { error: { vi: 'Lỗi', en: 'Error' }, warning: { vi: 'Cảnh báo', en: 'Warning' } } as Record<'error' | 'warning', LocalizedText>,
  verdict: { vi: 'Kết luận', en: 'Verdict' } as LocalizedText,
  noTable: { vi: 'Không kiểm tra được', en: 'Not checked' } as LocalizedText,
  validateOptions: {
    vi: `Bản đánh dấu (mở bằng Excel, WPS Office hoặc LibreOffice):
  --annotate RA.xlsx     ghi bản sao của tệp: ô sai tô đỏ (cảnh báo tô vàng), mỗi ô có ghi chú lý do,
                         thêm trang "Kết quả kiểm tra" liệt kê các lỗi, có liên kết tới ô (một tệp)
  --annotate-dir THƯ_MỤC  như trên cho nhiều tệp: THƯ_MỤC/<tên tệp>-danh-dau.xlsx
  Chỉ ghi được từ tệp .xlsx; mọi giá trị, công thức, biểu đồ, trang tính khác giữ nguyên.`,
    en: `Annotated copy (open it in Excel, WPS Office or LibreOffice):
  --annotate OUT.xlsx    write a copy of the file: wrong cells filled red (warnings amber), each with a note
                         saying why, and a "Validation results" sheet listing the findings with links (one file)
  --annotate-dir DIR     the same for many files: DIR/<file name>-danh-dau.xlsx
  Written only from .xlsx; every value, formula, chart and other sheet is kept as it is.`,
  } as LocalizedText,
  notWithPeriods: {
    vi: '--annotate và --annotate-dir chưa dùng được cùng --previous hay --periods: hãy chạy riêng lệnh kiểm tra có --annotate.',
    en: '--annotate and --annotate-dir cannot be combined with --previous or --periods yet: run the check with --annotate on its own.',
  } as LocalizedText,
  oneFileOnly: {
    vi: '--annotate ghi một tệp: với nhiều tệp hãy dùng --annotate-dir THƯ_MỤC.',
    en: '--annotate writes one file: for many files use --annotate-dir DIR.',
  } as LocalizedText,
  sameAsInput: (file: string): LocalizedText => ({
    vi: `${file}: bản đánh dấu không được ghi đè lên tệp gốc, hãy chọn tên khác.`,
    en: `${file}: the annotated copy must not overwrite the original, choose another name.`,
  }),
  cannotWrite: (file: string, reason: string): LocalizedText => ({
    vi: `${file}: không ghi được tệp (${reason}).`,
    en: `${file}: cannot write the file (${reason}).`,
  }),
  written: (file: string, cells: number): LocalizedText =>
    cells === 0
      ? {
          vi: `  Đã ghi bản đánh dấu: ${file} (không có ô nào sai; trang "Kết quả kiểm tra" ghi kết luận).`,
          en: `  Annotated copy written: ${file} (no wrong cell; the "Validation results" sheet states the verdict).`,
        }
      : {
          vi: `  Đã ghi bản đánh dấu: ${file} (${cells} ô được tô màu hoặc kẻ viền, mỗi ô có ghi chú lý do; trang "Kết quả kiểm tra" liệt kê các lỗi).`,
          en: `  Annotated copy written: ${file} (${cells} cells filled or outlined, each with a note saying why; the "Validation results" sheet lists the findings).`,
        },
};

const SAVE_AS_XLSX: LocalizedText = {
  vi: 'mở tệp bằng Excel, WPS hoặc LibreOffice, chọn Lưu thành (Save As) › "Sổ làm việc Excel (*.xlsx)", rồi dùng tệp .xlsx mới',
  en: 'open it in Excel, WPS or LibreOffice, choose Save As › "Excel Workbook (*.xlsx)", and use the new .xlsx file',
};

const FORMAT: Record<'xls' | 'et' | 'ods', string> = { xls: '.xls', et: '.et (WPS)', ods: '.ods (LibreOffice)' };

/** One line: what the file is and what to do. */
export function annotateProblemText(file: string, problem: AnnotateProblem): LocalizedText {
  switch (problem.kind) {
    case 'not-xlsx':
      return {
        vi: `${file}: bản đánh dấu chỉ ghi được từ tệp .xlsx, tệp này là ${FORMAT[problem.format]}: hãy ${SAVE_AS_XLSX.vi}.`,
        en: `${file}: the annotated copy is written only from an .xlsx file and this one is ${FORMAT[problem.format]}: ${SAVE_AS_XLSX.en}.`,
      };
    case 'no-sheet':
      return { vi: `${file}: không có trang tính "${problem.sheet}".`, en: `${file}: there is no sheet "${problem.sheet}".` };
    default:
      return workbookProblemText(file, problem);
  }
}
