import { planConsolidation } from '../../../src/core/consolidate/plan';
import { readWorkbookSources } from '../../../src/core/consolidate/read-source';
import type { UnitSource } from '../../../src/core/consolidate/types';
import { annexToGrid } from '../../../src/core/build/annex';
import { validateGrid } from '../../../src/core/validate';
import { consolidateWords } from '../../../src/i18n/consolidate/sheets';
import type { Grid } from '../../../src/core/types';
import { leaves, Q2, seedUnit, unit06a } from './units';

function sourcesOf(file: string, grids: Grid[]): UnitSource[] {
  return readWorkbookSources(file, grids).flatMap((r) => (r.ok ? [r.source] : []));
}

const A = [
  {
    name: 'Hộ tịch',
    leaves: leaves({ online: 100, direct: 20, carried: 5, early: 90, onTime: 10, late: 2, rejected: 3, withdrawn: 1, inTime: 10, overdue: 3, supplement: 6 }),
  },
  { name: 'Đất đai', leaves: leaves({ online: 40, direct: 10, carried: 8, early: 30, onTime: 5, late: 4, inTime: 12, overdue: 5, supplement: 2 }) },
];
const B = [
  { name: 'Lĩnh vực hộ tịch', leaves: leaves({ online: 50, direct: 5, early: 40, onTime: 5, late: 1, inTime: 4, overdue: 5 }) },
  { name: 'Chứng thực', leaves: leaves({ online: 300, direct: 30, early: 320, onTime: 5, late: 0, inTime: 5 }) },
];

test('the seed form: Tổng hợp validates clean', () => {
  const sources = [...sourcesOf('a.xlsx', [seedUnit(A, ['UBND XÃ AN PHÚ', ...Q2])]), ...sourcesOf('b.xlsx', [seedUnit(B, ['UBND PHƯỜNG BẾN THÀNH', ...Q2])])];
  const plan = planConsolidation(sources, [], {}, consolidateWords);
  if (!plan.ready) throw new Error(JSON.stringify(plan.refusal));
  expect(plan.model.form).toBe('seed');
  expect(plan.model.fields.map((f) => f.name)).toEqual(['Hộ tịch', 'Đất đai', 'Chứng thực']);
  if (!plan.selfCheck.ok) throw new Error(JSON.stringify(plan.selfCheck.problem));
  expect(plan.selfCheck.report.findings).toEqual([]);
  expect(plan.selfCheck.report.summary.verdict).toBe('valid');
  const byUnit = validateGrid(annexToGrid(plan.byUnit, 'Theo đơn vị'));
  expect(byUnit.ok && byUnit.report.summary.errors).toBe(0);
});

test('mixed forms: II.06a, Tổng hợp validates clean', () => {
  const sources = [...sourcesOf('a.xlsx', [seedUnit(A, ['UBND XÃ AN PHÚ', ...Q2])]), ...sourcesOf('b.xlsx', [unit06a(B, ['UBND PHƯỜNG BẾN THÀNH', ...Q2])])];
  const plan = planConsolidation(sources, [], {}, consolidateWords);
  if (!plan.ready) throw new Error(JSON.stringify(plan.refusal));
  expect(plan.model.form).toBe('ii06a');
  if (!plan.selfCheck.ok) throw new Error(JSON.stringify(plan.selfCheck.problem));
  expect(plan.selfCheck.report.findings).toEqual([]);
});

describe('fields matched by meaning, never silently', () => {
  const one = (name: string) => [{ name, leaves: leaves({ online: 10, early: 10 }) }];
  const plan = (units: Array<[string, string]>, options = {}) => {
    const sources = units.flatMap(([commune, field], i) => sourcesOf(`u${i}.xlsx`, [seedUnit(one(field), [`UBND XÃ ${commune}`, ...Q2])]));
    const result = planConsolidation(sources, [], options, consolidateWords);
    if (!result.ready) throw new Error(JSON.stringify(result.refusal));
    return result.model;
  };

  test('a name typed without accents is the accented one when nothing else folds to it', () => {
    const model = plan([
      ['AN PHÚ', 'Hộ tịch'],
      ['BÌNH AN', 'Ho tich'],
    ]);
    expect(model.fields.map((f) => [f.name, f.counts['received.online']])).toEqual([['Hộ tịch', 20]]);
    expect(model.notes).toContainEqual({
      kind: 'matched',
      field: 'Hộ tịch',
      name: 'Ho tich',
      how: 'accents',
      sources: [{ file: 'u1.xlsx', sheet: 'Phụ lục' }],
    });
  });

  test('"Thuế" and "Thuê" stay apart, each a row of its own with the other as a suggestion, whatever the order', () => {
    for (const order of [
      [
        ['AN PHÚ', 'Thuế'],
        ['BÌNH AN', 'Thuê'],
      ],
      [
        ['BÌNH AN', 'Thuê'],
        ['AN PHÚ', 'Thuế'],
      ],
    ] as Array<Array<[string, string]>>) {
      const model = plan(order);
      expect(new Set(model.fields.map((f) => f.name))).toEqual(new Set(['Thuế', 'Thuê']));
      const own = model.notes.filter((n) => n.kind === 'own-field').map((n) => n.kind === 'own-field' && [n.name, n.candidates]);
      expect(new Set(own.map((o) => JSON.stringify(o)))).toEqual(
        new Set([JSON.stringify(['Thuế', [{ field: 'Thuê', similarity: 1 }]]), JSON.stringify(['Thuê', [{ field: 'Thuế', similarity: 1 }]])]),
      );
    }
  });

  test('a field only one unit has is a row of its own, said, whatever the order', () => {
    for (const order of [
      [
        ['AN PHÚ', 'Hộ tịch'],
        ['BÌNH AN', 'Đất đai'],
        ['TÂN LỢI', 'Hộ tịch'],
      ],
      [
        ['TÂN LỢI', 'Hộ tịch'],
        ['BÌNH AN', 'Đất đai'],
        ['AN PHÚ', 'Hộ tịch'],
      ],
    ] as Array<Array<[string, string]>>) {
      const model = plan(order);
      expect(model.notes.filter((n) => n.kind === 'own-field').map((n) => n.kind === 'own-field' && n.name)).toEqual(['Đất đai']);
    }
  });

  test('field names typed in TCVN3 are converted and matched, and it is said', () => {
    const model = plan([
      ['AN PHÚ', 'Chứng thực'],
      ['BÌNH AN', 'Chøng thùc'],
    ]);
    expect(model.fields.map((f) => [f.name, f.counts['received.online']])).toEqual([['Chứng thực', 20]]);
    expect(model.notes).toContainEqual({ kind: 'converted', source: { file: 'u1.xlsx', sheet: 'Phụ lục' }, encoding: 'tcvn3' });
  });

  test('the template gives the order; a template field no unit has is no row', () => {
    const model = plan(
      [
        ['AN PHÚ', 'Chứng thực'],
        ['BÌNH AN', 'Hộ tịch'],
      ],
      { template: ['Hộ tịch', 'Đất đai', 'Chứng thực'] },
    );
    expect(model.fields.map((f) => f.name)).toEqual(['Hộ tịch', 'Chứng thực']);
  });
});

test('a file holding several units, one sheet each: every sheet with a table counts; --sheet picks one', () => {
  const two = [
    seedUnit(A, ['UBND XÃ AN PHÚ', ...Q2], 'An Phú'),
    seedUnit(B, Q2, 'Bến Thành'),
    { sheetName: 'Ghi chú', origin: { row: 0, col: 0 }, values: [['Ghi chú']] },
  ];
  const readings = readWorkbookSources('tong-hop-xa.xlsx', two);
  expect(readings.map((r) => (r.ok ? [r.source.sheet, r.source.identity.name, r.source.identity.from] : null))).toEqual([
    ['An Phú', 'xã An Phú', 'title'],
    ['Bến Thành', 'tong-hop-xa › Bến Thành', 'file-name'],
  ]);
  const picked = readWorkbookSources('tong-hop-xa.xlsx', two, 'Bến Thành');
  expect(picked.map((r) => r.ok && r.source.sheet)).toEqual(['Bến Thành']);
  expect(readWorkbookSources('tong-hop-xa.xlsx', two, 'Quý III')).toEqual([
    { ok: false, sheet: 'Quý III', problem: { kind: 'no-such-sheet', sheet: 'Quý III', available: ['An Phú', 'Bến Thành', 'Ghi chú'] } },
  ]);
});
