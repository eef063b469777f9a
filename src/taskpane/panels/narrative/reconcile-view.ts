// "Đối chiếu báo cáo đã viết": a pasted report text checked figure by figure against the table,
// the differing figures first. The engine and its words load on the first check.
import type { Lang } from '../../../core/types';
import type { NarrativePaneTexts } from '../../../i18n/narrative/pane';
import { clear, h } from '../../dom';
import type { ReconcileSource } from './reconcile-results';

export type { ReconcileSource } from './reconcile-results';

export interface ReconcileView {
  element: HTMLElement;
  renderLabels(texts: NarrativePaneTexts): void;
  setEnabled(enabled: boolean): void;
  /** Checks the pasted text (the clerk pressed Đối chiếu); resolves once the result is shown. */
  run(source: ReconcileSource | null, texts: NarrativePaneTexts, lang: Lang): Promise<void>;
  /** Checks again after the table or the language changed, if a check was shown. */
  refresh(source: ReconcileSource | null, texts: NarrativePaneTexts, lang: Lang): Promise<void>;
}

const loadResults = () => import(/* webpackChunkName: "reconcile" */ './reconcile-results');

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
  let shown = false;
  let runs = 0;

  async function run(source: ReconcileSource | null, texts: NarrativePaneTexts, lang: Lang): Promise<void> {
    const current = ++runs;
    if (!source || input.value.trim() === '') {
      clear(results);
      shown = false;
      results.append(h('p', { text: source ? texts.reconcileEmpty : texts.reconcileNeedsTable }));
      return;
    }
    const text = input.value;
    try {
      const engine = await loadResults();
      if (current !== runs) return;
      const report = engine.checkPastedText(text, source);
      clear(results);
      results.append(...engine.reconcileResultElements(report, texts.lineLabel, lang));
      shown = true;
    } catch (error) {
      if (current !== runs) return;
      clear(results);
      results.append(h('p', { text: texts.reconcileFailed(error instanceof Error ? error.message : String(error)) }));
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
    refresh: (source, texts, lang) => (shown ? run(source, texts, lang) : Promise.resolve()),
  };
}
