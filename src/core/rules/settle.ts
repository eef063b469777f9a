// Each cluster of failing identities settled: its culprit (or the two cells that alone explain
// it), or the cells that could be wrong. A total formula that adds up the wrong rows (a =SUM range
// that misses rows) and alone explains the clusters it sits in is their culprit.
import type { CellRef } from '../types';
import { cellKey, compareCells, type RuleContext } from './context';
import { candidatesOf } from './candidates';
import { findCulprit, type Cluster, type Culprit } from './culprit';
import type { EquationIndex } from './equation-index';
import { explainTyped } from './explain';
import type { Equation } from './sums';

export interface SettledCluster {
  equations: Equation[];
  /** One culprit, or two when exactly one pair of cells explains the cluster; empty when undecided. */
  culprits: Culprit[];
  /** Without culprits: every cell that could be wrong. */
  candidates: CellRef[];
}

/** Typed tables: one cell that alone explains the cluster, else the one pair of cells that does. */
function culpritsOfTyped(context: RuleContext, cluster: Cluster, index: EquationIndex): Culprit[] {
  const { singles, pairs } = explainTyped(context, cluster.equations, index);
  if (singles.length === 1) return singles;
  if (singles.length === 0 && pairs.length === 1) return [...pairs[0]].sort((a, b) => compareCells(a.cell, b.cell));
  return [];
}

export function settleClusters(context: RuleContext, clusters: Cluster[], index: EquationIndex, faultyFormulas: ReadonlySet<string>): SettledCluster[] {
  const culprits = clusters.map((cluster) => (index.withFormulas ? (cluster.culprit ? [cluster.culprit] : []) : culpritsOfTyped(context, cluster, index)));
  // The cells in question: the culprits, then the candidates found without them. An identity
  // holding over one of them confirms nothing.
  const questioned = new Set<string>();
  for (const list of culprits) for (const c of list) questioned.add(cellKey(c.cell.row, c.cell.col));
  index.failingCells = questioned;
  const firstPass = clusters.map((cluster, i) => (culprits[i].length > 0 ? [] : candidatesOf(context, cluster, index, faultyFormulas)));
  index.failingCells = new Set([...questioned, ...firstPass.flat().map((c) => cellKey(c.row, c.col))]);
  const settled: SettledCluster[] = clusters.map((cluster, i) => ({
    equations: cluster.equations,
    culprits: culprits[i],
    candidates: culprits[i].length > 0 ? [] : candidatesOf(context, cluster, index, faultyFormulas),
  }));
  const byFormula = new Map<string, SettledCluster[]>();
  for (const cluster of settled) {
    const [only] = cluster.candidates;
    if (cluster.culprits.length > 0 || cluster.candidates.length !== 1 || !faultyFormulas.has(cellKey(only.row, only.col))) continue;
    const key = cellKey(only.row, only.col);
    byFormula.set(key, [...(byFormula.get(key) ?? []), cluster]);
  }
  const merged = new Set<SettledCluster>();
  const result: SettledCluster[] = [];
  for (const [key, group] of byFormula) {
    const equations = group.flatMap((cluster) => cluster.equations);
    const culprit = findCulprit(equations);
    if (!culprit || cellKey(culprit.cell.row, culprit.cell.col) !== key) continue;
    for (const cluster of group) merged.add(cluster);
    result.push({ equations, culprits: [culprit], candidates: [] });
  }
  return [...settled.filter((cluster) => !merged.has(cluster)), ...result];
}
