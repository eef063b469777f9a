// The invariant of issue 12: whatever cells are marked (existing or not, any severity and look,
// notes with any text), the copy keeps every original value, formula and number format, every
// edited part stays well-formed XML, and each marked cell wears our format.
import fc from 'fast-check';
import { readFileSync } from 'fs';
import * as path from 'path';
import { toA1 } from '../../../src/core/address';
import { annotateWorkbook, type AnnotatedCell } from '../../../src/workbook/annotate';
import { parseXml } from '../../../src/workbook/xml';
import { handmadeWorkbook, partsOf, readerCells, text } from './helpers';

const EVERYTHING = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'workbooks', 'lo-everything.xlsx')));
const HANDMADE = handmadeWorkbook(
  '<row r="2" spans="2:3"><c r="B2" s="1"><v>5</v></c><c r="C2" t="inlineStr"><is><t>chữ</t></is></c></row><row><c r="A3"><f>B2*2</f><v>10</v></c></row><row r="7"/>',
  {
    cols: '<cols><col min="3" max="5" width="20" style="1" customWidth="1"/></cols>',
  },
);

const mark = fc.record({
  address: fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 19 })).map(([r, c]) => toA1(r, c)),
  severity: fc.constantFrom('error' as const, 'warning' as const),
  style: fc.constantFrom('fill' as const, 'outline' as const),
  note: fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }), fc.constant('<&>"\' \u0001 ô “1.922”\n• dòng')),
});
const marks = fc.uniqueArray(mark, { selector: (m) => m.address, maxLength: 25 });

describe.each([
  ['the workbook with everything', EVERYTHING, 'Phụ lục'],
  ['a hand-written sheet (rows and cells without r, an empty row, column styles)', HANDMADE, 'Phụ lục'],
])('annotating %s', (_name, original, sheet) => {
  let before: Awaited<ReturnType<typeof readerCells>>;
  beforeAll(async () => {
    before = await readerCells(original);
  });

  it('keeps every cell of every sheet, for any set of marks', async () => {
    await fc.assert(
      fc.asyncProperty(marks, async (cells: AnnotatedCell[]) => {
        const copy = annotateWorkbook(original, {
          sheet,
          cells,
          results: { name: 'Kết quả kiểm tra', columns: ['Ô'], rows: cells.map((c) => ({ values: [c.address], link: { sheet, address: c.address } })) },
        });
        const after = await readerCells(copy);
        for (const name of Object.keys(before)) expect(after[name]).toEqual(before[name]);
        const parts = partsOf(copy);
        for (const [name, bytes] of Object.entries(parts)) if (/\.(xml|rels|vml)$/.test(name)) parseXml(text(bytes), {});
        const sheetXml = text(parts['xl/worksheets/sheet1.xml']);
        const styleOf = (address: string) => new RegExp(`<c r="${address}"[^>]*?\\ss="(\\d+)"`).exec(sheetXml)?.[1];
        const xfs = [
          ...text(parts['xl/styles.xml'])
            .split('<cellXfs')[1]
            .matchAll(/<xf [^>]*>/g),
        ].map((m) => m[0]);
        for (const cell of cells) {
          const s = styleOf(cell.address);
          expect(s).toBeDefined();
          expect(xfs[Number(s)]).toContain(cell.style === 'fill' ? 'applyFill="1"' : 'applyBorder="1"');
        }
      }),
      // C2 of the hand-written sheet: a cell without `s` in a styled column (it kept format 0, not the column's).
      { numRuns: 25, examples: [[[{ address: 'C2', severity: 'error', style: 'fill', note: '' }]]] },
    );
  }, 60_000);
});
