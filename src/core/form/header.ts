// A form's header as cells and merged areas, and its numbering row, derived from its column tree:
// a text spanning the columns that share it, a leaf merged down to the header's last row.
import type { CellRange } from '../types';
import type { FormColumn } from './seed';

export interface FormHeader {
  rows: number;
  /** [row, column index, text]: each text once, at the top-left of its merged area. */
  texts: Array<[number, number, string]>;
  merges: CellRange[];
  /** "(1)", "(3)=(4)+(5)+(6)", … by column index. */
  numbering: string[];
}

export function formHeader(columns: readonly FormColumn[], sums: ReadonlyArray<{ parent: string; parts: string[] }>): FormHeader {
  const rows = Math.max(...columns.map((c) => c.path.length));
  const texts: Array<[number, number, string]> = [];
  const merges: CellRange[] = [];
  for (let level = 0; level < rows; level++) {
    for (let col = 0; col < columns.length; col++) {
      const path = columns[col].path;
      if (level >= path.length) continue;
      const samePrefix = (other: FormColumn) =>
        other.path.length > level && other.path.slice(0, level + 1).join('\u0000') === path.slice(0, level + 1).join('\u0000');
      if (col > 0 && samePrefix(columns[col - 1])) continue;
      let right = col;
      while (right + 1 < columns.length && samePrefix(columns[right + 1])) right++;
      const isLeaf = level === path.length - 1 && right === col;
      const bottom = isLeaf ? rows - 1 : level;
      texts.push([level, col, path[level]]);
      if (right > col || bottom > level) merges.push({ top: level, left: col, bottom, right });
    }
  }
  const numberOf = new Map(columns.map((c) => [c.role as string, c.number]));
  const numbering = columns.map((c) => {
    const sum = sums.find((s) => s.parent === c.role);
    return sum ? `(${c.number})=${sum.parts.map((p) => `(${numberOf.get(p)})`).join('+')}` : `(${c.number})`;
  });
  return { rows, texts, merges, numbering };
}
