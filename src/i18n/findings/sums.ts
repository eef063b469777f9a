// What a failing sum says: the identity, the stated and summed values, and its conclusion (the culprit, the pair, or the candidates).
import type { LocalizedText } from '../../core/types';
import { cellsEn, enNum, listCells, quoteEn, quoteVi, viNum, cellsVi } from './words';

export const sumsMessages = {
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
  culprits: (culprits: Array<{ cell: string; found: number; expected: number }>): LocalizedText => ({
    vi: ` Nhiều khả năng ${cellsVi(culprits.map((c) => c.cell))} sai: ${culprits.map((c) => `${c.cell} đang ghi ${viNum(c.found)}, đúng ra ${viNum(c.expected)}`).join('; ')}.`,
    en: ` Most likely ${cellsEn(culprits.map((c) => c.cell))} are wrong: ${culprits.map((c) => `${c.cell} states ${enNum(c.found)}, it should be ${enNum(c.expected)}`).join('; ')}.`,
  }),
};
