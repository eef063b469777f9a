// Every message the validation engine says, in Vietnamese and English.
import { formatNumber } from '../core/numbers';
import type { LocalizedText, RowReason, TableColumn } from '../core/types';

const viNum = (n: number) => formatNumber(n, 'vi');
const enNum = (n: number) => formatNumber(n, 'en');
const viPct = (n: number, decimals: number) => `${formatNumber(n, 'vi', decimals)}%`;
const enPct = (n: number, decimals: number) => `${formatNumber(n, 'en', decimals)}%`;

function quoteVi(label: string | undefined): string {
  return label ? `Dòng “${label}”` : 'Dòng';
}

function quoteEn(label: string | undefined): string {
  return label ? `Row “${label}”` : 'Row';
}

/** Beyond this many cells a list is cut, with the count of the rest. */
const MAX_LISTED = 8;

function listCells(cells: string[], and: string, more: (n: number) => string): string {
  if (cells.length <= 1) return cells.join('');
  const shown = cells.slice(0, MAX_LISTED);
  const rest = cells.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${more(rest)}`;
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}`;
}

export function cellsVi(cells: string[]): string {
  return `${cells.length === 1 ? 'ô' : 'các ô'} ${listCells(cells, 'và', (n) => `và ${viNum(n)} ô khác`)}`;
}

export function cellsEn(cells: string[]): string {
  return listCells(cells, 'and', (n) => `and ${enNum(n)} more`);
}

/** Column meanings as a clerk names them (for messages that list what was recognised). */
export const roleNames: Record<string, LocalizedText> = {
  stt: { vi: 'STT', en: 'row number' },
  field: { vi: 'lĩnh vực', en: 'field' },
  received: { vi: 'tổng số tiếp nhận', en: 'received, total' },
  'received.new': { vi: 'tiếp nhận trong kỳ', en: 'received in the period' },
  'received.online': { vi: 'tiếp nhận trực tuyến', en: 'received online' },
  'received.direct': { vi: 'tiếp nhận trực tiếp, bưu chính', en: 'received in person or by post' },
  'received.carried': { vi: 'kỳ trước chuyển sang', en: 'carried over' },
  resolved: { vi: 'tổng số đã giải quyết', en: 'resolved, total' },
  'resolved.early': { vi: 'giải quyết trước hạn', en: 'resolved early' },
  'resolved.onTime': { vi: 'giải quyết đúng hạn', en: 'resolved on time' },
  'resolved.early+onTime': { vi: 'giải quyết đúng hạn', en: 'resolved on time' },
  'resolved.late': { vi: 'giải quyết quá hạn', en: 'resolved late' },
  'resolved.rejected': { vi: 'từ chối', en: 'rejected' },
  'resolved.withdrawn': { vi: 'rút hồ sơ', en: 'withdrawn' },
  pending: { vi: 'tổng số đang giải quyết', en: 'pending, total' },
  'pending.inTime': { vi: 'đang giải quyết trong hạn', en: 'pending in time' },
  'pending.overdue': { vi: 'đang giải quyết quá hạn', en: 'pending overdue' },
  'pending.supplement': { vi: 'chờ bổ sung', en: 'awaiting supplement' },
  rate: { vi: 'tỷ lệ', en: 'rate' },
};

export const locateMessages = {
  emptySheet: (sheet: string): LocalizedText => ({
    vi: `Trang tính “${sheet}” không có dữ liệu.`,
    en: `Sheet “${sheet}” is empty.`,
  }),
  noHeader: (sheet: string, legacyEncoding = false): LocalizedText => ({
    vi: `Không tìm thấy bảng phụ lục trên trang tính “${sheet}”: không có dòng tiêu đề nào chứa các cột “Lĩnh vực”, “Tiếp nhận”, “Đã giải quyết”, “Đang giải quyết”.${legacyEncoding ? ' Chữ trên trang tính có vẻ gõ bằng bảng mã TCVN3 (phông .VnTime): hãy chuyển sang Unicode (ví dụ bằng Unikey › Công cụ chuyển mã) rồi kiểm tra lại.' : ''}`,
    en: `No annex table found on sheet “${sheet}”: no header row with the columns “Lĩnh vực” (field), “Tiếp nhận” (received), “Đã giải quyết” (resolved), “Đang giải quyết” (pending).${legacyEncoding ? ' The text looks typed in the legacy TCVN3 encoding (.VnTime fonts): convert it to Unicode (e.g. Unikey’s converter) and check again.' : ''}`,
  }),
  noIdentities: (sheet: string, columns: TableColumn[], missing: Array<{ group: 'received' | 'resolved' | 'pending'; missing: 'group' | 'total' | 'parts' }>): LocalizedText => {
    const recognised = columns.filter((c) => c.role && c.role !== 'other').map((c) => `${c.letter} = ${roleNames[c.role as string]?.en ?? c.role}`);
    const recognisedVi = columns.filter((c) => c.role && c.role !== 'other').map((c) => `${c.letter} = ${roleNames[c.role as string]?.vi ?? c.role}`);
    const groupVi = { received: '“Tiếp nhận”', resolved: '“Đã giải quyết”', pending: '“Đang giải quyết”' };
    const groupEn = { received: 'received (“Tiếp nhận”)', resolved: 'resolved (“Đã giải quyết”)', pending: 'pending (“Đang giải quyết”)' };
    const whatVi = { group: 'không có nhóm cột', total: 'không có cột “Tổng số” của nhóm', parts: 'không có đủ cột thành phần của nhóm' };
    const whatEn = { group: 'no column group', total: 'no “Tổng số” (total) column in group', parts: 'too few part columns in group' };
    const lacksVi = missing.map((m) => `${whatVi[m.missing]} ${groupVi[m.group]}`).join('; ');
    const lacksEn = missing.map((m) => `${whatEn[m.missing]} ${groupEn[m.group]}`).join('; ');
    return {
      vi: `Trang tính “${sheet}”: có tiêu đề bảng nhưng không xác định được phép cộng nào để kiểm tra. Đã nhận ra: ${recognisedVi.join(', ') || 'không cột nào'}. Còn thiếu: ${lacksVi || 'dòng đánh số cột kiểu “(3)=(4)+(5)+(6)”'}.`,
      en: `Sheet “${sheet}”: found a table header but no sum to check could be derived. Recognised: ${recognised.join(', ') || 'no column'}. Missing: ${lacksEn || 'a numbering row like “(3)=(4)+(5)+(6)”'}.`,
    };
  },
  headerMisread: (sheet: string, identities: string[], columns: TableColumn[]): LocalizedText => {
    const recognised = columns.filter((c) => c.role && c.role !== 'other').map((c) => `${c.letter} = ${roleNames[c.role as string]?.vi ?? c.role}`);
    const recognisedEn = columns.filter((c) => c.role && c.role !== 'other').map((c) => `${c.letter} = ${roleNames[c.role as string]?.en ?? c.role}`);
    return {
      vi: `Trang tính “${sheet}”: không hiểu chắc chắn tiêu đề bảng — phép cộng suy ra từ tiêu đề (${identities.join('; ')}) sai ở hầu hết các dòng, nên không kiểm tra để tránh báo lỗi sai. Đã nhận ra: ${recognised.join(', ')}. Hãy gộp ô (Merge) các tiêu đề nhóm trên đúng các cột của nhóm, hoặc thêm dòng đánh số cột kiểu “(3)=(4)+(5)+(6)”.`,
      en: `Sheet “${sheet}”: the table header could not be understood with confidence — the sums derived from it (${identities.join('; ')}) fail on most rows, so they were not checked, to avoid false errors. Recognised: ${recognisedEn.join(', ')}. Merge each group title over exactly its columns, or add a numbering row like “(3)=(4)+(5)+(6)”.`,
    };
  },
  noRows: (sheet: string): LocalizedText => ({
    vi: `Trang tính “${sheet}”: bảng phụ lục không có dòng lĩnh vực hay dòng tổng cộng nào dưới tiêu đề.`,
    en: `Sheet “${sheet}”: the annex table has no field rows or totals row under its header.`,
  }),
  noTableInWorkbook: (): LocalizedText => ({
    vi: 'Không trang tính nào chứa bảng phụ lục.',
    en: 'No sheet holds an annex table.',
  }),
  noSuchSheet: (sheet: string, available: string[]): LocalizedText => ({
    vi: `Không có trang tính “${sheet}” (có: ${available.join(', ')}).`,
    en: `No sheet named “${sheet}” (available: ${available.join(', ')}).`,
  }),
};

export const findingMessages = {
  rowSum: (row: string | undefined, identity: string, parentCell: string, stated: number, sum: number): LocalizedText => ({
    vi: `${quoteVi(row)}: ${identity} không khớp — ô ${parentCell} ghi ${viNum(stated)}, tổng các cột thành phần là ${viNum(sum)} (lệch ${viNum(stated - sum)}).`,
    en: `${quoteEn(row)}: ${identity} does not add up — ${parentCell} states ${enNum(stated)}, its parts sum to ${enNum(sum)} (off by ${enNum(stated - sum)}).`,
  }),
  crossSum: (row: string | undefined, identity: string, receivedCell: string, received: number, sum: number): LocalizedText => ({
    vi: `${quoteVi(row)}: số tiếp nhận phải bằng đã giải quyết cộng đang giải quyết ${identity} — ô ${receivedCell} ghi ${viNum(received)}, đã + đang giải quyết là ${viNum(sum)} (lệch ${viNum(received - sum)}).`,
    en: `${quoteEn(row)}: received must equal resolved plus pending ${identity} — ${receivedCell} states ${enNum(received)}, resolved + pending is ${enNum(sum)} (off by ${enNum(received - sum)}).`,
  }),
  columnTotal: (totalLabel: string, column: string, totalCell: string, stated: number, sum: number, rowsDescription: LocalizedText): LocalizedText => ({
    vi: `Dòng “${totalLabel}”, cột ${column}: ô ${totalCell} ghi ${viNum(stated)}, tổng ${rowsDescription.vi} là ${viNum(sum)} (lệch ${viNum(stated - sum)}).`,
    en: `Row “${totalLabel}”, column ${column}: ${totalCell} states ${enNum(stated)}, the sum of ${rowsDescription.en} is ${enNum(sum)} (off by ${enNum(stated - sum)}).`,
  }),
  fieldRows: (): LocalizedText => ({ vi: 'các dòng lĩnh vực', en: 'the field rows' }),
  sectionRows: (section: string): LocalizedText => ({ vi: `các dòng lĩnh vực của mục “${section}”`, en: `the field rows of section “${section}”` }),
  culprit: (cell: string, found: number, expected: number): LocalizedText => ({
    vi: ` Nhiều khả năng ô ${cell} sai: đang ghi ${viNum(found)}, đúng ra là ${viNum(expected)}.`,
    en: ` Most likely ${cell} is wrong: it states ${enNum(found)}, it should be ${enNum(expected)}.`,
  }),
  culpritStoredAsText: (cell: string, value: number): LocalizedText => ({
    vi: ` Nhiều khả năng do ô ${cell}: số ${viNum(value)} được lưu dưới dạng chữ nên hàm SUM bỏ qua; hãy nhập lại ô này thành số.`,
    en: ` Most likely because of ${cell}: ${enNum(value)} is stored as text, so SUM skips it; enter it again as a number.`,
  }),
  candidates: (cells: string[]): LocalizedText =>
    cells.length === 0
      ? {
          vi: ' Không chỉ ra được ô sai: mọi ô của phép cộng này đều được một phép kiểm tra khác xác nhận — có thể có hai chỗ sai bù trừ nhau.',
          en: ' No cell can be named: every cell of this sum is confirmed by another check — there may be two mistakes that cancel out.',
        }
      : {
          vi: ` Không chỉ ra được một ô sai duy nhất: ô sai là một hoặc vài ô trong số ${listCells(cells, 'và', (n) => `và ${viNum(n)} ô khác`)}.`,
          en: ` No single wrong cell can be named: one or more of ${cellsEn(cells)} ${cells.length === 1 ? 'is' : 'are'} wrong.`,
        },
  culpritCard: (cell: string, found: number, expected: number, checks: number, partners: string[] = []): LocalizedText => ({
    vi: `Ô ${cell} nhiều khả năng sai: đang ghi ${viNum(found)}, đúng ra ${viNum(expected)} — ${viNum(checks)} phép kiểm tra không khớp${partners.length ? ` (cùng với ${cellsVi(partners)})` : ''}.`,
    en: `Cell ${cell} is most likely wrong: it states ${enNum(found)}, it should be ${enNum(expected)} — ${enNum(checks)} ${checks === 1 ? 'check fails' : 'checks fail'}${partners.length ? ` (together with ${cellsEn(partners)})` : ''}.`,
  }),
  culprits: (culprits: Array<{ cell: string; found: number; expected: number }>): LocalizedText => ({
    vi: ` Nhiều khả năng ${cellsVi(culprits.map((c) => c.cell))} sai: ${culprits.map((c) => `${c.cell} đang ghi ${viNum(c.found)}, đúng ra ${viNum(c.expected)}`).join('; ')}.`,
    en: ` Most likely ${cellsEn(culprits.map((c) => c.cell))} are wrong: ${culprits.map((c) => `${c.cell} states ${enNum(c.found)}, it should be ${enNum(c.expected)}`).join('; ')}.`,
  }),
  storedAsTextCard: (cell: string, value: number, checks: number): LocalizedText => ({
    vi: `Ô ${cell} lưu số ${viNum(value)} dưới dạng chữ nên hàm SUM bỏ qua — ${viNum(checks)} phép kiểm tra không khớp. Hãy nhập lại ô này thành số.`,
    en: `Cell ${cell} stores ${enNum(value)} as text, so SUM skips it — ${enNum(checks)} ${checks === 1 ? 'check fails' : 'checks fail'}. Enter it again as a number.`,
  }),
  undecidedCard: (cells: string[], checks: number): LocalizedText =>
    cells.length === 0
      ? {
          vi: `${viNum(checks)} phép kiểm tra không khớp nhưng không chỉ ra được ô sai: mọi ô liên quan đều được phép kiểm tra khác xác nhận — có thể có hai chỗ sai bù trừ nhau.`,
          en: `${enNum(checks)} ${checks === 1 ? 'check fails' : 'checks fail'} but no cell can be named: every cell involved is confirmed by another check — there may be two mistakes that cancel out.`,
        }
      : {
          vi: `Không chỉ ra được một ô sai duy nhất — ${viNum(checks)} phép kiểm tra không khớp. Ô sai là một hoặc vài ô trong số: ${listCells(cells, 'và', (n) => `và ${viNum(n)} ô khác`)}.`,
          en: `No single wrong cell can be named — ${enNum(checks)} ${checks === 1 ? 'check fails' : 'checks fail'}. One or more of these cells ${cells.length === 1 ? 'is' : 'are'} wrong: ${cellsEn(cells)}.`,
        },
  suspects: (cells: string[], more: boolean): LocalizedText => ({
    vi: ` Một trong các ô ${cells.join(', ')}${more ? ' hoặc ô khác' : ''} có thể sai (sửa riêng ô nào cũng làm khớp): các ô tổng là công thức nên không chỉ ra được ô nào.`,
    en: ` Any one of ${cells.join(', ')}${more ? ' or others' : ''} may be wrong (correcting any of them alone makes this add up): the totals are formulas, so they cannot tell which.`,
  }),
  noCulprit: (): LocalizedText => ({
    vi: ' Không xác định được một ô duy nhất gây lệch: có thể có nhiều chỗ sai, hoặc cùng một chỗ sai nằm ở một trong vài ô.',
    en: ' No single cell can be blamed: there may be several mistakes, or one that could sit in any of several cells.',
  }),
  rate: (cell: string, definition: string, stated: number, expected: number, decimals: number, num: number, den: number, correctedBy: string[] = []): LocalizedText => ({
    vi: `Tỷ lệ ở ô ${cell} (${definition}) ghi ${viPct(stated, decimals)}, tính từ số liệu${correctedBy.length ? ` (khi đã sửa ${cellsVi(correctedBy)})` : ''} là ${viNum(num)}/${viNum(den)} = ${viPct(expected, decimals)}.`,
    en: `Rate in ${cell} (${definition}) states ${enPct(stated, decimals)}, the counts${correctedBy.length ? ` (once ${cellsEn(correctedBy)} ${correctedBy.length === 1 ? 'is' : 'are'} corrected)` : ''} give ${enNum(num)}/${enNum(den)} = ${enPct(expected, decimals)}.`,
  }),
  rateWrongAfterFix: (cell: string, definition: string, stated: number, expected: number | null, decimals: number, culprits: string[]): LocalizedText => ({
    vi: `Tỷ lệ ở ô ${cell} (${definition}) ghi ${viPct(stated, decimals)}: khớp với số đang ghi, nhưng sai khi sửa ${cellsVi(culprits)}${expected !== null ? `: đúng ra ${viPct(expected, decimals)}` : ' (mẫu số thành 0: để trống, 0% hoặc “-”)'}.`,
    en: `Rate in ${cell} (${definition}) states ${enPct(stated, decimals)}: right with the counts as typed, wrong once ${cellsEn(culprits)} ${culprits.length === 1 ? 'is' : 'are'} corrected${expected !== null ? `: it should be ${enPct(expected, decimals)}` : ' (the denominator becomes 0: leave it blank, 0% or “-”)'}.`,
  }),
  rateHoldsAfterFix: (cell: string, culprits: string[]): LocalizedText => ({
    vi: `Tỷ lệ ở ô ${cell} cũng khớp khi sửa ${cellsVi(culprits)}.`,
    en: `The rate in ${cell} also holds once ${cellsEn(culprits)} ${culprits.length === 1 ? 'is' : 'are'} corrected.`,
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
  badError: (cell: string, raw: string): LocalizedText => ({
    vi: `Ô ${cell} chứa lỗi ${raw}: các phép cộng có ô này không kiểm tra được.`,
    en: `${cell} holds the error ${raw}: the sums that use this cell cannot be checked.`,
  }),
  badNegative: (cell: string, raw: string): LocalizedText => ({
    vi: `Ô ${cell} ghi số âm (${raw}): số hồ sơ không thể âm.`,
    en: `${cell} holds a negative number (${raw}): a dossier count cannot be negative.`,
  }),
  badDecimal: (cell: string, value: number, thousandsReading: number | null): LocalizedText => {
    const hintVi = thousandsReading !== null ? ` (${formatNumber(value, 'en')} = ${thousandsReading}? Có thể dấu chấm phân cách hàng nghìn đã bị Excel hiểu là dấu thập phân.)` : '';
    const hintEn = thousandsReading !== null ? ` (${formatNumber(value, 'en')} = ${thousandsReading}? The thousands dot may have been read as a decimal point.)` : '';
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
  badRate: (cell: string, raw: string): LocalizedText => ({
    vi: `Ô tỷ lệ ${cell} ghi “${raw}”, không đọc được thành tỷ lệ.`,
    en: `Rate cell ${cell} holds “${raw}”, which cannot be read as a rate.`,
  }),
  rateNotChecked: (column: string, label: string): LocalizedText => ({
    vi: `Cột tỷ lệ ${column} (“${label}”) không được kiểm tra: mẫu biểu không ghi rõ công thức (hãy ghi công thức ở dòng đánh số cột, ví dụ “(12)=((8)+(9))/(7)”).`,
    en: `Rate column ${column} (“${label}”) was not checked: the form does not say how it is computed (write the formula in the numbering row, e.g. “(12)=((8)+(9))/(7)”).`,
  }),
  unreadRow: (row: number, label: string, reason: RowReason, totalLabel: string | undefined): LocalizedText => {
    const nameVi = label ? `Dòng ${row} (“${label}”)` : `Dòng ${row}`;
    const nameEn = label ? `Row ${row} (“${label}”)` : `Row ${row}`;
    if (reason === 'after-totals') {
      return {
        vi: `${nameVi} có số liệu nhưng nằm dưới dòng tổng${totalLabel ? ` “${totalLabel}”` : ''}: dòng này không được cộng vào tổng nên chưa được kiểm tra như một lĩnh vực. Nếu đây là một lĩnh vực, hãy chuyển dòng lên trên dòng tổng và cộng vào tổng; nếu không thuộc bảng, hãy chuyển nó ra chỗ khác.`,
        en: `${nameEn} holds numbers but sits under the totals row${totalLabel ? ` “${totalLabel}”` : ''}: it is not added into the totals, so it was not checked as a field. If it is a field, move it above the totals row and add it in; if it is not part of the table, move it elsewhere.`,
      };
    }
    if (reason === 'extra-rates') {
      return {
        vi: `${nameVi} là dòng “Tỷ lệ” thứ hai của bảng: chỉ dòng tỷ lệ đầu tiên được kiểm tra.`,
        en: `${nameEn} is a second “Tỷ lệ” (rates) row: only the first rates row is checked.`,
      };
    }
    return {
      vi: `${nameVi} có số liệu nhưng không có STT hay tên lĩnh vực, và dòng tổng không cộng dòng này: không biết đây là dòng gì nên dòng này chưa được kiểm tra. Hãy ghi tên lĩnh vực (hoặc “Tổng cộng”) cho dòng này.`,
      en: `${nameEn} holds numbers but has neither a number nor a field name, and the totals do not add it up: it is unclear what it is, so it was not checked. Write its field name (or “Tổng cộng”) in it.`,
    };
  },
  ambiguousTotal: (row: number, label: string, reason: RowReason, totalLabel: string | undefined): LocalizedText => {
    const nameVi = label ? `Dòng ${row} (“${label}”)` : `Dòng ${row}`;
    const nameEn = label ? `Row ${row} (“${label}”)` : `Row ${row}`;
    if (reason === 'sum-of-others') {
      return {
        vi: `${nameVi} được đọc là một lĩnh vực nhưng số liệu bằng tổng các lĩnh vực khác: nếu đây là một dòng cộng, số liệu đang bị cộng hai lần vào dòng tổng${totalLabel ? ` “${totalLabel}”` : ''}. Hãy cho biết đây là dòng tổng hay một lĩnh vực.`,
        en: `${nameEn} was read as a field but its counts are the sum of the other fields: if it is a subtotal, its counts are added twice into the totals row${totalLabel ? ` “${totalLabel}”` : ''}. Say whether it is a totals row or a field.`,
      };
    }
    return {
      vi: `${nameVi} không ghi là dòng tổng nhưng số liệu bằng tổng các dòng còn lại: đã tạm đọc đây là dòng Tổng cộng để kiểm tra. Hãy xác nhận đây là dòng tổng, hoặc cho biết đây là một lĩnh vực.`,
      en: `${nameEn} is not labelled as a total but its counts are the sums of the other rows: it was read as the totals row for now. Confirm that it is the totals row, or say that it is a field.`,
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

export type FindingMessages = typeof findingMessages;
