// The sheet as an HTML table: column letters and row numbers like a spreadsheet, merged areas as
// spans, the table's header rows frozen while the rows scroll, the marked cells filled or
// outlined with their reason on hover. Every text goes in through textContent (src/taskpane/dom.ts).
import { columnLetter, toA1 } from '../core/address';
import type { CellRange, Grid, Lang } from '../core/types';
import type { HighlightTarget } from '../app/host';
import { h } from '../taskpane/dom';
import { cellDisplay } from './cell-display';

/** Rows drawn at most: a 100,000-row export is not a table to read on screen. */
export const MAX_ROWS = 1_000;
export const MAX_COLUMNS = 60;

export interface GridRegion {
  rows: number;
  columns: number;
  /** Absolute rows kept in view while scrolling (the table's header and numbering rows). */
  frozen: { top: number; bottom: number } | null;
}

export interface RenderedGrid {
  table: HTMLTableElement;
  /** Rows of the sheet not drawn. */
  rowsCut: number;
  cells: Map<string, HTMLTableCellElement>;
}

function coveredCells(merges: readonly CellRange[]): { starts: Map<string, CellRange>; covered: Set<string> } {
  const starts = new Map<string, CellRange>();
  const covered = new Set<string>();
  for (const merge of merges) {
    starts.set(`${merge.top},${merge.left}`, merge);
    for (let r = merge.top; r <= merge.bottom; r++)
      for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) covered.add(`${r},${c}`);
  }
  return { starts, covered };
}

export function renderGridTable(grid: Grid, region: GridRegion, marks: readonly HighlightTarget[], lang: Lang): RenderedGrid {
  const { row: top, col: left } = grid.origin;
  const rowCount = Math.min(grid.values.length, region.rows);
  const colCount = Math.min(Math.max(0, ...grid.values.map((row) => row.length)), region.columns);
  const byAddress = new Map(marks.map((mark) => [mark.address, mark]));
  const { starts, covered } = coveredCells(grid.merges ?? []);
  const cells = new Map<string, HTMLTableCellElement>();

  const letters = h('tr', { className: 'grid__letters' }, [h('th', { className: 'grid__corner' })]);
  for (let c = 0; c < colCount; c++) letters.append(h('th', { className: 'grid__letter', text: columnLetter(left + c), attrs: { scope: 'col' } }));
  const body = h('tbody');
  for (let r = 0; r < rowCount; r++) {
    const absoluteRow = top + r;
    const frozen = region.frozen !== null && absoluteRow >= region.frozen.top && absoluteRow <= region.frozen.bottom;
    const tr = h('tr', { className: frozen ? 'grid__row grid__row--frozen' : 'grid__row', attrs: { 'data-row': String(absoluteRow + 1) } }, [
      h('th', { className: 'grid__number', text: String(absoluteRow + 1), attrs: { scope: 'row' } }),
    ]);
    for (let c = 0; c < colCount; c++) {
      const key = `${absoluteRow},${left + c}`;
      if (covered.has(key)) continue;
      const address = toA1(absoluteRow, left + c);
      const shown = cellDisplay(grid.values[r]?.[c] ?? null, grid.numberFormats?.[r]?.[c], lang);
      const td = h('td', { className: shown.numeric ? 'grid__cell grid__cell--number' : 'grid__cell', text: shown.text, attrs: { 'data-address': address } });
      const merge = starts.get(key);
      if (merge) {
        td.colSpan = Math.min(merge.right, left + colCount - 1) - merge.left + 1;
        td.rowSpan = Math.min(merge.bottom, top + rowCount - 1) - merge.top + 1;
      }
      const mark = byAddress.get(address);
      if (mark) {
        td.classList.add(`grid__cell--${mark.style}`, `grid__cell--${mark.severity}`);
        td.title = `${address}: ${mark.note}`;
        td.setAttribute('data-mark', `${mark.style} ${mark.severity}`);
      }
      cells.set(address, td);
      tr.append(td);
    }
    body.append(tr);
  }
  const table = h('table', { className: 'grid', attrs: { role: 'grid' } }, [h('thead', {}, [letters]), body]);
  return { table, rowsCut: grid.values.length - rowCount, cells };
}

/**
 * Frozen rows stick under the column letters: each row's offset is the height of the rows above
 * it, known only once the table is laid out.
 */
export function stickFrozenRows(table: HTMLTableElement): void {
  const letters = table.querySelector<HTMLElement>('.grid__letters');
  let offset = letters?.offsetHeight ?? 0;
  for (const row of table.querySelectorAll<HTMLTableRowElement>('.grid__row--frozen')) {
    for (const cell of row.children) (cell as HTMLElement).style.top = `${offset}px`;
    offset += row.offsetHeight;
  }
}
