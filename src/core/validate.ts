// The engine: grid → table → rules → findings with culprits.
import { parseA1, parseA1Range } from './address';
import { groupFindings, type ClusterCard } from './groups';
import { locateTable } from './locate';
import type { RowChoices } from './locate/row-values';
import { parseAnnexTable, a1, cellKey, compareCells, type RuleContext } from './rules/context';
import { correctionsOf } from './rules/corrections';
import { analyseClusters, type Culprit } from './rules/culprit';
import { FormulaGraph } from './rules/dependencies';
import { withDerivedTotals } from './rules/derived-totals';
import { coefficientOf, EquationIndex } from './rules/equation-index';
import { checkConstantTotals, checkSumRanges } from './rules/formulas';
import { checkRateColumns, checkRatesRow, uncheckedRateColumns, type RateEvidence } from './rules/rates';
import { checkRows } from './rules/rows';
import { settleClusters } from './rules/settle';
import { totalScopes } from './rules/scopes';
import { equationCells, equationSum, failingEquations, type Equation } from './rules/sums';
import { checkCachedValues, checkCellValues } from './rules/values';
import type { Finding, FindingDetail, FindingGroup, Grid, RuleId, TableModel, ValidateOutcome, ValidationReport, ValidationSummary } from './types';

function equationDetail(context: RuleContext, equation: Equation): FindingDetail {
  const parentCell = a1(equation.parent.row, equation.parent.col);
  const sum = equationSum(equation);
  if (equation.rule !== 'column-total') return { kind: 'sum', parentCell, stated: equation.parentValue, sum };
  const totalLabel = equation.row.label || context.table.rows.find((r) => r.row === equation.row.row)?.label || '';
  const detail: FindingDetail = { kind: 'column-total', totalCell: parentCell, totalLabel, column: equation.identity, stated: equation.parentValue, sum };
  if (equation.sectionLabel) detail.section = equation.sectionLabel;
  return detail;
}

/** A failing identity: with a culprit, that cell and its value; without, every candidate and no expected value. */
function equationFinding(context: RuleContext, equation: Equation, culprits: Culprit[], candidates: string[]): Finding {
  const cells = equationCells(equation)
    .sort(compareCells)
    .map((c) => a1(c.row, c.col));
  const finding: Finding = {
    rule: equation.rule,
    severity: 'error',
    cells,
    expected: null,
    actual: null,
    anchor: a1(equation.parent.row, equation.parent.col),
    identity: equation.identity,
    rowLabel: equation.row.label,
    detail: equationDetail(context, equation),
  };
  const inEquation = culprits.filter((c) => coefficientOf(equation, c.cell) !== 0);
  const [culprit] = inEquation.length > 0 ? inEquation : culprits;
  if (culprit) {
    const address = a1(culprit.cell.row, culprit.cell.col);
    finding.culprit = address;
    finding.cells = [address, ...cells.filter((c) => c !== address)];
    finding.expected = culprit.expected;
    finding.actual = culprit.found;
    finding.culprits = culprits.map((c) => ({
      cell: a1(c.cell.row, c.cell.col),
      found: c.found,
      expected: c.expected,
      ...(c.storedAsText ? { storedAsText: true } : {}),
    }));
  } else {
    finding.candidates = candidates;
  }
  return finding;
}

const RULE_ORDER: RuleId[] = [
  'bad-value',
  'row-sum',
  'cross-sum',
  'column-total',
  'rate',
  'missing-rate',
  'rate-not-checked',
  'unread-row',
  'ambiguous-total',
  'text-number',
  'constant-total',
  'sum-range',
  'no-cached-value',
];

function sortFindings(findings: Finding[]): Finding[] {
  const position = (f: Finding) => parseA1(f.culprit ?? f.anchor);
  return findings.sort((a, b) => {
    const bySeverity = (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1);
    return bySeverity || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) || compareCells(position(a), position(b));
  });
}

/** Rules whose findings mean part of the table was not checked: the table is not declared valid. */
const UNCHECKED_RULES: ReadonlySet<RuleId> = new Set(['unread-row', 'ambiguous-total', 'rate-not-checked', 'no-cached-value']);

export function summarize(findings: Finding[], groups: FindingGroup[] = []): ValidationSummary {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const incomplete = findings.some((f) => UNCHECKED_RULES.has(f.rule));
  return {
    errors,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    culprits: new Set(findings.filter((f) => f.severity === 'error' && f.culprit).map((f) => f.culprit)).size,
    undecided: groups.filter((g) => g.kind === 'undecided').length,
    verdict: errors > 0 ? 'invalid' : incomplete ? 'incomplete' : 'valid',
  };
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

export interface ValidateOptions {
  /** The clerk's answers about rows the engine could not place: which are totals, which fields. */
  rows?: RowChoices;
}

/** Validates the annex table found on one sheet. */
export function validateGrid(grid: Grid, options: ValidateOptions = {}): ValidateOutcome {
  const located = locateTable(grid, options.rows);
  if (!located.ok) return located;
  const context = parseAnnexTable(grid, located.table);

  const findings: Finding[] = [...checkCellValues(context), ...checkCachedValues(context), ...checkRows(located.table)];
  const failing = failingEquations(context);
  const scopes = totalScopes(located.table);
  const graph = failing.length > 0 ? new FormulaGraph({ ...context, sheet: withDerivedTotals(context, scopes) }) : null;
  const clusters = analyseClusters(failing, context, graph);
  const sumRanges = checkSumRanges(context);
  const faultyFormulas = new Set(sumRanges.map((f) => parseA1(f.anchor)).map((c) => cellKey(c.row, c.col)));
  const undecided = new Set<string>();
  const ownerOfQuestioned = new Map<string, ClusterCard>();
  const cards: ClusterCard[] = [];
  const settled = settleClusters(context, clusters, new EquationIndex(context, scopes, graph), faultyFormulas);
  for (const cluster of settled) {
    const candidates = cluster.candidates.map((c) => a1(c.row, c.col));
    const equationFindings = cluster.equations.map((equation) => equationFinding(context, equation, cluster.culprits, candidates));
    findings.push(...equationFindings);
    if (cluster.culprits.length === 0) {
      cards.push({ findings: equationFindings, candidates });
      // A candidate is in question, and so is every formula (or derived total) that adds it up.
      const card = cards[cards.length - 1];
      for (const cell of cluster.candidates) {
        undecided.add(cellKey(cell.row, cell.col));
        ownerOfQuestioned.set(a1(cell.row, cell.col), card);
        const influence = graph?.hasFormulas ? graph.influence(graph.slotOf(cell.row, cell.col)) : null;
        for (const slot of influence?.keys() ?? []) {
          const moved = graph?.cellOf(slot);
          if (!moved) continue;
          undecided.add(cellKey(moved.row, moved.col));
          if (!ownerOfQuestioned.has(a1(moved.row, moved.col))) ownerOfQuestioned.set(a1(moved.row, moved.col), card);
        }
      }
      continue;
    }
    for (const { cell, expected, found, storedAsText } of cluster.culprits) {
      const address = a1(cell.row, cell.col);
      const partners = cluster.culprits.filter((c) => c.cell !== cell).map((c) => a1(c.cell.row, c.cell.col));
      const own = cluster.culprits.length > 1 ? equationFindings.filter((_, i) => coefficientOf(cluster.equations[i], cell) !== 0) : equationFindings;
      cards.push({ findings: own, culprit: { address, expected, found, ...(storedAsText ? { storedAsText } : {}), ...(partners.length ? { partners } : {}) } });
    }
  }
  const evidence: RateEvidence = { corrections: correctionsOf(context, settled, graph), undecided };
  const ratesRow = checkRatesRow(context, evidence);
  const rateColumns = checkRateColumns(context, evidence);
  findings.push(...ratesRow.findings, ...rateColumns.findings, ...uncheckedRateColumns(context), ...checkConstantTotals(context), ...sumRanges);
  // A rate that waits for an undecided mismatch is said on that mismatch's card.
  for (const finding of [...ratesRow.findings, ...rateColumns.findings]) {
    if (finding.rule !== 'rate-not-checked') continue;
    const owner = finding.cells
      .slice(1)
      .map((cell) => ownerOfQuestioned.get(cell))
      .find((card) => card !== undefined);
    owner?.findings.push(finding);
  }

  const sorted = sortFindings(findings);
  const groups = groupFindings(sorted, cards, [...ratesRow.notes, ...rateColumns.notes]);
  const report: ValidationReport = { sheet: grid.sheetName, table: located.table, findings: sorted, groups, summary: summarize(sorted, groups) };
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
export function validateWorkbook(grids: Grid[], sheetName?: string, options: ValidateOptions = {}): ValidateOutcome {
  if (sheetName !== undefined) {
    const grid = grids.find((g) => g.sheetName === sheetName) ?? grids.find((g) => g.sheetName.trim().toLowerCase() === sheetName.trim().toLowerCase());
    if (!grid) return { ok: false, problem: { kind: 'no-such-sheet', sheet: sheetName, available: grids.map((g) => g.sheetName) } };
    return validateGrid(grid, options);
  }
  const visible = grids.filter((g) => !g.hidden);
  const candidates = visible.length > 0 ? visible : grids;
  let firstFailure: ValidateOutcome | null = null;
  for (const grid of candidates) {
    const outcome = validateGrid(grid, options);
    if (outcome.ok) {
      const others = candidates.filter((g) => g !== grid && locateTable(g).ok).map((g) => g.sheetName);
      if (others.length > 0) outcome.report.otherSheets = others;
      return outcome;
    }
    firstFailure ??= outcome;
  }
  return firstFailure ?? { ok: false, problem: { kind: 'no-table-in-workbook' } };
}
