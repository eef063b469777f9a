import fc from 'fast-check';
import { consistentField } from '../helpers/generate';
import { percentHalfUp } from '../../src/core/numbers';
import { validateGrid } from '../../src/core/validate';
import type { Grid } from '../../src/core/types';
import { buildAnnexGrid, fieldCell, getCell, setCell } from '../helpers/annex';
import { outcomeProblemText } from '../../src/i18n/findings';

const annex = fc.array(consistentField, { minLength: 1, maxLength: 25 });

function errors(grid: Grid) {
  const outcome = validateGrid(grid);
  if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
  return outcome.report.findings.filter((f) => f.severity === 'error');
}

describe('properties of the sum and rate rules', () => {
  it('any consistent table gives no errors', () => {
    fc.assert(
      fc.property(annex, fc.constantFrom('fraction' as const, 'percent-number' as const, 'text' as const), (fields, rateStyle) => {
        const outcome = validateGrid(buildAnnexGrid(fields, { rateStyle }));
        expect(outcome.ok && outcome.report.findings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('changing any single count cell is blamed on exactly that cell, with its original value expected', () => {
    fc.assert(
      fc.property(
        annex,
        fc.nat(),
        fc.nat(13),
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        (fields, rowPick, columnPick, delta) => {
          const grid = buildAnnexGrid(fields);
          const fieldIndex = rowPick % (fields.length + 1); // fields.length = the totals row
          const address = fieldCell(fieldIndex, columnPick + 3);
          const original = getCell(grid, address);
          const originalCount = typeof original === 'number' ? original : 0;
          const changed = originalCount + delta;
          fc.pre(changed >= 0);
          setCell(grid, address, changed);
          const found = errors(grid);
          expect(found.length).toBeGreaterThan(0);
          for (const finding of found) {
            expect(finding.culprit).toBe(address);
            expect(finding.expected).toBe(originalCount);
            expect(finding.actual).toBe(changed);
            expect(finding.cells[0]).toBe(address);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rounds rates half up on the exact fraction', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 3 }), (num, den, decimals) => {
        const rate = percentHalfUp(num, den, decimals);
        const k = Math.round(rate * 10 ** decimals);
        // rate - ½ulp ≤ 100·num/den < rate + ½ulp, in integers: (2k−1)·den ≤ 2·100·10^d·num < (2k+1)·den
        const scaled = BigInt(2 * 100) * BigInt(10 ** decimals) * BigInt(num);
        expect(scaled >= BigInt(2 * k - 1) * BigInt(den)).toBe(true);
        expect(scaled < BigInt(2 * k + 1) * BigInt(den)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a group-total rate cell one step off its half-up value is an error with the right expectation', () => {
    // (7) and (13): rates over (3) with no other accepted reading (parts may also be read over their group's total).
    fc.assert(
      fc.property(annex, fc.constantFrom(6, 12), fc.constantFrom(-0.1, 0.1), (fields, column, step) => {
        const grid = buildAnnexGrid(fields);
        const ratesRow = grid.values.length;
        const address = `${String.fromCharCode(64 + column + 1)}${ratesRow}`;
        const cell = getCell(grid, address);
        fc.pre(typeof cell === 'number' && cell + step / 100 >= 0);
        const expected = Number(((cell as number) * 100).toFixed(1));
        setCell(grid, address, Number(((cell as number) + step / 100).toFixed(6)));
        const found = errors(grid);
        expect(found.map((f) => [f.rule, f.culprit, f.expected])).toEqual([['rate', address, expected]]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('known rounding traps', () => {
  it('9/2000 is 0,45% and rounds to 0,5%', () => {
    expect(percentHalfUp(9, 2000, 1)).toBe(0.5);
    expect(percentHalfUp(3518, 3575, 1)).toBe(98.4);
    expect(percentHalfUp(17, 3575, 1)).toBe(0.5);
    expect(percentHalfUp(1, 3, 0)).toBe(33);
    expect(percentHalfUp(2, 3, 2)).toBe(66.67);
  });
});
