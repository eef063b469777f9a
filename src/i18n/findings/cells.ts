// What is wrong with single cells: error values, negative or decimal counts, words, numbers stored as text, totals typed among formulas, formulas without a result, =SUM ranges that miss rows.
import { formatNumber } from '../../shared/numbers';
import type { LocalizedText } from '../../core/types';

export const cellsMessages = {
  badError: (cell: string, raw: string): LocalizedText => ({
    vi: `Ô ${cell} chứa lỗi ${raw}: các phép cộng có ô này không kiểm tra được.`,
    en: `${cell} holds the error ${raw}: the sums that use this cell cannot be checked.`,
  }),
  badNegative: (cell: string, raw: string): LocalizedText => ({
    vi: `Ô ${cell} ghi số âm (${raw}): số hồ sơ không thể âm.`,
    en: `${cell} holds a negative number (${raw}): a dossier count cannot be negative.`,
  }),
  badDecimal: (cell: string, value: number, thousandsReading: number | null): LocalizedText => {
    const hintVi =
      thousandsReading !== null
        ? ` (${formatNumber(value, 'en')} = ${thousandsReading}? Có thể dấu chấm phân cách hàng nghìn đã bị Excel hiểu là dấu thập phân.)`
        : '';
    const hintEn =
      thousandsReading !== null ? ` (${formatNumber(value, 'en')} = ${thousandsReading}? The thousands dot may have been read as a decimal point.)` : '';
    return {
      vi: `Ô ${cell} ghi số lẻ ${formatNumber(value, 'en')}: số hồ sơ phải là số nguyên.${hintVi}`,
      en: `${cell} holds the decimal ${formatNumber(value, 'en')}: a dossier count must be a whole number.${hintEn}`,
    };
  },
  badText: (cell: string, raw: string): LocalizedText => {
    const letterO = /^[oO]+$/.test(raw.trim());
    return {
      vi: `Ô ${cell} ghi “${raw}”, không phải là số hồ sơ.${letterO ? ' Có phải gõ nhầm chữ O thay cho số 0?' : ''}`,
      en: `${cell} holds “${raw}”, which is not a dossier count.${letterO ? ' Was the letter O typed for the digit 0?' : ''}`,
    };
  },
  textNumber: (cell: string, raw: string): LocalizedText => ({
    vi: `Ô ${cell} ghi số dưới dạng chữ (“${raw}”): hàm SUM của Excel bỏ qua ô này.`,
    en: `${cell} stores a number as text (“${raw}”): Excel's SUM silently skips it.`,
  }),
  sumRange: (cell: string, formula: string, rows: number[]): LocalizedText => ({
    vi: `Công thức ${formula} ở ô ${cell} không cộng ${rows.length === 1 ? 'dòng' : 'các dòng'} ${rows.join(', ')} của bảng: có lẽ dòng đã được chèn ngoài vùng cộng.`,
    en: `The formula ${formula} in ${cell} leaves out row${rows.length === 1 ? '' : 's'} ${rows.join(', ')} of the table: a row was probably inserted outside the summed range.`,
  }),
  constantTotal: (cell: string): LocalizedText => ({
    vi: `Ô ${cell} là số gõ tay trong khi các ô cùng loại bên cạnh là công thức: số này không tự cập nhật khi số liệu thay đổi.`,
    en: `${cell} is a typed constant where its neighbours are formulas: it will not update when the counts change.`,
  }),
  noCachedValue: (cell: string): LocalizedText => ({
    vi: `Ô ${cell} là công thức nhưng tệp không lưu kết quả tính: hãy mở tệp trong Excel và lưu lại để kiểm tra được ô này.`,
    en: `${cell} is a formula the file holds no computed result for: open and save the file in Excel so it can be checked.`,
  }),
};
