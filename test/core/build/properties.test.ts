import fc from 'fast-check';
import { LEAVES, pendingTotal, receivedTotal, resolvedTotal } from '../../../src/core/build/aggregate';
import { annexToGrid, layoutAnnex } from '../../../src/core/build/annex';
import { buildAnnexData } from '../../../src/core/build/build';
import { validateGrid } from '../../../src/core/validate';
import { GEN_PERIOD, dossiersArb, expectedCounts, expectedLeaves, renderExports } from './generate';

describe('the build on generated exports (two systems, mixed date formats, stale copies)', () => {
  test('counts exactly what the rules say, field by field and dossier by dossier', () => {
    fc.assert(
      fc.property(dossiersArb, (dossiers) => {
        const result = buildAnnexData(renderExports(dossiers), { period: GEN_PERIOD });
        const expected = expectedCounts(dossiers, GEN_PERIOD);
        const actual = new Map(result.fields.map((f) => [f.field, Object.fromEntries(LEAVES.filter((leaf) => f.counts[leaf] > 0).map((leaf) => [leaf, f.counts[leaf]]))]));
        expect(actual).toEqual(expected);
        for (const counted of result.dossiers) {
          const truth = dossiers.find((d) => d.code === counted.record.code)!;
          expect([counted.receivedLeaf, counted.resultLeaf]).toEqual(expectedLeaves(truth, GEN_PERIOD));
        }
        expect(result.summary.skipped).toEqual([]);
        expect(result.summary.dossiers).toBe(dossiers.length);
      }),
      { numRuns: 150 },
    );
  });

  test('received = resolved + pending on every row, and the annex validates clean', () => {
    fc.assert(
      fc.property(dossiersArb, (dossiers) => {
        const result = buildAnnexData(renderExports(dossiers), { period: GEN_PERIOD });
        for (const { counts } of result.fields) expect(receivedTotal(counts)).toBe(resolvedTotal(counts) + pendingTotal(counts));
        if (result.fields.length === 0) return;
        const outcome = validateGrid(annexToGrid(layoutAnnex(result.fields, result.totals), 'Phụ lục'));
        expect(outcome.ok && outcome.report.findings).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  test('the order of the exports and of their rows does not change the annex', () => {
    fc.assert(
      fc.property(dossiersArb, fc.integer(), (dossiers, seed) => {
        const tables = renderExports(dossiers);
        const shuffled = tables
          .map((table) => {
            const [header, ...rows] = table.rows;
            const order = rows.map((row, i) => ({ row, key: Math.sin(seed + i) }));
            order.sort((a, b) => a.key - b.key);
            return { ...table, rows: [header, ...order.map((entry) => entry.row)] };
          })
          .reverse();
        const a = buildAnnexData(tables, { period: GEN_PERIOD });
        const b = buildAnnexData(shuffled, { period: GEN_PERIOD });
        const byField = (r: typeof a) => Object.fromEntries(r.fields.map((f) => [f.field, f.counts]));
        expect(byField(b)).toEqual(byField(a));
      }),
      { numRuns: 80 },
    );
  });
});
