// Rule 5 as properties: with channels and statuses blanked at random in the exports of two
// systems, no dossier is ever counted in a column its records do not state, every such dossier
// of the period is asked about, and a channel stated by either record is the one counted.
import fc from 'fast-check';
import { buildAnnexData } from '../../../src/core/build/build';
import { normaliseCode } from '../../../src/core/build/records';
import type { ExportTable } from '../../../src/core/build/types';
import { GEN_PERIOD, dossiersArb, expectedLeaves, renderExports } from './generate';

const CHANNEL_COL = 2;
const STATUS_COL = 6;

/** Blanks the cells of `col` in the rows whose bit of `mask` is set (header kept). */
function blank(tables: ExportTable[], col: number, mask: number[]): ExportTable[] {
  let n = 0;
  return tables.map((table) => ({
    ...table,
    rows: table.rows.map((row, index) => (index > 0 && mask[n++ % mask.length] === 1 ? row.map((cell, c) => (c === col ? '' : cell)) : row)),
  }));
}

/** Code → the values a column states for it, over both exports. */
function stated(tables: ExportTable[], col: number): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const table of tables) {
    for (const row of table.rows.slice(1)) {
      const code = normaliseCode(String(row[0]).trim());
      const value = String(row[col] ?? '');
      values.set(code, [...(values.get(code) ?? []), ...(value !== '' ? [value] : [])]);
    }
  }
  return values;
}

const maskArb = fc.array(fc.constantFrom(0, 1), { minLength: 1, maxLength: 7 });

describe('unknown is never zero (generated exports, blanks at random)', () => {
  test('a channel nobody states is never counted in (4) or (5); it is asked, once per dossier', () => {
    fc.assert(
      fc.property(dossiersArb, maskArb, (dossiers, mask) => {
        const tables = blank(renderExports(dossiers), CHANNEL_COL, mask);
        const channels = stated(tables, CHANNEL_COL);
        const result = buildAnnexData(tables, { period: GEN_PERIOD });
        const truth = new Map(dossiers.map((d) => [d.code, d]));
        let mustAsk = 0;
        for (const d of dossiers) {
          const leaves = expectedLeaves(d, GEN_PERIOD);
          if (leaves && leaves[0] !== 'received.carried' && channels.get(d.code)!.length === 0) mustAsk++;
        }
        expect(result.summary.unanswered).toBe(mustAsk);
        expect(result.questions.reduce((sum, q) => sum + q.count, 0)).toBe(mustAsk);
        expect(result.questions.every((q) => q.part === 'channel')).toBe(true);
        for (const counted of result.dossiers) {
          const d = truth.get(counted.record.code)!;
          // Either record's statement is used; the generator's two records never disagree on it.
          expect([counted.receivedLeaf, counted.resultLeaf]).toEqual(expectedLeaves(d, GEN_PERIOD));
        }
        expect(result.dossiers.length + mustAsk).toBe(dossiers.filter((d) => expectedLeaves(d, GEN_PERIOD)).length);
      }),
      { numRuns: 100 },
    );
  });

  test('a dossier none of whose records states a status is counted nowhere and asked about', () => {
    fc.assert(
      fc.property(dossiersArb, maskArb, (dossiers, mask) => {
        const tables = blank(renderExports(dossiers), STATUS_COL, mask);
        const statuses = stated(tables, STATUS_COL);
        const result = buildAnnexData(tables, { period: GEN_PERIOD });
        const counted = new Set(result.dossiers.map((d) => d.record.code));
        const asked = result.questions.filter((q) => q.part === 'status').reduce((sum, q) => sum + q.count, 0);
        let silent = 0;
        for (const d of dossiers) {
          if (!expectedLeaves(d, GEN_PERIOD)) continue;
          if (statuses.get(d.code)!.length === 0) {
            expect(counted.has(d.code)).toBe(false);
            silent++;
          }
        }
        expect(asked).toBeGreaterThanOrEqual(silent);
        // Every dossier of the period is either counted or asked about: nothing is dropped.
        expect(result.dossiers.length + result.summary.unanswered).toBe(result.summary.dossiers - result.summary.outsidePeriod);
        for (const dossier of result.dossiers) expect(dossier.record.status).not.toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
