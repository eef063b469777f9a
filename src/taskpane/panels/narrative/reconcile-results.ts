// The check of a pasted report, rendered: the summary, the figures (what differs first), and the
// dates and cited documents set apart. Loaded on the first check: the engine stays out of the
// pane's first download.
import { readingOrder } from '../../../core/narrative/reconcile/order';
import { reconcileText } from '../../../core/narrative/reconcile/reconcile-text';
import type { ReconcileReport } from '../../../core/narrative/reconcile/types';
import type { Lang, TableColumn, TableFigures } from '../../../core/types';
import { reconcileMessage, reconcileWords, referenceLine } from '../../../i18n/narrative/reconcile';
import { h } from '../../dom';

/** What the check needs from the table read. */
export interface ReconcileSource {
  figures: TableFigures;
  columns: TableColumn[];
  /** The previous period's totals, when the clerk gave that table: the comparisons are checked too. */
  previous?: TableFigures['totals'];
}

export function checkPastedText(text: string, source: ReconcileSource): ReconcileReport {
  return reconcileText(text, source.figures.totals, { columns: source.columns, fields: source.figures.fields, previous: source.previous });
}

function referencesElement(report: ReconcileReport, lang: Lang): HTMLElement {
  const w = reconcileWords[lang];
  const count = (kind: string) => report.references.filter((r) => r.kind === kind).length;
  const list = h('ul', { className: 'reconcile__list reconcile__references' });
  for (const reference of report.references) {
    list.append(
      h(
        'li',
        { className: 'reconcile__item reconcile__item--reference', attrs: { 'data-kind': reference.kind, 'data-line': String(reference.places[0].line) } },
        [h('span', { className: 'badge badge--reference', text: w.referenceKind[reference.kind] }), h('span', { text: referenceLine(reference, lang) })],
      ),
    );
  }
  return h('details', { className: 'reconcile__apart', attrs: { id: 'reconcile-references' } }, [
    h('summary', { text: w.references(count('date'), count('document')) }),
    list,
  ]);
}

/** The elements of the check's result, in the order the clerk reads them. */
export function reconcileResultElements(report: ReconcileReport, lineLabel: (line: number) => string, lang: Lang): HTMLElement[] {
  const w = reconcileWords[lang];
  const { consistent, mismatch, notCheckable } = report.summary;
  const summary = h('div', { className: mismatch > 0 ? 'summary summary--error' : 'summary summary--ok', attrs: { id: 'reconcile-summary' } }, [
    h('p', { className: 'summary__title', text: w.summary(consistent, mismatch, notCheckable) }),
    ...(report.section ? [] : [h('p', { className: 'summary__notice', text: w.noSection })]),
    ...(report.items.length === 0 ? [h('p', { className: 'summary__notice', text: w.nothingFound })] : []),
  ]);
  const list = h('ul', { className: 'reconcile__list' });
  for (const item of readingOrder(report.items)) {
    list.append(
      h('li', { className: `reconcile__item reconcile__item--${item.status}`, attrs: { 'data-status': item.status, 'data-line': String(item.line) } }, [
        h('span', { className: `badge badge--${item.status}`, text: w.status[item.status] }),
        h('span', { className: 'reconcile__line', text: lineLabel(item.line) }),
        h('span', { text: reconcileMessage(item, lang) }),
      ]),
    );
  }
  return [summary, list, ...(report.references.length > 0 ? [referencesElement(report, lang)] : [])];
}
