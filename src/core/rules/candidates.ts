// When no correction of one or two cells explains a cluster of failing identities: the cells that
// could be wrong. A cell is a candidate when it takes part in a failing identity and no identity
// that holds confirms it. Formula cells follow their inputs and are never candidates; an identity
// that holds only because formulas make it hold (=SUM under a column) confirms nothing, nor does
// one whose other cells are themselves in failing identities (a totals row added up from wrong
// fields holds by construction).
import type { CellRef } from '../types';
import { cellKey, compareCells, slotOf, type RuleContext } from './context';
import type { Cluster } from './culprit';
import { keyOfEquation, type FormulaGraph } from './dependencies';
import type { EquationIndex } from './equation-index';
import { equationCells, type Equation } from './sums';

/**
 * `faultyFormulas`: formula cells known to add up the wrong cells (a =SUM range that misses rows):
 * when no typed cell can be wrong, they are the candidates.
 */
export function candidatesOf(context: RuleContext, cluster: Cluster, index: EquationIndex, faultyFormulas: ReadonlySet<string> = new Set()): CellRef[] {
  const { graph, withFormulas } = index;
  const failingKeys = new Set(cluster.equations.map(keyOfEquation));
  const expand = (equation: Equation) => index.expand(equation);

  const cells = new Map<string, CellRef>();
  const consider = (cell: CellRef) => cells.set(cellKey(cell.row, cell.col), cell);
  for (const equation of cluster.equations) {
    for (const cell of equationCells(equation)) consider(cell);
    if (withFormulas) for (const slot of expand(equation).keys()) consider((graph as FormulaGraph).cellOf(slot));
  }

  const confirms = (equation: Equation | null, slot: number, own: string): boolean => {
    if (!equation || failingKeys.has(keyOfEquation(equation)) || !index.holds(equation)) return false;
    if (index.failingCellCount(equation) > (index.failingCells.has(own) ? 1 : 0)) return false;
    return !withFormulas || (expand(equation).get(slot)?.counted ?? 0) !== 0;
  };

  const found: CellRef[] = [];
  for (const cell of cells.values()) {
    const slot = slotOf(context, cell.row, cell.col);
    if (slot < 0 || (withFormulas && (graph as FormulaGraph).isFormula(slot))) continue;
    if (context.cells[slot].kind === 'bad') continue;
    if (index.equationsOf(cell).some((equation) => confirms(equation, slot, cellKey(cell.row, cell.col)))) continue;
    found.push(cell);
  }
  if (found.length === 0) {
    for (const equation of cluster.equations)
      for (const cell of equationCells(equation))
        if (faultyFormulas.has(cellKey(cell.row, cell.col)) && !found.some((c) => c.row === cell.row && c.col === cell.col)) found.push(cell);
  }
  return found.sort(compareCells);
}
