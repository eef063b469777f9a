import fc from 'fast-check';
import { annexPageWidths, fieldColumnOf, textChars } from '../../../src/core/report/annex-widths';
import type { PrintedAnnex, PrintedAnnexRow } from '../../../src/core/narrative/printed-annex';

function annex(fieldNames: string[], headers: string[], numbering: string[]): PrintedAnnex {
  const count = headers.length;
  const cell = (column: number, text: string, align: 'left' | 'center' = 'center') => ({ column, text, colSpan: 1, rowSpan: 1, align });
  const rows: PrintedAnnexRow[] = [
    { kind: 'header', cells: headers.map((h, c) => cell(c, h)) },
    { kind: 'numbering', cells: numbering.map((n, c) => cell(c, n)) },
    ...fieldNames.map((name, r) => ({
      kind: 'field' as const,
      cells: [cell(0, String(r + 1)), cell(1, name, 'left'), ...headers.slice(2).map((_, c) => cell(c + 2, '1.066'))],
    })),
  ];
  return { columnCount: count, columnWidths: new Array(count).fill(1 / count), headerRowCount: 2, rows };
}

const SEED_HEADERS = ['STT', 'Lĩnh vực giải quyết', 'Tổng số', 'Thực tuyến', 'Thực tiếp, dịch vụ bưu chính', 'Từ kỳ trước', 'Tổng số', 'Trước hạn'];
const SEED_NUMBERING = ['(1)', '(2)', '(3)=(4)+(5)+(6)', '(4)', '(5)', '(6)', '(7)=(8)+(9)+(10)+(11)+(12)', '(8)'];

test('capitals, digits and "%" are wider than small letters', () => {
  expect(textChars('STT')).toBeGreaterThan(textChars('stt'));
  expect(textChars('97,6%')).toBeGreaterThan(textChars('97,6'));
});

test('the field column is found by its left-aligned names and takes the spare room', () => {
  const table = annex(['Thành lập và hoạt động của tổ hợp tác, hợp tác xã', 'Hộ tịch'], SEED_HEADERS, SEED_NUMBERING);
  expect(fieldColumnOf(table)).toBe(1);
  const widths = annexPageWidths(table, 1, { lineChars: 144, numberingScale: 9 / 11 });
  expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  expect(Math.max(...widths)).toBe(widths[1]);
  // "(3)=" / "(4)+(5)+(6)": the sum on one line of its own.
  expect(widths[2] * 144).toBeGreaterThanOrEqual((textChars('(4)+(5)+(6)') * 9) / 11);
});

test('property: shares are positive and sum to 1, and no column is narrower than its longest word when the line has room', () => {
  const word = fc.stringMatching(/^[A-Za-zÀ-ỹ]{1,9}$/);
  fc.assert(
    fc.property(
      fc.array(
        fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
        { minLength: 3, maxLength: 15 },
      ),
      fc.array(word, { minLength: 1, maxLength: 6 }),
      (headers, fieldWords) => {
        const all = ['STT', 'Lĩnh vực', ...headers];
        const table = annex(
          [fieldWords.join(' ')],
          all,
          all.map((_, c) => `(${c + 1})`),
        );
        const lineChars = 200;
        const widths = annexPageWidths(table, 1, { lineChars, numberingScale: 9 / 11 });
        expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        for (const w of widths) expect(w).toBeGreaterThan(0);
        const minimum = all.map((h) => Math.max(...h.split(' ').map(textChars)) * 1.1 + 1.5);
        if (minimum.reduce((a, b) => a + b, 0) + 40 < lineChars) all.forEach((_, c) => expect(widths[c] * lineChars).toBeGreaterThanOrEqual(minimum[c] - 1e-6));
      },
    ),
  );
});
