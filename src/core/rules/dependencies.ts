// How the table's formula cells depend on its typed cells: the simple formulas clerks write for
// totals (=SUM(C5:C16), =SUM(D9:F9), =D9+E9+F9, =C9-G9), as signed references between count cells.
// A changed typed cell moves every formula that adds it up, and with them the identities.
import type { TableRow } from '../types';
import { countValue, type RuleContext } from './context';
import { parseSimpleFormula, referencesACell, type FormulaTerm } from '../formula';
import type { Equation } from './sums';
import { totalScopes } from './scopes';

/** How a cell's change moves a value: `counted` as things are, `asNumber` once a text number is stored as a number. */
export interface Coefficient {
  counted: number;
  asNumber: number;
}

/** A formula's references between count cells, by slot (row index × column count + column index), in the shared edge pool. */
interface EdgeSpan {
  start: number;
  end: number;
}

/** An identity that a cell takes part in directly, with the sign it has there. */
export interface EquationMembership {
  key: string;
  sign: number;
  evaluate: () => number | null;
}

export function equationKey(rule: Equation['rule'], row: number, col: number, identity: string): string {
  return rule === 'column-total' ? `column-total|${row},${col}` : `${rule}|${row},${col}|${identity}`;
}

export function keyOfEquation(equation: Equation): string {
  return equationKey(equation.rule, equation.parent.row, equation.parent.col, equation.identity);
}

export type Expansion = Map<number, Coefficient>;

/**
 * The formulas of the table's count cells as a graph between count cells. References to cells
 * outside the count rows and columns are left out: those cells are never culprits.
 */
export class FormulaGraph {
  /** Parsed formula per slot; null for a formula that is not simple or not recalculated (opaque). */
  private readonly formulas = new Map<number, EdgeSpan | null>();
  private readonly edgeTargets: number[] = [];
  private readonly edgeSigns: number[] = [];
  private readonly edgeViaSum: boolean[] = [];
  /** Reverse edges (which formulas read a slot), compressed: built on first use. */
  private dependents: { start: Int32Array; targets: Int32Array; signs: Int8Array; viaSum: Uint8Array } | null = null;
  /** Dense accumulators for expansions, reset after each use. */
  private readonly counted: Float64Array;
  private readonly asNumber: Float64Array;
  private readonly touched: number[] = [];
  private readonly totalRows: Array<{ row: TableRow; addends: Set<number> }>;
  private readonly evaluated = new Map<string, number | null>();
  readonly width: number;
  readonly slots: number;

  constructor(private readonly context: RuleContext) {
    this.width = context.countColumns.length;
    this.slots = context.countRows.length * this.width;
    this.counted = new Float64Array(this.slots);
    this.asNumber = new Float64Array(this.slots);
    const { sheet } = context;
    if (sheet.hasFormulas) {
      context.countRows.forEach((row, r) => {
        context.countColumns.forEach((column, c) => {
          const formula = sheet.formula(row.row, column.col);
          // "=120+14" refers to no cell: arithmetic typed by hand is a typed value, and can be the culprit.
          if (formula === null || !referencesACell(formula)) return;
          const slot = r * this.width + c;
          const terms = parseSimpleFormula(formula);
          this.formulas.set(slot, terms && this.isRecalculated(slot, terms) ? this.addEdges(terms) : null);
        });
      });
    }
    const { table } = context;
    this.totalRows = totalScopes(table).map((scope) => ({ row: scope.total, addends: new Set(scope.addends.map((f) => f.row)) }));
  }

  /** True when a count cell of the table holds a formula. */
  get hasFormulas(): boolean {
    return this.formulas.size > 0;
  }

  slotOf(row: number, col: number): number {
    const r = this.context.rowIndex.get(row);
    const c = this.context.colIndex.get(col);
    return r === undefined || c === undefined ? -1 : r * this.width + c;
  }

  cellOf(slot: number): { row: number; col: number } {
    return { row: this.context.countRows[Math.floor(slot / this.width)].row, col: this.context.countColumns[slot % this.width].col };
  }

  isFormula(slot: number): boolean {
    return this.formulas.has(slot);
  }

  isTextNumber(slot: number): boolean {
    const cell = this.context.cells[slot];
    return cell.kind === 'count' && cell.fromText;
  }

  /**
   * Does the formula's cached value follow its inputs? A result Excel did not recalculate (manual
   * calculation, a file written by a tool) stands for itself like a typed number: it is not
   * followed to its inputs (and still never blamed).
   */
  private isRecalculated(slot: number, terms: FormulaTerm[]): boolean {
    const cached = this.context.values[slot];
    if (Number.isNaN(cached)) return false;
    const { sheet } = this.context;
    let value = 0;
    for (const term of terms) {
      const { top, left, right } = term.range;
      const bottom = Math.min(term.range.bottom, sheet.lastRow);
      for (let row = Math.max(top, sheet.firstRow); row <= bottom; row++) {
        for (let col = left; col <= right; col++) {
          const input = this.inputValue(row, col, term.viaSum);
          if (input === null) return false;
          value += term.sign * input;
        }
      }
    }
    return Math.abs(value - cached) < 1e-9;
  }

  /** A referenced cell as Excel adds it up: SUM skips text; null when Excel would give an error. */
  private inputValue(row: number, col: number, viaSum: boolean): number | null {
    const slot = this.slotOf(row, col);
    if (slot < 0) {
      const raw = this.context.sheet.value(row, col);
      return typeof raw === 'number' ? raw : 0;
    }
    const cell = this.context.cells[slot];
    if (cell.kind === 'bad') return cell.problem === 'text' && viaSum ? 0 : null;
    if (cell.kind === 'count' && cell.fromText && viaSum) return 0;
    const value = this.context.values[slot];
    return Number.isNaN(value) ? null : value;
  }

  private addEdges(terms: FormulaTerm[]): EdgeSpan {
    const start = this.edgeTargets.length;
    const { rowIndex, colIndex, countRows, countColumns } = this.context;
    for (const term of terms) {
      const { top, bottom, left, right } = term.range;
      const rows =
        bottom - top + 1 <= countRows.length
          ? rangeIndices(top, bottom, rowIndex)
          : countRows.map((r, i) => (r.row >= top && r.row <= bottom ? i : -1)).filter((i) => i >= 0);
      const cols =
        right - left + 1 <= countColumns.length
          ? rangeIndices(left, right, colIndex)
          : countColumns.map((c, i) => (c.col >= left && c.col <= right ? i : -1)).filter((i) => i >= 0);
      for (const r of rows) {
        for (const c of cols) {
          this.edgeTargets.push(r * this.width + c);
          this.edgeSigns.push(term.sign);
          this.edgeViaSum.push(term.viaSum);
        }
      }
    }
    return { start, end: this.edgeTargets.length };
  }

  /** Adds `scale` × the typed cells `slot` adds up to the accumulators; a formula that cannot be followed adds nothing. */
  private accumulate(slot: number, scale: number, visiting: Set<number>): void {
    const span = this.formulas.get(slot);
    if (span === undefined) {
      this.add(slot, scale, scale);
      return;
    }
    if (span === null || visiting.has(slot)) return;
    visiting.add(slot);
    for (let e = span.start; e < span.end; e++) {
      const target = this.edgeTargets[e];
      const weight = scale * this.edgeSigns[e];
      if (this.formulas.has(target)) this.accumulate(target, weight, visiting);
      else this.add(target, this.edgeViaSum[e] && this.isTextNumber(target) ? 0 : weight, weight);
    }
    visiting.delete(slot);
  }

  private add(slot: number, counted: number, asNumber: number): void {
    if (this.counted[slot] === 0 && this.asNumber[slot] === 0) this.touched.push(slot);
    this.counted[slot] += counted;
    this.asNumber[slot] += asNumber;
  }

  /** parent − Σ children in terms of typed cells; cells whose coefficients cancel are dropped. */
  expandEquation(equation: Equation): Expansion {
    const visiting = new Set<number>();
    this.accumulate(this.slotOf(equation.parent.row, equation.parent.col), 1, visiting);
    for (const child of equation.children) this.accumulate(this.slotOf(child.row, child.col), -1, visiting);
    const expansion: Expansion = new Map();
    for (const slot of this.touched) {
      const counted = this.counted[slot];
      const asNumber = this.asNumber[slot];
      if ((counted !== 0 || asNumber !== 0) && !expansion.has(slot)) expansion.set(slot, { counted, asNumber });
      this.counted[slot] = 0;
      this.asNumber[slot] = 0;
    }
    this.touched.length = 0;
    return expansion;
  }

  private dependentsIndex(): NonNullable<FormulaGraph['dependents']> {
    if (this.dependents) return this.dependents;
    const start = new Int32Array(this.slots + 1);
    const spans = [...this.formulas].filter((entry): entry is [number, EdgeSpan] => entry[1] !== null);
    for (const [, span] of spans) for (let e = span.start; e < span.end; e++) start[this.edgeTargets[e] + 1]++;
    for (let i = 0; i < this.slots; i++) start[i + 1] += start[i];
    const fill = start.slice(0, this.slots);
    const targets = new Int32Array(start[this.slots]);
    const signs = new Int8Array(targets.length);
    const viaSum = new Uint8Array(targets.length);
    for (const [slot, span] of spans) {
      for (let e = span.start; e < span.end; e++) {
        const at = fill[this.edgeTargets[e]]++;
        targets[at] = slot;
        signs[at] = this.edgeSigns[e];
        viaSum[at] = this.edgeViaSum[e] ? 1 : 0;
      }
    }
    this.dependents = { start, targets, signs, viaSum };
    return this.dependents;
  }

  /**
   * How a change of the typed cell at `source` moves it and every formula that follows it.
   * Null when the formulas around it are circular.
   */
  influence(source: number): Expansion | null {
    const { start, targets, signs, viaSum } = this.dependentsIndex();
    const order: number[] = [];
    const state = new Map<number, 'open' | 'done'>();
    const stack: Array<{ slot: number; next: number }> = [{ slot: source, next: start[source] }];
    state.set(source, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < start[top.slot + 1]) {
        const target = targets[top.next++];
        const seen = state.get(target);
        if (seen === 'open') return null;
        if (seen === undefined) {
          state.set(target, 'open');
          stack.push({ slot: target, next: start[target] });
        }
      } else {
        state.set(top.slot, 'done');
        order.push(top.slot);
        stack.pop();
      }
    }
    order.reverse();
    const text = this.isTextNumber(source);
    const result: Expansion = new Map([[source, { counted: 1, asNumber: 1 }]]);
    for (const slot of order) {
      const from = result.get(slot);
      if (!from) continue;
      for (let e = start[slot]; e < start[slot + 1]; e++) {
        const counted = slot === source && text && viaSum[e] === 1 ? 0 : from.counted;
        const to = result.get(targets[e]) ?? { counted: 0, asNumber: 0 };
        to.counted += signs[e] * counted;
        to.asNumber += signs[e] * from.asNumber;
        result.set(targets[e], to);
      }
    }
    return result;
  }

  /** The identities the cell at `slot` takes part in directly (as the engine reads it, not through formulas). */
  memberships(slot: number): EquationMembership[] {
    const { row, col } = this.cellOf(slot);
    const found: EquationMembership[] = [];
    for (const identity of this.context.table.identities) {
      const sign = (identity.parent === col ? 1 : 0) - identity.children.filter((c) => c === col).length;
      if (sign === 0) continue;
      const key = equationKey(identity.kind, row, identity.parent, identity.text);
      found.push({ key, sign, evaluate: () => this.evaluate(key, () => this.rowResidual(row, identity.parent, identity.children)) });
    }
    for (const total of this.totalRows) {
      const sign = total.row.row === row ? 1 : total.addends.has(row) ? -1 : 0;
      if (sign === 0) continue;
      const key = equationKey('column-total', total.row.row, col, '');
      found.push({ key, sign, evaluate: () => this.evaluate(key, () => this.columnResidual(total.row.row, total.addends, col)) });
    }
    return found;
  }

  private evaluate(key: string, compute: () => number | null): number | null {
    if (!this.evaluated.has(key)) this.evaluated.set(key, compute());
    return this.evaluated.get(key) ?? null;
  }

  private rowResidual(row: number, parent: number, children: number[]): number | null {
    let residual = countValue(this.context, row, parent);
    for (const child of children) {
      const value = countValue(this.context, row, child);
      if (residual === null || value === null) return null;
      residual -= value;
    }
    return residual;
  }

  private columnResidual(totalRow: number, addends: Set<number>, col: number): number | null {
    let residual = countValue(this.context, totalRow, col);
    for (const addend of addends) {
      const value = countValue(this.context, addend, col);
      if (residual === null || value === null) return null;
      residual -= value;
    }
    return residual;
  }
}

function rangeIndices(from: number, to: number, index: Map<number, number>): number[] {
  const found: number[] = [];
  for (let i = from; i <= to; i++) {
    const at = index.get(i);
    if (at !== undefined) found.push(at);
  }
  return found;
}
