// The left side of the page: the sheet tabs, a cell bar (address, value, formula, reason) and the
// sheet itself. It paints what the file host holds: the marks of the last validation, the cell a
// finding selected (scrolled to and outlined).
import type { Lang, TableModel } from '../core/types';
import { parseA1 } from '../core/address';
import type { StandaloneTexts } from '../i18n/standalone';
import { clear, h } from '../taskpane/dom';
import { cellDisplay } from './cell-display';
import type { FileSheetHost } from './file-host';
import { MAX_COLUMNS, MAX_ROWS, renderGridTable, stickFrozenRows, type GridRegion, type RenderedGrid } from './grid-table';

export interface SheetViewDeps {
  host: FileSheetHost;
  lang(): Lang;
  texts(): StandaloneTexts;
  /** The table the last validation found on a sheet: its header rows are frozen, its rows drawn. */
  tableOf(sheet: string): TableModel | null;
}

export interface SheetView {
  element: HTMLElement;
  render(): void;
}

function regionOf(table: TableModel | null): GridRegion {
  if (!table) return { rows: MAX_ROWS, columns: MAX_COLUMNS, frozen: null };
  const end = parseA1(table.range.split(':')[1] ?? table.range);
  return {
    rows: Math.max(MAX_ROWS, end.row + 4),
    columns: Math.max(MAX_COLUMNS, end.col + 2),
    frozen: { top: table.headerTop, bottom: Math.max(table.headerBottom, table.numberingRow ?? table.headerBottom) },
  };
}

export function createSheetView(deps: SheetViewDeps): SheetView {
  const { host } = deps;
  const tabs = h('div', { className: 'sheet-tabs', attrs: { role: 'tablist', id: 'sheet-tabs' } });
  const cellAddress = h('span', { className: 'cell-bar__address', attrs: { id: 'cell-address' } });
  const cellDetail = h('span', { className: 'cell-bar__detail', attrs: { id: 'cell-detail' } });
  const cellBar = h('div', { className: 'cell-bar', attrs: { 'aria-live': 'polite' } }, [cellAddress, cellDetail]);
  const notice = h('p', { className: 'sheet-notice', attrs: { id: 'sheet-notice' } });
  const scroller = h('div', { className: 'sheet-scroll', attrs: { id: 'sheet-grid', tabindex: '0' } });
  const element = h('section', { className: 'sheet-view', attrs: { id: 'sheet-view' } }, [tabs, cellBar, notice, scroller]);
  let rendered: RenderedGrid | null = null;
  let outlined: HTMLTableCellElement | null = null;

  function renderTabs(): void {
    clear(tabs);
    const texts = deps.texts();
    tabs.setAttribute('aria-label', texts.sheetTabsLabel);
    for (const { sheet, built } of host.sheets()) {
      const marker = built ? ` ${texts.builtSheet}` : sheet.visibility !== 'visible' ? ` ${texts.hiddenSheet}` : '';
      const selected = sheet.sheetName === host.activeSheet;
      tabs.append(
        h('button', {
          className: selected ? 'sheet-tab sheet-tab--active' : 'sheet-tab',
          text: sheet.sheetName + marker,
          attrs: { type: 'button', role: 'tab', 'aria-selected': String(selected), 'data-sheet': sheet.sheetName },
          on: { click: () => host.show(sheet.sheetName) },
        }),
      );
    }
  }

  function renderCellBar(): void {
    const texts = deps.texts();
    const selection = host.selection;
    const sheet = selection ? host.sheet(selection.sheet) : undefined;
    if (!selection || !sheet || selection.sheet !== host.activeSheet) {
      cellAddress.textContent = '';
      cellDetail.textContent = texts.cellBarEmpty;
      return;
    }
    const { row, col } = parseA1(selection.address);
    const r = row - sheet.origin.row;
    const c = col - sheet.origin.col;
    const shown = cellDisplay(sheet.values[r]?.[c] ?? null, sheet.numberFormats?.[r]?.[c], deps.lang());
    const formula = sheet.formulas?.[r]?.[c];
    const mark = host.marksOf(sheet.sheetName).find((target) => target.address === selection.address);
    cellAddress.textContent = selection.address;
    cellDetail.textContent = [shown.text, formula ? `${texts.formulaLabel}: ${formula}` : '', mark ? `${texts.noteLabel}: ${mark.note}` : '']
      .filter(Boolean)
      .join(' · ');
  }

  function outlineSelection(scroll: boolean): void {
    outlined?.classList.remove('grid__cell--selected');
    outlined = null;
    const selection = host.selection;
    if (!selection || selection.sheet !== host.activeSheet || !rendered) return;
    const cell = rendered.cells.get(selection.address);
    if (!cell) return;
    cell.classList.add('grid__cell--selected');
    outlined = cell;
    if (scroll) cell.scrollIntoView({ block: 'center', inline: 'center' });
  }

  function renderGrid(): void {
    clear(scroller);
    rendered = null;
    outlined = null;
    notice.textContent = '';
    const texts = deps.texts();
    if (!host.workbook) {
      scroller.append(
        h('div', { className: 'sheet-empty', attrs: { id: 'sheet-empty' } }, [
          h('p', { text: texts.emptyPage }),
          h('p', { className: 'sheet-empty__hint', text: texts.privacy }),
        ]),
      );
      return;
    }
    const sheet = host.sheet(host.activeSheet);
    if (!sheet) return;
    scroller.setAttribute('aria-label', texts.gridLabel(sheet.sheetName));
    if (sheet.values.length === 0) {
      notice.textContent = texts.emptySheet;
      return;
    }
    rendered = renderGridTable(sheet, regionOf(deps.tableOf(sheet.sheetName)), host.marksOf(sheet.sheetName), deps.lang());
    if (rendered.rowsCut > 0) notice.textContent = texts.rowsCut(sheet.values.length - rendered.rowsCut, sheet.values.length);
    scroller.append(rendered.table);
    stickFrozenRows(rendered.table);
  }

  // Wrapped header cells change height with the window: the frozen rows' offsets follow.
  element.ownerDocument.defaultView?.addEventListener('resize', () => {
    if (rendered) stickFrozenRows(rendered.table);
  });

  scroller.addEventListener('click', (event) => {
    const cell = (event.target as Element).closest?.('td[data-address]');
    if (cell) host.clickCell(cell.getAttribute('data-address')!);
  });

  function render(): void {
    renderTabs();
    renderGrid();
    outlineSelection(false);
    renderCellBar();
  }

  host.onChange((change) => {
    if (change.kind === 'select') {
      if (change.sheet !== host.activeSheet) host.show(change.sheet);
      outlineSelection(true);
      renderCellBar();
      return;
    }
    render();
  });

  return { element, render };
}
