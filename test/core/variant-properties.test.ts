import fc from 'fast-check';
import { validateGrid } from '../../src/core/validate';
import type { CellValue } from '../../src/core/types';
import { form06a, formOld, formOneRow, formSections, type BuiltLayout, type Leaves } from '../helpers/variants';
import { outcomeProblemText } from '../../src/i18n/findings';

const count = fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.nat(300) });
/** Outcome counts first; the received side is then split so that received = resolved + pending. */
const leaves: fc.Arbitrary<Leaves> = fc
  .record({
    early: count,
    onTime: count,
    late: count,
    rejected: count,
    withdrawn: count,
    inTime: count,
    overdue: count,
    supplement: count,
    carriedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    directShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ carriedShare, directShare, ...outcome }) => {
    const received = Object.values(outcome).reduce((a, b) => a + b, 0);
    const carried = Math.floor(received * carriedShare);
    const direct = Math.floor((received - carried) * directShare);
    return { ...outcome, carried, direct, online: received - carried - direct };
  });
const fields = fc.array(leaves, { minLength: 1, maxLength: 12 }).map((list) => list.map((l, i) => ({ name: `Lĩnh vực số ${i + 1}`, leaves: l })));

/** Each layout with how many of its count columns stand in a row identity. */
const LAYOUTS: Array<{ name: string; build: (f: Array<{ name: string; leaves: Leaves }>) => BuiltLayout; identityColumns: number }> = [
  { name: '06a', build: (f) => form06a({ fields: f }), identityColumns: 11 },
  { name: '06a with rate column', build: (f) => form06a({ fields: f, rateColumn: true }), identityColumns: 11 },
  { name: 'older 06a', build: (f) => formOld({ fields: f }), identityColumns: 9 },
  { name: 'one header row', build: (f) => formOneRow({ fields: f }), identityColumns: 11 },
  { name: 'sections with subtotal rows', build: (f) => formSections({ fields: f, subtotals: 'rows' }), identityColumns: 14 },
  { name: 'sections carrying subtotals', build: (f) => formSections({ fields: f, subtotals: 'on-section-row' }), identityColumns: 14 },
  { name: 'sections without subtotals', build: (f) => formSections({ fields: f, subtotals: 'none' }), identityColumns: 14 },
];

describe.each(LAYOUTS)('$name layout, random counts', ({ build, identityColumns }) => {
  it('a consistent table gives no errors', () => {
    fc.assert(
      fc.property(fields, (list) => {
        const outcome = validateGrid(build(list).grid);
        expect(outcome.ok && outcome.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('one changed count is blamed on exactly that cell', () => {
    fc.assert(
      fc.property(
        fields,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0),
        (list, rowPick, colPick, delta) => {
          const built = build(list);
          const address = built.cell(rowPick % list.length, colPick % identityColumns);
          const r = Number(address.slice(1)) - 1;
          const c = address.charCodeAt(0) - 65;
          const original = (built.grid.values[r][c] as number) ?? 0;
          fc.pre(original + delta >= 0);
          built.grid.values[r][c] = (original + delta) as CellValue;
          const outcome = validateGrid(built.grid);
          if (!outcome.ok) throw new Error(outcomeProblemText(outcome).en);
          const errors = outcome.report.findings.filter((f) => f.severity === 'error' && f.rule !== 'rate');
          expect(errors.length).toBeGreaterThan(0);
          for (const finding of errors) expect([finding.culprit, finding.expected]).toEqual([address, original]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
