// The table as it will be once every named culprit is corrected: the culprit cells take their
// expected values, and the formulas that add them up move with them. Rates and other checks whose
// inputs are in question are judged both on the stated counts and on these corrected ones.
import { a1, slotOf, type RuleContext } from './context';
import type { Culprit } from './culprit';
import type { FormulaGraph } from './dependencies';

export interface Corrections {
  /** Slot → the value the cell takes once the culprits are corrected (only cells that change). */
  changed: Map<number, number>;
  /** Slot → the culprits whose correction changes it, by address. */
  causes: Map<number, string[]>;
}

export const NO_CORRECTIONS: Corrections = { changed: new Map(), causes: new Map() };

export function correctionsOf(context: RuleContext, clusters: Array<{ culprits: Culprit[] }>, graph: FormulaGraph | null): Corrections {
  const changed = new Map<number, number>();
  const causes = new Map<number, string[]>();
  const move = (slot: number, delta: number, cause: string) => {
    if (slot < 0 || delta === 0) return;
    const base = changed.get(slot) ?? context.values[slot];
    changed.set(slot, base + delta);
    causes.set(slot, [...(causes.get(slot) ?? []), cause]);
  };
  for (const culprit of clusters.flatMap((cluster) => cluster.culprits)) {
    const address = a1(culprit.cell.row, culprit.cell.col);
    const slot = slotOf(context, culprit.cell.row, culprit.cell.col);
    if (slot < 0) continue;
    const influence = graph?.hasFormulas ? graph.influence(slot) : null;
    if (!influence) {
      move(slot, culprit.expected - culprit.found, address);
      continue;
    }
    // A text number stored as a number again: the SUMs that skip it start adding it.
    for (const [target, coefficient] of influence) {
      const weight = culprit.storedAsText ? coefficient.asNumber - coefficient.counted : coefficient.counted;
      const delta = culprit.storedAsText ? weight * culprit.found : weight * (culprit.expected - culprit.found);
      if (target === slot && culprit.storedAsText) continue;
      move(target, delta, address);
    }
  }
  return { changed, causes };
}

/** The count at (row, col) once corrected: blank is 0; null when the cell cannot be used. */
export function correctedValue(context: RuleContext, corrections: Corrections, row: number, col: number): number | null {
  const slot = slotOf(context, row, col);
  if (slot < 0) return 0;
  const value = corrections.changed.get(slot) ?? context.values[slot];
  return Number.isNaN(value) ? null : value;
}

export function correctedSum(context: RuleContext, corrections: Corrections, rows: readonly number[], cols: readonly number[]): number | null {
  let sum = 0;
  for (const row of rows) {
    for (const col of cols) {
      const value = correctedValue(context, corrections, row, col);
      if (value === null) return null;
      sum += value;
    }
  }
  return sum;
}

/** The culprits whose correction changes any of these cells, in sheet order of first mention. */
export function causesOf(context: RuleContext, corrections: Corrections, cells: ReadonlyArray<{ row: number; col: number }>): string[] {
  const found = new Set<string>();
  for (const cell of cells) for (const cause of corrections.causes.get(slotOf(context, cell.row, cell.col)) ?? []) found.add(cause);
  return [...found];
}
