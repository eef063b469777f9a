// The headline of a card (one mistake, one card) and what is said on a culprit's card.
import type { LocalizedText } from '../../core/types';
import { cellsEn, cellsVi, enNum, listCells, viNum } from './words';

export const cardsMessages = {
  culpritCard: (cell: string, found: number, expected: number, checks: number, partners: string[] = []): LocalizedText => ({
    vi: `Ô ${cell} nhiều khả năng sai: đang ghi ${viNum(found)}, đúng ra ${viNum(expected)} — ${viNum(checks)} phép kiểm tra không khớp${partners.length ? ` (cùng với ${cellsVi(partners)})` : ''}.`,
    en: `Cell ${cell} is most likely wrong: it states ${enNum(found)}, it should be ${enNum(expected)} — ${enNum(checks)} ${checks === 1 ? 'check fails' : 'checks fail'}${partners.length ? ` (together with ${cellsEn(partners)})` : ''}.`,
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
  rateHoldsAfterFix: (cell: string, culprits: string[]): LocalizedText => ({
    vi: `Tỷ lệ ở ô ${cell} cũng khớp khi sửa ${cellsVi(culprits)}.`,
    en: `The rate in ${cell} also holds once ${cellsEn(culprits)} ${culprits.length === 1 ? 'is' : 'are'} corrected.`,
  }),
};
