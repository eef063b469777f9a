// Typed tables: which corrections explain a cluster of failing identities? An explanation changes
// one or two cells by whole numbers so that every failing identity of the cluster holds, no
// identity that holds breaks, no other failing identity moves, and no count becomes negative. One
// explanation of one cell is a culprit; when none exists, one explanation of two cells names both;
// several explanations leave the clerk their cells to look at.
import type { CellRef } from '../types';
import { cellKey, slotOf, type RuleContext } from './context';
import type { Culprit } from './culprit';
import { keyOfEquation } from './dependencies';
import type { EquationIndex } from './equation-index';
import { equationCells, equationSum, type Equation } from './sums';

/** Beyond this many cells in a cluster, pairs are not searched (the clerk gets the candidates). */
const MAX_PAIR_CELLS = 400;
/** Enough explanations to know there is no unique one. */
const MAX_EXPLANATIONS = 12;

export interface Explanations {
  singles: Culprit[];
  pairs: Array<[Culprit, Culprit]>;
}

interface Item {
  equation: Equation;
  residual: number;
}

interface Search {
  items: Item[];
  index: EquationIndex;
  valueOf: (cell: CellRef) => number | null;
  /** A cell may be corrected only when every identity it takes part in is in the cluster or holds. */
  movable: (cell: CellRef) => boolean;
}

export function explainTyped(context: RuleContext, equations: Equation[], index: EquationIndex): Explanations {
  const items: Item[] = equations.map((equation) => ({ equation, residual: equation.parentValue - equationSum(equation) }));
  const clusterKeys = new Set(equations.map(keyOfEquation));
  const cells = new Map<string, CellRef>();
  for (const equation of equations) for (const cell of equationCells(equation)) cells.set(cellKey(cell.row, cell.col), cell);
  const valueOf = (cell: CellRef): number | null => {
    const slot = slotOf(context, cell.row, cell.col);
    if (slot < 0 || context.cells[slot].kind === 'bad') return null;
    return context.values[slot];
  };
  const movable = (cell: CellRef) =>
    index.equationsOf(cell).every((e) => e === null || clusterKeys.has(keyOfEquation(e)) || index.holds(e) || index.coefficient(e, cell) === 0);
  const search: Search = { items, index, valueOf, movable };

  // A single cell must take part in every failing identity: look only among the smallest one's cells.
  const smallest = items.reduce((a, b) => (b.equation.children.length < a.equation.children.length ? b : a));
  const singles: Culprit[] = [];
  for (const cell of equationCells(smallest.equation)) {
    const found = valueOf(cell);
    if (found === null) continue;
    let delta: number | null = null;
    let consistent = true;
    for (let i = 0; i < items.length && consistent; i++) {
      const c = index.coefficient(items[i].equation, cell);
      const solution = c === 0 ? Number.NaN : -items[i].residual / c;
      if (!Number.isInteger(solution) || (delta !== null && solution !== delta)) consistent = false;
      else delta = solution;
    }
    if (!consistent || delta === null || found + delta < 0 || index.holdingOf(cell).length > 0 || !movable(cell)) continue;
    singles.push({ cell, expected: found + delta, found });
    if (singles.length >= MAX_EXPLANATIONS) break;
  }
  if (singles.length > 0 || cells.size > MAX_PAIR_CELLS) return { singles, pairs: [] };
  return { singles, pairs: explainPairs(search, smallest, cells) };
}

function explainPairs(search: Search, smallest: Item, cells: Map<string, CellRef>): Array<[Culprit, Culprit]> {
  const { items, index } = search;
  const pairs: Array<[Culprit, Culprit]> = [];
  const seen = new Set<string>();
  for (const a of equationCells(smallest.equation)) {
    if (!search.movable(a)) continue;
    const uncovered = items.filter((item) => index.coefficient(item.equation, a) === 0);
    // b takes part in every failing identity a does not; or, a covering them all, b restores an
    // identity a breaks (its total) or sits in the cluster.
    const pool = uncovered.length > 0 ? equationCells(uncovered[0].equation) : [...index.holdingOf(a).map((e) => e.parent), ...cells.values()];
    for (const b of pool) {
      if (b.row === a.row && b.col === a.col) continue;
      const key = [cellKey(a.row, a.col), cellKey(b.row, b.col)].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      if (!search.movable(b)) continue;
      const pair = solvePair(search, a, b);
      if (pair) pairs.push(pair);
      if (pairs.length >= MAX_EXPLANATIONS) return pairs;
    }
  }
  return pairs;
}

/** Corrections δa, δb closing every failing identity and breaking none that holds, or null. */
function solvePair(search: Search, a: CellRef, b: CellRef): [Culprit, Culprit] | null {
  const { items, index, valueOf } = search;
  const foundA = valueOf(a);
  const foundB = valueOf(b);
  if (foundA === null || foundB === null) return null;
  // Each constraint: r + ca·δa + cb·δb = 0 (failing identities) or ca·δa + cb·δb = 0 (holding ones).
  const constraints: Array<{ r: number; ca: number; cb: number }> = items.map((item) => ({
    r: item.residual,
    ca: index.coefficient(item.equation, a),
    cb: index.coefficient(item.equation, b),
  }));
  const holding = new Map<string, Equation>();
  for (const equation of [...index.holdingOf(a), ...index.holdingOf(b)]) holding.set(keyOfEquation(equation), equation);
  for (const equation of holding.values()) constraints.push({ r: 0, ca: index.coefficient(equation, a), cb: index.coefficient(equation, b) });
  if (constraints.some((k) => k.ca === 0 && k.cb === 0 && k.r !== 0)) return null;
  const solved = solveTwo(constraints);
  if (!solved) return null;
  const [da, db] = solved;
  if (da === 0 || db === 0 || foundA + da < 0 || foundB + db < 0) return null;
  return [
    { cell: a, expected: foundA + da, found: foundA },
    { cell: b, expected: foundB + db, found: foundB },
  ];
}

/** The one whole solution of the constraints, or null (none, not whole, or not unique). */
function solveTwo(constraints: Array<{ r: number; ca: number; cb: number }>): [number, number] | null {
  let solution: [number, number] | null = null;
  const onlyA = constraints.find((k) => k.ca !== 0 && k.cb === 0);
  const onlyB = constraints.find((k) => k.cb !== 0 && k.ca === 0);
  if (onlyA && onlyB) solution = [-onlyA.r / onlyA.ca, -onlyB.r / onlyB.cb];
  else {
    // Two independent constraints over both cells.
    const both = constraints.filter((k) => k.ca !== 0 || k.cb !== 0);
    for (let i = 0; i < both.length && !solution; i++) {
      for (let j = i + 1; j < both.length && !solution; j++) {
        const det = both[i].ca * both[j].cb - both[j].ca * both[i].cb;
        if (det === 0) continue;
        solution = [(-both[i].r * both[j].cb + both[j].r * both[i].cb) / det, (-both[j].r * both[i].ca + both[i].r * both[j].ca) / det];
      }
    }
  }
  if (!solution || !Number.isInteger(solution[0]) || !Number.isInteger(solution[1])) return null;
  const [da, db] = solution;
  return constraints.every((k) => k.r + k.ca * da + k.cb * db === 0) ? solution : null;
}
