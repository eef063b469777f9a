// Which identities a cell takes part in, evaluated once: its row's identities and the column
// totals that add it up. With formulas, also the identities it reaches through them (every identity
// on its row and on the totals rows that add it up; the expansion says whether it takes part).
import type { CellRef, Identity, TableRow } from '../types';
import { cellKey, type RuleContext } from './context';
import { keyOfEquation, type FormulaGraph } from './dependencies';
import type { TotalScope } from './scopes';
import { columnEquation, equationHolds, rowEquation, type Equation } from './sums';

export class EquationIndex {
  private readonly rowEquations = new Map<string, Equation | null>();
  private readonly columnEquations = new Map<string, Equation | null>();
  private readonly holding = new Map<string, boolean>();
  private readonly coefficientMaps = new Map<string, Map<string, number>>();
  private readonly holdingByCell = new Map<string, Equation[]>();
  private readonly failingCounts = new Map<string, number>();
  private readonly expansions = new Map<string, Map<number, { counted: number }>>();
  private questioned: ReadonlySet<string> = new Set();

  /** The cells in question (culprits, candidates): an identity holding over one of them confirms nothing. */
  get failingCells(): ReadonlySet<string> {
    return this.questioned;
  }

  set failingCells(cells: ReadonlySet<string>) {
    this.questioned = cells;
    this.failingCounts.clear();
  }
  private readonly scopeRows: Set<number>[];
  readonly withFormulas: boolean;

  constructor(
    private readonly context: RuleContext,
    private readonly scopes: TotalScope[],
    readonly graph: FormulaGraph | null,
  ) {
    this.scopeRows = scopes.map((scope) => new Set([scope.total.row, ...scope.addends.map((r) => r.row)]));
    this.withFormulas = graph?.hasFormulas === true;
  }

  private rowEquationOf(row: TableRow, identity: Identity): Equation | null {
    const key = `${row.row}|${identity.text}|${identity.parent}`;
    if (!this.rowEquations.has(key)) this.rowEquations.set(key, rowEquation(this.context, row, identity));
    return this.rowEquations.get(key) ?? null;
  }

  /** The equations the cell takes part in; null where one of an equation's cells cannot be used. */
  equationsOf(cell: CellRef): Array<Equation | null> {
    const row = this.context.countRows[this.context.rowIndex.get(cell.row) ?? -1];
    const column = this.context.countColumns[this.context.colIndex.get(cell.col) ?? -1];
    const equations: Array<Equation | null> = [];
    if (!row || !column) return equations;
    for (const identity of this.context.table.identities) {
      if (this.withFormulas || identity.parent === cell.col || identity.children.includes(cell.col)) equations.push(this.rowEquationOf(row, identity));
    }
    this.scopes.forEach((scope, i) => {
      if (!this.scopeRows[i].has(cell.row)) return;
      if (this.withFormulas && scope.total.row !== cell.row)
        for (const identity of this.context.table.identities) equations.push(this.rowEquationOf(scope.total, identity));
      const key = `${i}|${cell.col}`;
      if (!this.columnEquations.has(key)) this.columnEquations.set(key, columnEquation(this.context, scope, column));
      equations.push(this.columnEquations.get(key) ?? null);
    });
    return equations;
  }

  /** +1 when the cell is the equation's parent, −1 per time it is a child (direct cells). */
  coefficient(equation: Equation, cell: CellRef): number {
    const key = keyOfEquation(equation);
    let map = this.coefficientMaps.get(key);
    if (!map) {
      map = new Map();
      const add = (c: CellRef, weight: number) =>
        (map as Map<string, number>).set(cellKey(c.row, c.col), ((map as Map<string, number>).get(cellKey(c.row, c.col)) ?? 0) + weight);
      add(equation.parent, 1);
      for (const child of equation.children) add(child, -1);
      this.coefficientMaps.set(key, map);
    }
    return map.get(cellKey(cell.row, cell.col)) ?? 0;
  }

  /** The identities that hold and contain the cell directly: a change of it must leave each holding. */
  holdingOf(cell: CellRef): Equation[] {
    const key = cellKey(cell.row, cell.col);
    let found = this.holdingByCell.get(key);
    if (!found) {
      found = this.equationsOf(cell).filter((e): e is Equation => e !== null && this.holds(e) && this.coefficient(e, cell) !== 0);
      this.holdingByCell.set(key, found);
    }
    return found;
  }

  /** The equation in terms of typed cells, through the formulas (tables with formulas only). */
  expand(equation: Equation): Map<number, { counted: number }> {
    const key = keyOfEquation(equation);
    let expansion = this.expansions.get(key);
    if (!expansion) {
      expansion = (this.graph as FormulaGraph).expandEquation(equation);
      this.expansions.set(key, expansion);
    }
    return expansion;
  }

  /** How many of the equation's cells are in question. */
  failingCellCount(equation: Equation): number {
    const key = keyOfEquation(equation);
    let count = this.failingCounts.get(key);
    if (count === undefined) {
      count = 0;
      if (this.failingCells.has(cellKey(equation.parent.row, equation.parent.col))) count++;
      for (const child of equation.children) if (this.failingCells.has(cellKey(child.row, child.col))) count++;
      this.failingCounts.set(key, count);
    }
    return count;
  }

  holds(equation: Equation): boolean {
    const key = keyOfEquation(equation);
    let holds = this.holding.get(key);
    if (holds === undefined) {
      holds = equationHolds(equation);
      this.holding.set(key, holds);
    }
    return holds;
  }
}

/** +1 when the cell is the equation's parent, −1 per time it is a child (typed cells, no formulas). */
export function coefficientOf(equation: Equation, cell: CellRef): number {
  let coefficient = equation.parent.row === cell.row && equation.parent.col === cell.col ? 1 : 0;
  for (const child of equation.children) if (child.row === cell.row && child.col === cell.col) coefficient--;
  return coefficient;
}
