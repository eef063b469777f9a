// The engine: grid → table → rules → findings with culprits.
import { findingMessages, locateMessages } from '../i18n/core';
import { parseA1, parseA1Range } from './address';
import { locateTable } from './locate';
import { buildContext, a1, cellKey, compareCells, type RuleContext } from './rules/context';
import { analyseClusters, type Cluster } from './rules/culprit';
import { checkConstantTotals, checkSumRanges } from './rules/formulas';
import { checkRateColumns, checkRatesRow, uncheckedRateColumns } from './rules/rates';
import { equationCells, equationSum, failingEquations, type Equation } from './rules/sums';
import { checkCachedValues, checkCellValues } from './rules/values';
import type { Finding, Grid, LocalizedText, RuleId, TableModel, ValidateOutcome, ValidationReport, ValidationSummary } from './types';

function appendText(a: LocalizedText, b: LocalizedText): LocalizedText {
  return { vi: a.vi + b.vi, en: a.en + b.en };
}

function equationMessage(context: RuleContext, equation: Equation): LocalizedText {
  const parentCell = a1(equation.parent.row, equation.parent.col);
  const sum = equationSum(equation);
  switch (equation.rule) {
    case 'row-sum':
      return findingMessages.rowSum(equation.row.label, equation.identity, parentCell, equation.parentValue, sum);
    case 'cross-sum':
      return findingMessages.crossSum(equation.row.label, equation.identity, parentCell, equation.parentValue, sum);
    case 'column-total': {
      const rows = equation.sectionLabel ? findingMessages.sectionRows(equation.sectionLabel) : findingMessages.fieldRows();
      return findingMessages.columnTotal(equation.row.label || context.table.rows.find((r) => r.row === equation.row.row)?.label || '', equation.identity, parentCell, equation.parentValue, sum, rows);
    }
  }
}

function equationFinding(context: RuleContext, equation: Equation, cluster: Cluster): Finding {
  const { culprit, suspects } = cluster;
  const cells = equationCells(equation).sort(compareCells).map((c) => a1(c.row, c.col));
  const anchor = a1(equation.parent.row, equation.parent.col);
  let message = equationMessage(context, equation);
  const finding: Finding = {
    rule: equation.rule,
    severity: 'error',
    cells,
    expected: equationSum(equation),
    actual: equation.parentValue,
    anchor,
    identity: equation.identity,
    rowLabel: equation.row.label,
    message,
  };
  if (culprit) {
    const address = a1(culprit.cell.row, culprit.cell.col);
    finding.culprit = address;
    finding.cells = [address, ...cells.filter((c) => c !== address)];
    finding.expected = culprit.expected;
    finding.actual = culprit.found;
    message = appendText(message, culprit.storedAsText ? findingMessages.culpritStoredAsText(address, culprit.expected) : findingMessages.culprit(address, culprit.found, culprit.expected));
  } else if (suspects) {
    message = appendText(message, findingMessages.suspects(suspects.map((c) => a1(c.row, c.col)), cluster.moreSuspects === true));
  } else if (cluster.equations.length > 1) {
    message = appendText(message, findingMessages.noCulprit());
  }
  finding.message = message;
  return finding;
}

const RULE_ORDER: RuleId[] = ['bad-value', 'row-sum', 'cross-sum', 'column-total', 'rate', 'missing-rate', 'rate-not-checked', 'text-number', 'constant-total', 'sum-range', 'no-cached-value'];

function sortFindings(findings: Finding[]): Finding[] {
  const position = (f: Finding) => parseA1(f.culprit ?? f.anchor);
  return findings.sort((a, b) => {
    const bySeverity = (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1);
    return bySeverity || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) || compareCells(position(a), position(b));
  });
}

export function summarize(findings: Finding[]): ValidationSummary {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    culprits: new Set(findings.filter((f) => f.severity === 'error' && f.culprit).map((f) => f.culprit)).size,
  };
}

function checkRates(context: RuleContext, doubtful: Set<string>): Finding[] {
  const ratesRow = context.table.rows.find((r) => r.kind === 'rates');
  if (!ratesRow) return [];
  const total = context.table.rows.find((r) => r.kind === 'total');
  const sources = total ? [total] : context.table.rows.filter((r) => r.kind === 'field');
  return checkRatesRow(context, { sources, ratesRow, doubtful });
}

/** Further annex tables further down the same sheet (not validated): their header cells. */
function otherTablesBelow(grid: Grid, table: TableModel): string[] {
  const found: string[] = [];
  let after = parseA1Range(table.range).bottom + 1;
  while (found.length < 5) {
    const skip = after - grid.origin.row;
    const rest: Grid = {
      ...grid,
      origin: { row: after, col: grid.origin.col },
      values: grid.values.slice(skip),
      formulas: grid.formulas?.slice(skip),
      numberFormats: grid.numberFormats?.slice(skip),
    };
    const next = locateTable(rest);
    if (!next.ok) break;
    found.push(next.table.range);
    after = parseA1Range(next.table.range).bottom + 1;
  }
  return found;
}

/** Validates the annex table found on one sheet. */
export function validateGrid(grid: Grid): ValidateOutcome {
  const located = locateTable(grid);
  if (!located.ok) return located;
  const context = buildContext(grid, located.table);

  const findings: Finding[] = [...checkCellValues(context), ...checkCachedValues(context)];
  const failing = failingEquations(context);
  const doubtful = new Set<string>();
  for (const cluster of analyseClusters(failing, context)) {
    for (const equation of cluster.equations) {
      findings.push(equationFinding(context, equation, cluster));
      for (const cell of equationCells(equation)) doubtful.add(cellKey(cell.row, cell.col));
    }
  }
  findings.push(...checkRates(context, doubtful), ...checkRateColumns(context, doubtful), ...uncheckedRateColumns(context), ...checkConstantTotals(context), ...checkSumRanges(context));

  const sorted = sortFindings(findings);
  const report: ValidationReport = { sheet: grid.sheetName, table: located.table, findings: sorted, summary: summarize(sorted) };
  const more = otherTablesBelow(grid, located.table);
  if (more.length > 0) report.otherTables = more;
  return { ok: true, report };
}

/**
 * Validates a workbook: the named sheet, or else the first visible sheet that holds an annex
 * table (hidden sheets are often stale templates). Other visible sheets with a table are named in
 * the report so that the clerk knows they were not checked. When no sheet holds one, the reason
 * given is the first sheet's.
 */
export function validateWorkbook(grids: Grid[], sheetName?: string): ValidateOutcome {
  if (sheetName !== undefined) {
    const grid = grids.find((g) => g.sheetName === sheetName) ?? grids.find((g) => g.sheetName.trim().toLowerCase() === sheetName.trim().toLowerCase());
    if (!grid) return { ok: false, reason: locateMessages.noSuchSheet(sheetName, grids.map((g) => g.sheetName)) };
    return validateGrid(grid);
  }
  const visible = grids.filter((g) => !g.hidden);
  const candidates = visible.length > 0 ? visible : grids;
  let firstFailure: ValidateOutcome | null = null;
  for (const grid of candidates) {
    const outcome = validateGrid(grid);
    if (outcome.ok) {
      const others = candidates.filter((g) => g !== grid && locateTable(g).ok).map((g) => g.sheetName);
      if (others.length > 0) outcome.report.otherSheets = others;
      return outcome;
    }
    firstFailure ??= outcome;
  }
  return firstFailure ?? { ok: false, reason: locateMessages.noTableInWorkbook() };
}
