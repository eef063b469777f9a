// Generated quarters of one unit with known dossier flows: dossiers over a reporting year, written
// as the platforms' exports (test/core/build/generate.ts) and built into each period's annex by
// the build pipeline itself, so that every carry-over link holds by construction.
import { outcomeProblemText } from '../../../src/i18n/findings';
import fc from 'fast-check';
import { annexToGrid } from '../../../src/core/build/annex';
import { reportingPeriod } from '../../../src/core/build/period';
import { planAnnexWorkbook } from '../../../src/core/build/plan';
import type { ExportTable, Period } from '../../../src/core/build/types';
import type { PeriodKind } from '../../../src/core/calendar';
import { periodTableOf } from '../../../src/core/periods/book';
import type { PeriodTable } from '../../../src/core/periods/types';
import type { Grid } from '../../../src/core/types';
import { validateGrid } from '../../../src/core/validate';
import { periodTitleLines } from '../../../src/i18n/build/forms';
import { renderExports, type Life, type TrueDossier } from '../build/generate';

export const YEAR = 2026;
const YEAR_PERIOD = reportingPeriod('Y', YEAR);

export const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Bảo trợ xã hội', 'Người có công'];

const lifeArb = (received: number): fc.Arbitrary<Life> =>
  fc.oneof(
    fc.constantFrom<Life>({ kind: 'new' }, { kind: 'processing' }),
    fc
      .option(fc.integer({ min: 0, max: 120 }), { nil: null })
      .map((offset): Life => ({ kind: 'supplement', requested: offset === null ? null : received + offset })),
    fc
      .tuple(
        fc.constantFrom<'returned' | 'rejected' | 'withdrawn'>('returned', 'returned', 'returned', 'rejected', 'withdrawn'),
        fc.integer({ min: 0, max: 150 }),
      )
      .map(([kind, offset]): Life => ({ kind, ended: received + offset })),
  );

/** A dossier received from 60 days before the reporting year to its end; it may end in any later quarter. */
export const yearDossierArb = (index: number, fields = FIELDS): fc.Arbitrary<TrueDossier> =>
  fc.integer({ min: YEAR_PERIOD.from - 60, max: YEAR_PERIOD.to }).chain((received) =>
    fc.record({
      code: fc.constant(`HS-${String(index).padStart(5, '0')}`),
      field: fc.constantFrom(...fields),
      online: fc.boolean(),
      received: fc.constant(received),
      due: fc.option(
        fc.integer({ min: 0, max: 45 }).map((d) => received + d),
        { nil: null, freq: 8 },
      ),
      life: lifeArb(received),
      staleCopy: fc.boolean(),
      format: fc.nat(3),
    }),
  );

export const yearDossiersArb = fc.integer({ min: 40, max: 120 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => yearDossierArb(i))));

export const QUARTER_SHEETS: Record<PeriodKind, string> = {
  Q1: 'Quý I',
  Q2: 'Quý II',
  Q3: 'Quý III',
  Q4: 'Quý IV',
  '6M': '6 tháng',
  '9M': '9 tháng',
  Y: 'Năm',
};

/** The annex of one period built from the exports (null when the period has no dossier). */
export function builtGrid(
  exportTables: ExportTable[],
  kind: PeriodKind,
  options: { templateFields?: string[]; sheetName?: string; period?: Period } = {},
): Grid | null {
  const period = options.period ?? reportingPeriod(kind, YEAR);
  const name = options.sheetName ?? QUARTER_SHEETS[kind];
  const plan = planAnnexWorkbook({
    tables: exportTables,
    period,
    templateFields: options.templateFields,
    titleLines: periodTitleLines(period),
    annexName: name,
  });
  if (!plan.ready) return null;
  return annexToGrid(plan.annex, name);
}

export function tableOf(grid: Grid, file?: string): PeriodTable {
  const outcome = validateGrid(grid);
  if (!outcome.ok) throw new Error(`no table on ${grid.sheetName}: ${outcomeProblemText(outcome).en}`);
  return periodTableOf(grid, outcome.report, file);
}

/** The quarters' tables built from the same dossiers (a quarter without dossiers is left out). */
export function builtQuarters(dossiers: TrueDossier[], kinds: PeriodKind[] = ['Q1', 'Q2', 'Q3', 'Q4'], templateFields?: string[]): PeriodTable[] {
  const tables = renderExports(dossiers);
  return kinds
    .map((kind) => builtGrid(tables, kind, { templateFields }))
    .filter((grid): grid is Grid => grid !== null)
    .map((grid) => tableOf(grid));
}

/** The grid as a clerk types it: every formula replaced by its value. */
export function typed(grid: Grid): Grid {
  const { formulas: _formulas, ...rest } = grid;
  return { ...rest, values: grid.values.map((line) => [...line]) };
}

/** A copy of a grid with one cell changed (absolute A1 address); the cell's formula, if any, goes. */
export function withCell(grid: Grid, address: string, value: number | string | null): Grid {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = match[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  const values = grid.values.map((line) => [...line]);
  values[row - grid.origin.row][col - grid.origin.col] = value;
  const formulas = grid.formulas?.map((line) => [...line]);
  if (formulas) formulas[row - grid.origin.row][col - grid.origin.col] = null;
  return { ...grid, values, formulas };
}
