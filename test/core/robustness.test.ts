import fc from 'fast-check';
import { validateGrid } from '../../src/core/validate';
import type { CellValue, Grid } from '../../src/core/types';
import { buildAnnexGrid, SEED_FIELDS } from '../helpers/annex';
import { findingText } from '../../src/i18n/findings';

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('Tổng cộng', 'Tỷ lệ:', 'I', 'II.', 'Cộng', '(3)=(4)+(5)+(6)', '(1)', '1.066', '98,4%', '-', '', 'STT', 'Lĩnh vực', 'Tổng số', '<b>x</b>'),
  fc.constantFrom({ error: '#REF!' }, { error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }),
);

describe('hostile and random input', () => {
  it('never throws on a random grid', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 18 }), { maxLength: 25 }), (values) => {
        const grid: Grid = { sheetName: 'x', origin: { row: 0, col: 0 }, values };
        const outcome = validateGrid(grid);
        expect(typeof outcome.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when cells of a real annex are replaced by anything', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(17), fc.nat(15), anyCell), { maxLength: 12 }), (changes) => {
        const grid = buildAnnexGrid(SEED_FIELDS);
        for (const [r, c, value] of changes) grid.values[r][c] = value;
        const outcome = validateGrid(grid);
        if (outcome.ok) {
          for (const finding of outcome.report.findings) {
            expect(finding.cells.length).toBeGreaterThan(0);
            expect(findingText(finding).vi.length).toBeGreaterThan(0);
            expect(findingText(finding).en.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
