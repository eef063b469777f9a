// The "Cộng dồn" panel's words.
import type { Lang, LocalizedText } from '../../core/types';

const FORCE_HINT: LocalizedText = { vi: 'đánh dấu “Vẫn lập khi số chuyển kỳ không khớp”', en: 'tick “Write it even if the carry-over does not hold”' };

export interface CumulatePaneTexts {
  cumulateTitle: string;
  cumulateIntro: string;
  quartersLabel: string;
  noQuarterSheets: string;
  labelLabel: string;
  labelAuto: string;
  yearLabel: string;
  forceLabel: string;
  /** How to write a refused cumulative annex all the same, in the refusal's sentence. */
  forceHint: LocalizedText;
  cumulateButton: string;
  cumulating: string;
  written: (sheet: string, period: string) => string;
  writtenForced: (sheet: string) => string;
  writeFailed: (detail: string) => string;
  chooseTwo: string;
  selfCheck: (verdict: string) => string;
  severity: Record<'error' | 'warning', string>;
  goToCell: (cell: string) => string;
}

export const cumulatePaneTexts: Record<Lang, CumulatePaneTexts> = {
  vi: {
    cumulateTitle: 'Cộng dồn',
    cumulateIntro:
      'Lập bảng 6 tháng, 9 tháng hoặc cả năm từ các trang quý của sổ này: số tiếp nhận và đã giải quyết cộng các quý, số từ kỳ trước lấy của quý đầu, số đang giải quyết lấy của quý cuối, tỷ lệ tính lại.',
    quartersLabel: 'Các trang quý',
    noQuarterSheets: 'Sổ chưa có trang tính nào có bảng phụ lục.',
    labelLabel: 'Kỳ cộng dồn',
    labelAuto: 'Theo các quý đã chọn',
    yearLabel: 'Năm',
    forceLabel: 'Vẫn lập khi số chuyển kỳ không khớp (ghi rõ chỗ lệch dưới bảng)',
    forceHint: FORCE_HINT,
    cumulateButton: 'Lập bảng cộng dồn',
    cumulating: 'Đang lập bảng cộng dồn…',
    written: (sheet, period) => `Đã lập trang “${sheet}”: ${period}. Bảng đã được kiểm tra: hợp lệ.`,
    writtenForced: (sheet) => `Đã lập trang “${sheet}” dù số chuyển kỳ không khớp: chỗ lệch được ghi dưới bảng.`,
    writeFailed: (detail) => `Không ghi được vào sổ: ${detail}`,
    chooseTwo: 'Chọn ít nhất hai trang quý liền nhau.',
    selfCheck: (verdict) => `Kiểm tra bảng cộng dồn: ${verdict}`,
    severity: { error: 'Lỗi', warning: 'Cảnh báo' },
    goToCell: (cell) => `Chọn ô ${cell}`,
  },
  en: {
    cumulateTitle: 'Cumulate',
    cumulateIntro:
      'Makes the 6-month, 9-month or annual annex from this workbook’s quarter sheets: received and resolved summed over the quarters, carried over the first quarter’s, pending the last one’s, rates recomputed.',
    quartersLabel: 'Quarter sheets',
    noQuarterSheets: 'No sheet of this workbook holds an annex table yet.',
    labelLabel: 'Cumulative period',
    labelAuto: 'From the quarters chosen',
    yearLabel: 'Year',
    forceLabel: 'Write it even if the carry-over does not hold (the gap stated under the table)',
    forceHint: FORCE_HINT,
    cumulateButton: 'Make the cumulative annex',
    cumulating: 'Making the cumulative annex…',
    written: (sheet, period) => `Sheet “${sheet}” written: ${period}. Checked: consistent.`,
    writtenForced: (sheet) => `Sheet “${sheet}” written although the carry-over does not hold: the gap is stated under the table.`,
    writeFailed: (detail) => `Cannot write to the workbook: ${detail}`,
    chooseTwo: 'Choose at least two consecutive quarter sheets.',
    selfCheck: (verdict) => `Check of the cumulative annex: ${verdict}`,
    severity: { error: 'Error', warning: 'Warning' },
    goToCell: (cell) => `Select cell ${cell}`,
  },
};
