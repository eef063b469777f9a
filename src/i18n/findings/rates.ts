// What a rate cell's check says.
import type { LocalizedText } from '../../core/types';
import { cellsEn, cellsVi, enNum, enPct, viNum, viPct } from './words';

export const ratesMessages = {
  rate: (
    cell: string,
    definition: string,
    stated: number,
    expected: number,
    decimals: number,
    num: number,
    den: number,
    correctedBy: string[] = [],
  ): LocalizedText => ({
    vi: `Tỷ lệ ở ô ${cell} (${definition}) ghi ${viPct(stated, decimals)}, tính từ số liệu${correctedBy.length ? ` (khi đã sửa ${cellsVi(correctedBy)})` : ''} là ${viNum(num)}/${viNum(den)} = ${viPct(expected, decimals)}.`,
    en: `Rate in ${cell} (${definition}) states ${enPct(stated, decimals)}, the counts${correctedBy.length ? ` (once ${cellsEn(correctedBy)} ${correctedBy.length === 1 ? 'is' : 'are'} corrected)` : ''} give ${enNum(num)}/${enNum(den)} = ${enPct(expected, decimals)}.`,
  }),
  rateWrongAfterFix: (cell: string, definition: string, stated: number, expected: number | null, decimals: number, culprits: string[]): LocalizedText => ({
    vi: `Tỷ lệ ở ô ${cell} (${definition}) ghi ${viPct(stated, decimals)}: khớp với số đang ghi, nhưng sai khi sửa ${cellsVi(culprits)}${expected !== null ? `: đúng ra ${viPct(expected, decimals)}` : ' (mẫu số thành 0: để trống, 0% hoặc “-”)'}.`,
    en: `Rate in ${cell} (${definition}) states ${enPct(stated, decimals)}: right with the counts as typed, wrong once ${cellsEn(culprits)} ${culprits.length === 1 ? 'is' : 'are'} corrected${expected !== null ? `: it should be ${enPct(expected, decimals)}` : ' (the denominator becomes 0: leave it blank, 0% or “-”)'}.`,
  }),
  rateInputsInQuestion: (cell: string, definition: string, inputs: string[]): LocalizedText => ({
    vi: `Chưa kiểm tra được tỷ lệ ở ô ${cell} (${definition}): ${cellsVi(inputs)} nằm trong phép cộng đang không khớp mà chưa chỉ ra được ô sai. Sửa các phép cộng rồi kiểm tra lại.`,
    en: `The rate in ${cell} (${definition}) could not be checked: ${cellsEn(inputs)} ${inputs.length === 1 ? 'is' : 'are'} in a failing sum whose wrong cell could not be named. Fix the sums and check again.`,
  }),
  rateZeroDenominator: (cell: string, definition: string, stated: number, decimals: number): LocalizedText => ({
    vi: `Tỷ lệ ở ô ${cell} (${definition}) ghi ${viPct(stated, decimals)} nhưng mẫu số bằng 0: ô này phải để trống, 0% hoặc “-”.`,
    en: `Rate in ${cell} (${definition}) states ${enPct(stated, decimals)} but its denominator is 0: leave it blank, 0% or “-”.`,
  }),
  missingRate: (cell: string, definition: string, expected: number, decimals: number): LocalizedText => ({
    vi: `Thiếu tỷ lệ ở ô ${cell} (${definition}): tính từ số liệu là ${viPct(expected, decimals)}.`,
    en: `Missing rate in ${cell} (${definition}): the counts give ${enPct(expected, decimals)}.`,
  }),
  badRate: (cell: string, raw: string): LocalizedText => ({
    vi: `Ô tỷ lệ ${cell} ghi “${raw}”, không đọc được thành tỷ lệ.`,
    en: `Rate cell ${cell} holds “${raw}”, which cannot be read as a rate.`,
  }),
  rateNotChecked: (column: string, label: string): LocalizedText => ({
    vi: `Cột tỷ lệ ${column} (“${label}”) không được kiểm tra: mẫu biểu không ghi rõ công thức (hãy ghi công thức ở dòng đánh số cột, ví dụ “(12)=((8)+(9))/(7)”).`,
    en: `Rate column ${column} (“${label}”) was not checked: the form does not say how it is computed (write the formula in the numbering row, e.g. “(12)=((8)+(9))/(7)”).`,
  }),
};
