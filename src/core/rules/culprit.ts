// Which single cell, if corrected, would make every failing identity around it hold?
import type { CellRef } from '../types';
import { equationCells, equationSum, type Equation } from './sums';
import { cellKey } from './context';

export interface Culprit {
  cell: CellRef;
  /** The value that makes all the cluster's identities hold. */
  expected: number;
  found: number;
}

export interface Cluster {
  equations: Equation[];
  culprit?: Culprit;
}

function findRoot(parents: number[], i: number): number {
  let root = i;
  while (parents[root] !== root) root = parents[root];
  while (parents[i] !== root) {
    const next = parents[i];
    parents[i] = root;
    i = next;
  }
  return root;
}

/** Groups failing equations that share cells. */
export function clusterEquations(failing: Equation[]): Equation[][] {
  const parents = failing.map((_, i) => i);
  const ownerOfCell = new Map<string, number>();
  failing.forEach((equation, i) => {
    for (const cell of equationCells(equation)) {
      const key = cellKey(cell.row, cell.col);
      const owner = ownerOfCell.get(key);
      if (owner === undefined) ownerOfCell.set(key, i);
      else parents[findRoot(parents, i)] = findRoot(parents, owner);
    }
  });
  const groups = new Map<number, Equation[]>();
  failing.forEach((equation, i) => {
    const root = findRoot(parents, i);
    const group = groups.get(root) ?? [];
    group.push(equation);
    groups.set(root, group);
  });
  return [...groups.values()];
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

export function analyseClusters(failing: Equation[]): Cluster[] {
  return clusterEquations(failing).map((equations) => ({ equations, culprit: findCulprit(equations) }));
}
