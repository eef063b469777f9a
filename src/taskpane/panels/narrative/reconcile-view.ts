// "Đối chiếu báo cáo đã viết": a pasted report text checked figure by figure against the table,
// the differing figures first.
import { readingOrder } from '../../../core/narrative/reconcile/order';
import { reconcileText } from '../../../core/narrative/reconcile/reconcile-text';
import type { ReconcileReport } from '../../../core/narrative/reconcile/types';
import type { Lang, TableColumn, TableFigures } from '../../../core/types';
import type { NarrativePaneTexts } from '../../../i18n/narrative/pane';
import { reconcileMessage, reconcileWords, referenceLine } from '../../../i18n/narrative/reconcile';
import { clear, h } from '../../dom';

/** What the check needs from the table read. */
export interface ReconcileSource {
  figures: TableFigures;
  columns: TableColumn[];
  /** The previous period's totals, when the clerk gave that table: the comparisons are checked too. */
  previous?: TableFigures['totals'];
}

export interface ReconcileView {
  element: HTMLElement;
  renderLabels(texts: NarrativePaneTexts): void;
  setEnabled(enabled: boolean): void;
  /** Checks the pasted text (the clerk pressed Đối chiếu). */
  run(source: ReconcileSource | null, texts: NarrativePaneTexts, lang: Lang): void;
  /** Checks again after the table or the language changed, if a check was shown. */
  refresh(source: ReconcileSource | null, texts: NarrativePaneTexts, lang: Lang): void;
}

export function createReconcileView(onRun: () => void): ReconcileView {
  const summary = h('summary');
  const label = h('label', { className: 'field__label', attrs: { for: 'narrative-reconcile-text' } });
  const input = h('textarea', { attrs: { id: 'narrative-reconcile-text', spellcheck: 'false' } });
  const button = h('button', { className: 'button', attrs: { type: 'button', id: 'narrative-reconcile' }, on: { click: onRun } });
  const results = h('div', { attrs: { id: 'narrative-reconcile-results', role: 'status', 'aria-live': 'polite' } });
  const element = h('details', { className: 'narrative__reconcile', attrs: { id: 'narrative-reconcile-section' } }, [
    summary,
    label,
    input,
    h('div', { className: 'actions' }, [button]),
    results,
  ]);
  let last: ReconcileReport | null = null;

  function run(source: ReconcileSource | null, texts: NarrativePaneTexts, lang: Lang): void {
    clear(results);
    if (!source) {
      results.append(h('p', { text: texts.reconcileNeedsTable }));
      return;
    }
    if (input.value.trim() === '') {
      last = null;
      results.append(h('p', { text: texts.reconcileEmpty }));
      return;
    }
    last = reconcileText(input.value, source.figures.totals, { columns: source.columns, fields: source.figures.fields, previous: source.previous });
    const { consistent, mismatch, notCheckable } = last.summary;
    const w = reconcileWords[lang];
    results.append(
      h('div', { className: mismatch > 0 ? 'summary summary--error' : 'summary summary--ok', attrs: { id: 'reconcile-summary' } }, [
        h('p', { className: 'summary__title', text: w.summary(consistent, mismatch, notCheckable) }),
        ...(last.section ? [] : [h('p', { className: 'summary__notice', text: w.noSection })]),
        ...(last.items.length === 0 ? [h('p', { className: 'summary__notice', text: w.nothingFound })] : []),
      ]),
    );
    const list = h('ul', { className: 'reconcile__list' });
    for (const item of readingOrder(last.items)) {
      list.append(
        h('li', { className: `reconcile__item reconcile__item--${item.status}`, attrs: { 'data-status': item.status, 'data-line': String(item.line) } }, [
          h('span', { className: `badge badge--${item.status}`, text: w.status[item.status] }),
          h('span', { className: 'reconcile__line', text: texts.lineLabel(item.line) }),
          h('span', { text: reconcileMessage(item, lang) }),
        ]),
      );
    }
    results.append(list);
    if (last.references.length > 0) {
      const count = (kind: string) => last?.references.filter((r) => r.kind === kind).length ?? 0;
      const references = h('ul', { className: 'reconcile__list reconcile__references' });
      for (const reference of last.references) {
        references.append(
          h('li', { className: 'reconcile__item reconcile__item--reference', attrs: { 'data-kind': reference.kind, 'data-line': String(reference.places[0].line) } }, [
            h('span', { className: 'badge badge--reference', text: w.referenceKind[reference.kind] }),
            h('span', { text: referenceLine(reference, lang) }),
          ]),
        );
      }
      results.append(
        h('details', { className: 'reconcile__apart', attrs: { id: 'reconcile-references' } }, [h('summary', { text: w.references(count('date'), count('document')) }), references]),
      );
    }
  }

  return {
    element,
    renderLabels: (texts) => {
      summary.textContent = texts.reconcileTitle;
      label.textContent = texts.reconcileLabel;
      button.textContent = texts.reconcile;
    },
    setEnabled: (enabled) => {
      button.disabled = !enabled;
    },
    run,
    refresh: (source, texts, lang) => {
      if (last) run(source, texts, lang);
    },
  };
}
