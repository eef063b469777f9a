// Which single cell, if corrected, would make every failing identity around it hold?
import type { CellRef } from '../types';
import { equationCells, equationSum, type Equation } from './sums';
import { cellKey, type RuleContext } from './context';
import { FormulaGraph, keyOfEquation, type Coefficient } from './dependencies';
import { totalScopes } from './scopes';
import { clusterBySharedKeys } from './clusters';

export interface Culprit {
  cell: CellRef;
  /** The value that makes all the cluster's identities hold. */
  expected: number;
  found: number;
  /** A number stored as text that a SUM skips: the fix is to store the same number as a number. */
  storedAsText?: boolean;
}

export interface Cluster {
  equations: Equation[];
  culprit?: Culprit;
  /** When no culprit in a formula table: typed cells that could each explain the cluster alone (the first few). */
  suspects?: CellRef[];
  /** More cells than `suspects` could explain it. */
  moreSuspects?: boolean;
}

/** Beyond this many equally possible cells, naming them does not help the clerk. */
const MAX_SUSPECTS = 4;

/** Groups failing equations that share cells. */
export function clusterEquations(failing: Equation[]): Equation[][] {
  return clusterBySharedKeys(failing, (equation) => equationCells(equation).map((cell) => cellKey(cell.row, cell.col)));
}

/** The value `cell` must take for `equation` to hold, with the other cells as they are. */
function solveFor(equation: Equation, cell: CellRef): number | null {
  const sum = equationSum(equation);
  if (equation.parent.row === cell.row && equation.parent.col === cell.col) return sum;
  const index = equation.children.findIndex((c) => c.row === cell.row && c.col === cell.col);
  if (index < 0) return null;
  return equation.parentValue - (sum - equation.childValues[index]);
}

function currentValue(equation: Equation, cell: CellRef): number {
  if (equation.parent.row === cell.row && equation.parent.col === cell.col) return equation.parentValue;
  const index = equation.children.findIndex((c) => c.row === cell.row && c.col === cell.col);
  return equation.childValues[index];
}

/**
 * A culprit belongs to every failing identity of the cluster, and solving each of them for it
 * gives one same, non-negative value. Several such cells (a lone failing identity) or none
 * (two independent mistakes) leave the cluster without a culprit.
 */
export function findCulprit(equations: Equation[]): Culprit | undefined {
  let common: Map<string, CellRef> | null = null;
  for (const equation of equations) {
    const cells = new Map<string, CellRef>();
    for (const cell of equationCells(equation)) {
      const key = cellKey(cell.row, cell.col);
      if (common === null || common.has(key)) cells.set(key, cell);
    }
    common = cells;
    if (common.size === 0) return undefined;
  }
  const candidates: Culprit[] = [];
  for (const cell of common?.values() ?? []) {
    const solutions = equations.map((equation) => solveFor(equation, cell));
    const first = solutions[0];
    if (first === null || first < 0 || solutions.some((s) => s !== first)) continue;
    candidates.push({ cell, expected: first, found: currentValue(equations[0], cell) });
    if (candidates.length > 1) return undefined;
  }
  return candidates[0];
}

/**
 * Clusters of failing identities and their culprits. A table whose count cells hold formulas is
 * analysed through its formulas (see analyseWithFormulas); a table of typed numbers as documented.
 */
export function analyseClusters(failing: Equation[], context?: RuleContext, graph?: FormulaGraph | null): Cluster[] {
  if (failing.length > 0 && context) {
    const formulas = graph ?? new FormulaGraph(context);
    if (formulas.hasFormulas) return analyseWithFormulas(context, formulas, failing);
  }
  return clusterEquations(failing).map((equations) => ({ equations, culprit: findCulprit(equations) }));
}

interface Expanded {
  equation: Equation;
  key: string;
  residual: number;
  terms: Map<number, Coefficient>;
}

/**
 * Formula-aware culprits. A formula follows its inputs, so it is never a culprit: each failing
 * identity is rewritten in terms of the typed cells its formulas add up (parent +1, child −1 per
 * path; a text number inside SUM counts 0 until it is stored as a number). A typed cell x changed
 * by δ moves each identity's residual by c·δ. Identities that share typed cells form a cluster
 * (so a field-row failure and the totals-row failure it causes through =SUM join).
 */
function analyseWithFormulas(context: RuleContext, graph: FormulaGraph, failing: Equation[]): Cluster[] {
  const expanded: Expanded[] = failing.map((equation) => ({
    equation,
    key: keyOfEquation(equation),
    residual: equation.parentValue - equationSum(equation),
    terms: graph.expandEquation(equation),
  }));
  const failingKeys = new Set(expanded.map((e) => e.key));
  const aggregateKeys = new Set<string>();
  const settle = (group: Expanded[]): Cluster => {
    const explanations = explainCluster(context, graph, group, failingKeys, aggregateKeys);
    const equations = group.map((e) => e.equation);
    if (explanations.length === 1) return { equations, culprit: explanations[0] };
    if (explanations.length > 1)
      return { equations, suspects: explanations.slice(0, MAX_SUSPECTS).map((e) => e.cell), moreSuspects: explanations.length > MAX_SUSPECTS };
    return { equations };
  };
  // A totals row adds up every field row: its failures repeat theirs. The field rows are explained
  // first, each mistake on its own; a totals-row failure that their corrections close (or that
  // repeats an undecided field-row failure) joins that cluster instead of merging all mistakes.
  const totalRows = new Set(totalScopes(context.table).map((scope) => scope.total.row));
  const isAggregate = (item: Expanded) => item.equation.rule === 'column-total' || totalRows.has(item.equation.parent.row);
  const local = expanded.filter((item) => !isAggregate(item));
  if (local.length === 0) return clusterExpanded(graph, expanded).map(settle);
  // While the field rows are explained, the totals-row failures may move: they are judged after.
  for (const item of expanded) if (isAggregate(item)) aggregateKeys.add(item.key);
  const groups = clusterExpanded(graph, local);
  const clusters = groups.map(settle);
  aggregateKeys.clear();
  const remaining: Expanded[] = [];
  for (const item of expanded.filter(isAggregate)) {
    const owner = ownerOf(item, groups, clusters, graph);
    if (owner < 0) remaining.push(item);
    else clusters[owner].equations.push(item.equation);
  }
  return [...clusters, ...clusterExpanded(graph, remaining).map(settle)];
}

/**
 * The field-row cluster a totals-row failure belongs to: the one whose culprit's correction closes
 * it, else the undecided one it shares typed cells with; -1 when none does.
 */
function ownerOf(item: Expanded, groups: Expanded[][], clusters: Cluster[], graph: FormulaGraph): number {
  let residual = item.residual;
  let touchedBy = -1;
  clusters.forEach((cluster, i) => {
    const culprit = cluster.culprit;
    if (!culprit) return;
    const coefficient = item.terms.get(graph.slotOf(culprit.cell.row, culprit.cell.col));
    if (!coefficient) return;
    const move = culprit.storedAsText ? (coefficient.asNumber - coefficient.counted) * culprit.found : coefficient.counted * (culprit.expected - culprit.found);
    if (move === 0) return;
    residual += move;
    if (touchedBy < 0) touchedBy = i;
  });
  if (residual === 0 && touchedBy >= 0) return touchedBy;
  if (touchedBy >= 0) return -1;
  return groups.findIndex((group, i) => !clusters[i].culprit && group.some((local) => [...local.terms.keys()].some((slot) => item.terms.has(slot))));
}

function clusterExpanded(graph: FormulaGraph, expanded: Expanded[]): Expanded[][] {
  return clusterBySharedKeys(expanded, (item) =>
    item.terms.size > 0 ? item.terms.keys() : equationCells(item.equation).map((c) => graph.slotOf(c.row, c.col)),
  );
}

/**
 * A typed cell explains the cluster when it weighs in every failing identity of it, one same
 * whole correction δ = −r/c solves them all, the corrected count is not negative, and the
 * correction breaks no identity that holds. A text number skipped by SUM explains it when storing
 * it as a number closes every residual. The culprit exists when exactly one explanation remains;
 * the search stops once there are more than MAX_SUSPECTS.
 */
function explainCluster(
  context: RuleContext,
  graph: FormulaGraph,
  group: Expanded[],
  failingKeys: Set<string>,
  mayMove: ReadonlySet<string> = new Set(),
): Culprit[] {
  const smallest = group.reduce((a, b) => (b.terms.size < a.terms.size ? b : a));
  const inCluster = new Set([...group.map((e) => e.key), ...mayMove]);
  const found: Culprit[] = [];
  for (const slot of smallest.terms.keys()) {
    if (graph.isFormula(slot)) continue;
    const cell = context.cells[slot];
    if (cell.kind === 'bad') continue;
    const value = cell.kind === 'count' ? cell.value : 0;
    const explanations: Culprit[] = [];
    const delta = commonCorrection(group, slot);
    if (delta !== null && value + delta >= 0 && breaksNothing(graph, slot, inCluster, failingKeys, (c) => c.counted)) {
      explanations.push({ cell: graph.cellOf(slot), expected: value + delta, found: value });
    }
    if (graph.isTextNumber(slot) && closedAsNumber(group, slot, value) && breaksNothing(graph, slot, inCluster, failingKeys, (c) => c.asNumber - c.counted)) {
      explanations.push({ cell: graph.cellOf(slot), expected: value, found: value, storedAsText: true });
    }
    found.push(...explanations);
    if (found.length > MAX_SUSPECTS) return found;
  }
  return found;
}

/** The one whole correction of `slot` that closes every residual of the group, or null. */
function commonCorrection(group: Expanded[], slot: number): number | null {
  let delta: number | null = null;
  for (const item of group) {
    const weight = item.terms.get(slot)?.counted ?? 0;
    if (weight === 0) return null;
    const solution = -item.residual / weight;
    if (!Number.isInteger(solution) || (delta !== null && solution !== delta)) return null;
    delta = solution;
  }
  return delta;
}

/** Storing the text number at `slot` as a number adds it to the SUMs that skip it today: does that close every residual? */
function closedAsNumber(group: Expanded[], slot: number, value: number): boolean {
  if (value === 0) return false;
  return group.every((item) => {
    const coefficient = item.terms.get(slot);
    const weight = coefficient ? coefficient.asNumber - coefficient.counted : 0;
    return weight !== 0 && item.residual + weight * value === 0;
  });
}

/** Changing `slot` (with the formulas that follow it) moves no identity outside the cluster that can be evaluated. */
function breaksNothing(graph: FormulaGraph, slot: number, inCluster: Set<string>, failingKeys: Set<string>, weightOf: (c: Coefficient) => number): boolean {
  const influence = graph.influence(slot);
  if (!influence) return false;
  const weights = new Map<string, { weight: number; evaluate: () => number | null }>();
  for (const [cell, coefficient] of influence) {
    const weight = weightOf(coefficient);
    if (weight === 0) continue;
    for (const membership of graph.memberships(cell)) {
      const entry = weights.get(membership.key) ?? { weight: 0, evaluate: membership.evaluate };
      entry.weight += membership.sign * weight;
      weights.set(membership.key, entry);
    }
  }
  for (const [key, entry] of weights) {
    if (entry.weight === 0 || inCluster.has(key)) continue;
    if (failingKeys.has(key) || entry.evaluate() !== null) return false;
  }
  return true;
}
