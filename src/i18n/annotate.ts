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
  written: (file: string, cells: number): LocalizedText => ({
    vi: `  Đã ghi bản đánh dấu: ${file} (${cells} ô được tô hoặc viền, mỗi ô có ghi chú; trang "Kết quả kiểm tra" liệt kê các lỗi).`,
    en: `  Annotated copy written: ${file} (${cells} cells filled or outlined, each with a note; the "Validation results" sheet lists the findings).`,
  }),
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
