// Invariants of the consolidation, on generated units: the consolidated total of every column is
// the sum of the units' (for fields matched across them, every field being one here), and the
// result does not depend on the order the inputs come in.
import fc from 'fast-check';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { readWorkbookSources } from '../../../src/core/consolidate/read-source';
import type { ConsolidatedModel, UnitSource } from '../../../src/core/consolidate/types';
import type { Leaves } from '../../helpers/variants';
import { Q2, seedUnit, unit06a, type UnitFields } from './units';

const FIELD_NAMES = ['Hộ tịch', 'Đất đai', 'Chứng thực', 'Người có công', 'Bảo trợ xã hội'];
const SPELLINGS: Record<string, string[]> = { 'Hộ tịch': ['Hộ tịch', 'Hộ Tịch', 'Lĩnh vực hộ tịch', 'HỘ TỊCH'], 'Đất đai': ['Đất đai', 'Lĩnh vực Đất đai'] };
const COMMUNES = ['An Phú', 'Bình An', 'Tân Lợi', 'Vĩnh Hòa', 'Phú Mỹ', 'Long Sơn'];

const count = fc.integer({ min: 0, max: 400 });
const leavesArb: fc.Arbitrary<Leaves> = fc.record({
  online: count,
  direct: count,
  carried: count,
  early: count,
  onTime: count,
  late: count,
  rejected: count,
  withdrawn: count,
  inTime: count,
  overdue: count,
  supplement: count,
});
const unitArb = fc.record({
  fields: fc
    .uniqueArray(fc.constantFrom(...FIELD_NAMES), { minLength: 1, maxLength: 5 })
    .chain((names) => fc.tuple(...names.map((name) => fc.tuple(fc.constantFrom(...(SPELLINGS[name] ?? [name])), leavesArb)))),
  form: fc.constantFrom('seed', 'ii06a'),
});
const setArb = fc.uniqueArray(fc.tuple(fc.constantFrom(...COMMUNES), unitArb), { minLength: 1, maxLength: 5, selector: ([name]) => name });

function sourcesOf(set: Array<[string, { fields: Array<[string, Leaves]>; form: string }]>): UnitSource[] {
  return set.flatMap(([commune, unit], i) => {
    const fields: UnitFields = unit.fields.map(([name, leaves]) => ({ name, leaves }));
    const titles = [`UBND XÃ ${commune.toLocaleUpperCase('vi')}`, ...Q2];
    const grid = unit.form === 'seed' ? seedUnit(fields, titles) : unit06a(fields, titles);
    return readWorkbookSources(`don-vi-${i}.xlsx`, [grid]).flatMap((r) => (r.ok ? [r.source] : []));
  });
}

function modelOf(sources: UnitSource[]): ConsolidatedModel {
  const outcome = consolidate(sources, []);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome.model;
}

test('every column: the consolidated total is the sum of the units, and of the fields', () => {
  fc.assert(
    fc.property(setArb, (set) => {
      const model = modelOf(sourcesOf(set));
      for (const leaf of model.leaves) {
        const byUnits = model.units.reduce((sum, u) => sum + u.counts[leaf], 0);
        const byFields = model.fields.reduce((sum, f) => sum + f.counts[leaf], 0);
        expect(model.totals[leaf]).toBe(byUnits);
        expect(model.totals[leaf]).toBe(byFields);
      }
      // Spellings of one field are one row: never more rows than distinct fields.
      expect(model.fields.length).toBe(
        new Set(set.flatMap(([, u]) => u.fields.map(([name]) => FIELD_NAMES.find((f) => (SPELLINGS[f] ?? [f]).includes(name))))).size,
      );
    }),
    { numRuns: 40 },
  );
});

test('the order of the inputs changes no count', () => {
  fc.assert(
    fc.property(setArb, fc.integer({ min: 1, max: 4 }), (set, shift) => {
      const sources = sourcesOf(set);
      const rotated = [...sources.slice(shift % sources.length), ...sources.slice(0, shift % sources.length)];
      const a = modelOf(sources);
      const b = modelOf(rotated);
      const byKey = (m: ConsolidatedModel) => Object.fromEntries(m.units.map((u) => [u.key, u.counts]));
      // The row's name is the first input's spelling: compare rows by the field they are.
      const byField = (m: ConsolidatedModel) => new Map(m.fields.map((f) => [f.name.toLocaleLowerCase('vi').replace(/^lĩnh vực /u, ''), f.counts]));
      expect(byKey(b)).toEqual(byKey(a));
      expect(b.totals).toEqual(a.totals);
      expect(new Map([...byField(b)].sort())).toEqual(new Map([...byField(a)].sort()));
    }),
    { numRuns: 30 },
  );
});
