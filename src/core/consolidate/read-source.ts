// One unit's annex → its source: the full engine's verdict, the unit named from the sheet, the
// period, and the field counts by role read the way the validator reads counts. Only this small
// record is kept: a consolidation of a thousand units never holds a thousand grids.
import { toA1 } from '../address';
import { cellValue, readCount } from '../cells';
import { readTitleRows } from '../narrative/title';
import { readTablePeriod } from '../periods/table-period';
import type { Grid, LocateProblem, Role, ValidationReport } from '../types';
import { validateGrid } from '../validate';
import { toUnicode, type LegacyEncoding } from './legacy-text';
import type { SourceField, UnitSource } from './types';
import { fileStem, identifyUnit } from './unit-identity';
import { LEAVES } from '../build/aggregate';

/** Leaf roles a count column can have: what is added up; totals are their sums (the build's leaves). */
export const LEAF_ROLES: readonly Role[] = LEAVES;

const FIRST_FINDINGS = 5;

export function sourceOfReport(file: string, grid: Grid, report: ValidationReport, fallbackName: string): UnitSource {
  const table = report.table;
  const title = readTitleRows(grid, table.headerTop);
  const identity = identifyUnit(title.texts, grid.sheetName, fallbackName);
  const leaves = LEAF_ROLES.filter((role) => table.columns.some((c) => c.role === role));
  const colOf = new Map<Role, number>(table.columns.filter((c) => c.role).map((c) => [c.role as Role, c.col]));
  const byName = new Map<string, SourceField>();
  const badCells: UnitSource['badCells'] = [];
  const typedTotals: UnitSource['typedTotals'] = [];
  let converted: LegacyEncoding | undefined;
  const read = (row: number, col: number): number | null => {
    const cell = readCount(cellValue(grid, row, col));
    if (cell.kind === 'bad') {
      badCells.push({ address: toA1(row, col), raw: cell.raw });
      return null;
    }
    return cell.kind === 'count' ? cell.value : 0;
  };
  for (const row of table.rows.filter((r) => r.kind === 'field')) {
    const unicode = toUnicode(row.label);
    converted ??= unicode.converted;
    const name = unicode.text.trim();
    const field = byName.get(name) ?? { name, counts: {} };
    byName.set(name, field);
    for (const role of leaves) {
      const value = read(row.row, colOf.get(role) as number);
      if (value !== null) field.counts[role] = (field.counts[role] ?? 0) + value;
    }
    for (const identity of table.identities.filter((i) => i.kind === 'row-sum')) {
      const stated = readCount(cellValue(grid, row.row, identity.parent));
      const parts = identity.children.map((col) => readCount(cellValue(grid, row.row, col)));
      if (stated.kind === 'bad' || parts.some((p) => p.kind === 'bad')) continue;
      const statedValue = stated.kind === 'count' ? stated.value : 0;
      const sum = parts.reduce((total, p) => total + (p.kind === 'count' ? p.value : 0), 0);
      const role = table.columns.find((c) => c.col === identity.parent)?.role;
      if (statedValue !== sum && role) typedTotals.push({ field: name, address: toA1(row.row, identity.parent), role, stated: statedValue, parts: sum });
    }
  }
  return {
    file,
    sheet: grid.sheetName,
    range: table.range,
    identity,
    period: readTablePeriod(grid, table),
    summary: report.summary,
    findings: report.findings.slice(0, FIRST_FINDINGS),
    leaves,
    fields: [...byName.values()],
    typedTotals,
    badCells,
    detailRows: table.rows.filter((r) => r.kind === 'detail').length,
    ...(converted ? { converted } : {}),
  };
}

export type SheetReading = { ok: true; source: UnitSource } | { ok: false; sheet?: string; problem: LocateProblem };

/**
 * Every sheet of a workbook that holds an annex table is a unit's (hidden sheets only when no
 * visible one has a table), unless `sheet` names one. No table at all: the first sheet's reason.
 */
export function readWorkbookSources(file: string, grids: Grid[], sheet?: string): SheetReading[] {
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.sheetName === sheet) ?? grids.find((g) => g.sheetName.trim().toLowerCase() === sheet.trim().toLowerCase());
    if (!grid) return [{ ok: false, sheet, problem: { kind: 'no-such-sheet', sheet, available: grids.map((g) => g.sheetName) } }];
    const outcome = validateGrid(grid);
    return [
      outcome.ok
        ? { ok: true, source: sourceOfReport(file, grid, outcome.report, fileStem(file)) }
        : { ok: false, sheet: grid.sheetName, problem: outcome.problem },
    ];
  }
  const tryGrids = (candidates: Grid[]) => candidates.map((grid) => ({ grid, outcome: validateGrid(grid) }));
  let tried = tryGrids(grids.filter((g) => !g.hidden));
  if (!tried.some((t) => t.outcome.ok)) tried = tryGrids(grids);
  const found = tried.filter((t) => t.outcome.ok);
  if (found.length === 0) {
    const first = tried[0];
    return [
      {
        ok: false,
        ...(first ? { sheet: first.grid.sheetName } : {}),
        problem: first && !first.outcome.ok ? first.outcome.problem : { kind: 'no-table-in-workbook' },
      },
    ];
  }
  return found.map(({ grid, outcome }) => {
    const report = (outcome as { ok: true; report: ValidationReport }).report;
    const fallback = found.length > 1 ? `${fileStem(file)} › ${grid.sheetName}` : fileStem(file);
    return { ok: true, source: sourceOfReport(file, grid, report, fallback) };
  });
}
