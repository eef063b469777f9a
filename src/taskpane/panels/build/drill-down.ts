// The counts of the built annex by cell, and the dossiers counted in one of them: a click on a
// count (in the pane or on the sheet) lists its dossiers, with a button that selects the cell.
import { columnLetter } from '../../../core/address';
import { countOf } from '../../../core/build/aggregate';
import { ANNEX_COLUMN_OF, type AnnexSheet } from '../../../core/build/annex';
import { formatDay } from '../../../shared/dates';
import { ANNEX_COUNT_COLUMNS } from '../../../core/build/types';
import type { AnnexCountColumn, BuildResult, CountedDossier, Leaf } from '../../../core/build/types';
import { formatNumber } from '../../../shared/numbers';
import type { Lang } from '../../../core/types';
import { statusText } from '../../../i18n/build/detail-sheet';
import { numberedColumnTitle } from '../../../i18n/columns';
import { SEED_COLUMN_NUMBER } from '../../../core/build/outcome';
import type { BuildPaneTexts } from '../../../i18n/build/pane';
import { clear, h } from '../../dom';

/** What the pane knows of the annex it last wrote. */
export interface BuiltAnnex {
  result: BuildResult;
  annex: AnnexSheet;
  annexName: string;
  detailName: string;
}

/** A count cell of the built annex: its field (null: the totals row) and column. */
export interface CountCell {
  field: string | null;
  column: AnnexCountColumn;
}

/** The leaves a count column adds up: itself for a leaf, its children for (3), (7), (13). */
export function leavesOfColumn(column: AnnexCountColumn): Leaf[] {
  if (column === 'received') return ['received.online', 'received.direct', 'received.carried'];
  if (column === 'resolved') return ['resolved.early', 'resolved.onTime', 'resolved.late', 'resolved.rejected', 'resolved.withdrawn'];
  if (column === 'pending') return ['pending.inTime', 'pending.overdue', 'pending.supplement'];
  return [column];
}

/** The dossiers counted in one cell of the annex (field null: the totals row). */
export function dossiersInCell(result: BuildResult, field: string | null, column: AnnexCountColumn): CountedDossier[] {
  const leaves = new Set(leavesOfColumn(column));
  const fieldOrder = new Map(result.fields.map((entry, index) => [entry.field, index]));
  return result.dossiers
    .filter((d) => (field === null || d.field === field) && (leaves.has(d.receivedLeaf) || leaves.has(d.resultLeaf)))
    .sort(
      (a, b) =>
        (fieldOrder.get(a.field) ?? 0) - (fieldOrder.get(b.field) ?? 0) ||
        a.record.received - b.record.received ||
        (a.record.code < b.record.code ? -1 : a.record.code > b.record.code ? 1 : 0),
    );
}

/** Renders the count table; returns every count cell ("H9") with what it counts. */
export function renderCountTable(container: HTMLElement, built: BuiltAnnex, texts: BuildPaneTexts, lang: Lang, onCell: (cell: string) => void): Map<string, CountCell> {
  const { result, annex } = built;
  const cells = new Map<string, CountCell>();
  const head = h('tr', {}, [
    h('th', { text: texts.fieldColumn }),
    ...ANNEX_COUNT_COLUMNS.map((column) => h('th', { text: `(${ANNEX_COLUMN_OF[column] + 1})`, attrs: { title: numberedColumnTitle(SEED_COLUMN_NUMBER[column], column)[lang], scope: 'col' } })),
  ]);
  const rowFor = (field: string | null, sheetRow: number) => {
    const counts = field === null ? result.totals : result.fields.find((f) => f.field === field)!.counts;
    return h('tr', {}, [
      h('th', { text: field ?? texts.totalRow, attrs: { scope: 'row' } }),
      ...ANNEX_COUNT_COLUMNS.map((column) => {
        const value = countOf(counts, column);
        const cell = `${columnLetter(ANNEX_COLUMN_OF[column])}${sheetRow + 1}`;
        cells.set(cell, { field, column });
        if (value === 0) return h('td', { text: '0', className: 'build__zero' });
        const button = h('button', { className: 'build__count', text: formatNumber(value, lang), attrs: { type: 'button', 'data-cell': cell, title: numberedColumnTitle(SEED_COLUMN_NUMBER[column], column)[lang] } });
        button.addEventListener('click', () => onCell(cell));
        return h('td', {}, [button]);
      }),
    ]);
  };
  const rows = annex.fieldRows.map(({ field, row }) => rowFor(field, row));
  rows.push(rowFor(null, annex.totalRow));
  container.append(
    h('h2', { className: 'build__heading', text: texts.countsHeading }),
    h('p', { className: 'build__muted', text: texts.countsHint }),
    h('div', { className: 'build__scroll' }, [h('table', { className: 'build__table', attrs: { id: 'build-count-table' } }, [h('thead', {}, [head]), h('tbody', {}, rows)])]),
  );
  return cells;
}

const SHOWN_DOSSIERS = 200;

/** Lists the dossiers counted in `cell` into `container` (emptied first). */
export function renderDossierList(
  container: HTMLElement,
  built: BuiltAnnex,
  cell: string,
  target: CountCell,
  texts: BuildPaneTexts,
  lang: Lang,
  onSelectCell: () => void,
): void {
  const { field, column } = target;
  const found = dossiersInCell(built.result, field, column);
  clear(container);
  const select = h('button', { className: 'button build__small', text: texts.showCell, attrs: { type: 'button', id: 'build-select-cell' } });
  select.addEventListener('click', onSelectCell);
  const date = (day: number | null) => (day === null ? '' : formatDay(day));
  const body = found.slice(0, SHOWN_DOSSIERS).map(({ record, mergedFrom }) =>
    h('tr', {}, [
      h('td', { text: record.rawCode.trim() }),
      h('td', { text: date(record.received) }),
      h('td', { text: date(record.due) }),
      h('td', { text: date(record.ended) }),
      h('td', { text: statusText(record, lang) }),
      h('td', { text: mergedFrom.map((from) => `${from.source}: ${from.line}`).join('; ') }),
    ]),
  );
  container.append(
    h('h3', { className: 'build__source', text: texts.dossiersIn(field ?? texts.totalRow, numberedColumnTitle(SEED_COLUMN_NUMBER[column], column)[lang], cell, found.length) }),
    select,
    h('div', { className: 'build__scroll' }, [
      h('table', { className: 'build__table', attrs: { id: 'build-dossiers' } }, [
        h('thead', {}, [h('tr', {}, texts.dossierHeaders.map((text) => h('th', { text })))]),
        h('tbody', {}, body),
      ]),
    ]),
  );
  if (found.length > SHOWN_DOSSIERS) container.append(h('p', { className: 'build__muted', text: texts.moreDossiers(found.length - SHOWN_DOSSIERS, cell, built.detailName) }));
}
