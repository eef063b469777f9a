// The "Kiểm tra" panel: sheet picker, Validate / Clear buttons, the verdict, how the table was
// read, and one card per mistake.
import { outcomeProblemText } from '../../../i18n/findings';
import type { Lang } from '../../../core/types';
import { paneTexts, type PaneTexts } from '../../../i18n/pane';
import { verdictLine } from '../../../i18n/verdict';
import { annotationKind } from '../../../excel/annotations';
import type { ValidationState } from '../../../app/validation';
import { clear, h } from '../../dom';
import { renderCards } from './cards';
import { mountPreviousPeriod } from './previous-period';
import { renderUnderstanding } from './understanding';
import type { PaneContext, PanelDefinition, PanelInstance } from '../types';

export const VALIDATE_PANEL_ID = 'validate';

export const validatePanel: PanelDefinition = {
  id: VALIDATE_PANEL_ID,
  title: (lang) => paneTexts[lang].validatePanelTitle,
  mount: mountValidatePanel,
};

function mountValidatePanel(container: HTMLElement, context: PaneContext): PanelInstance {
  const sheetSelect = h('select', { className: 'field__control', attrs: { id: 'sheet-picker' } });
  const sheetLabel = h('label', { className: 'field__label', attrs: { for: 'sheet-picker' } });
  const validateButton = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'validate-button' } });
  const clearButton = h('button', { className: 'button', attrs: { type: 'button', id: 'clear-button' } });
  const status = h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'validate-status' } });
  const results = h('div', { className: 'results', attrs: { id: 'findings' } });
  const previous = mountPreviousPeriod(context);
  container.append(
    h('div', { className: 'toolbar' }, [h('div', { className: 'field' }, [sheetLabel, sheetSelect]), previous.picker]),
    h('div', { className: 'actions' }, [validateButton, clearButton]),
    status,
    results,
    previous.section,
  );

  let sheetNames: string[] = [];
  let activeSheet = '';
  let selectionMessage: string | null = null;

  const t = (): PaneTexts => context.texts();

  function renderSheetPicker(): void {
    const chosen = sheetSelect.value;
    clear(sheetSelect);
    sheetSelect.append(h('option', { text: t().activeSheetOption, attrs: { value: '' } }));
    for (const name of sheetNames) {
      const label = name === activeSheet ? `${name} ✓` : name;
      sheetSelect.append(h('option', { text: label, attrs: { value: name } }));
    }
    sheetSelect.value = sheetNames.includes(chosen) ? chosen : '';
  }

  async function refreshSheets(): Promise<void> {
    try {
      const list = await context.excel.listSheets();
      sheetNames = list.names;
      activeSheet = list.active;
      renderSheetPicker();
      previous.refresh(context.validation.lastValidation?.sheet ?? (sheetSelect.value || activeSheet));
    } catch {
      // The picker keeps "active sheet"; validation itself reports Excel errors.
    }
  }

  function renderStatic(): void {
    sheetLabel.textContent = t().sheetLabel;
    const validated = context.validation.lastValidation !== null;
    validateButton.textContent = validated ? t().validateAgain : t().validate;
    clearButton.textContent = t().clearHighlights;
    renderSheetPicker();
  }

  function render(state: ValidationState): void {
    renderStatic();
    const busy = state.kind === 'validating' || state.kind === 'clearing';
    validateButton.disabled = busy;
    clearButton.disabled = busy;
    container.setAttribute('aria-busy', String(busy));
    clear(status);
    status.className = 'status';
    const texts = t();
    const lang = context.lang();
    switch (state.kind) {
      case 'idle':
        status.append(h('p', { text: texts.idle }));
        break;
      case 'validating':
        status.append(
          h('p', { className: 'status__busy', text: state.progress ? texts.reading(state.progress.rowsRead, state.progress.rowsTotal) : texts.validating }),
        );
        if (state.progress) {
          status.append(h('progress', { attrs: { max: String(state.progress.rowsTotal), value: String(state.progress.rowsRead) } }));
        }
        break;
      case 'clearing':
        status.append(h('p', { className: 'status__busy', text: texts.clearing }));
        break;
      case 'failed':
        status.classList.add('status--error');
        status.append(h('p', { text: texts.excelFailed(state.message) }));
        break;
      case 'cleared': {
        const { restored, leftAsRecoloured } = state.result;
        status.append(h('p', { text: restored + leftAsRecoloured === 0 ? texts.nothingToClear : texts.cleared(restored) }));
        if (leftAsRecoloured > 0) status.append(h('p', { className: 'status__note', text: texts.leftAsRecoloured(leftAsRecoloured) }));
        break;
      }
      case 'validated':
        break;
    }
    if (selectionMessage) status.append(h('p', { className: 'status__note status--error', text: selectionMessage }));
    const shown = state.kind === 'validated' ? state : busy || state.kind === 'cleared' ? context.validation.lastValidation : null;
    clear(results);
    if (shown) renderResults(shown, lang, texts, state.kind === 'validated');
  }

  function renderResults(state: Extract<ValidationState, { kind: 'validated' }>, lang: Lang, texts: PaneTexts, current: boolean): void {
    const { outcome, highlight } = state;
    if (!current) results.classList.add('results--stale');
    else results.classList.remove('results--stale');
    if (!outcome.ok) {
      results.append(
        h('div', { className: 'summary summary--error', attrs: { id: 'summary' } }, [
          h('p', { className: 'summary__title', text: outcomeProblemText(outcome)[lang] }),
        ]),
      );
      return;
    }
    const report = outcome.report;
    const verdict = report.summary.verdict;
    const summaryClass = verdict === 'valid' ? 'summary summary--ok' : verdict === 'invalid' ? 'summary summary--error' : 'summary summary--warning';
    const notices: string[] = [];
    if (highlight && highlight.highlighted > 0) notices.push(texts.highlighted(highlight.highlighted));
    if (report.otherTables) notices.push(texts.otherTables(report.otherTables));
    if (highlight && highlight.restored > 0) notices.push(texts.restoredFixed(highlight.restored));
    const annotation = highlight?.annotation !== undefined ? highlight.annotation : annotationKind(context.excel.support());
    if (highlight && highlight.highlighted > 0 && annotation === 'comment') notices.push(texts.commentsInstead);
    if (highlight && highlight.highlighted > 0 && annotation === null) notices.push(texts.notesUnsupported);
    if (highlight && highlight.notesSkipped > 0) notices.push(texts.notesKept(highlight.notesSkipped));
    if (highlight && highlight.highlighted > 0 && !context.excel.support().cellProperties) notices.push(texts.noFillUnsupported);
    results.append(
      h('div', { className: summaryClass, attrs: { id: 'summary', 'data-verdict': report.summary.verdict } }, [
        h('p', { className: 'summary__title', text: verdictLine(report)[lang] }),
        h('p', { className: 'summary__where', text: texts.tableWhere(report.table.range, report.sheet) }),
        ...notices.map((n) => h('p', { className: 'summary__notice', text: n })),
      ]),
      renderUnderstanding(report.table, texts),
      ...renderCards(report, lang, texts, {
        select: (address) => void selectTarget(address),
        chooseRow: (label, kind) => void context.validation.chooseRow(label, kind),
      }),
    );
  }

  async function selectTarget(address: string): Promise<void> {
    const failure = await context.validation.select(address);
    const hadMessage = selectionMessage !== null;
    selectionMessage = failure ? t().selectFailed(address, failure) : null;
    if (failure || hadMessage) render(context.validation.state);
  }

  /** Arrow keys move between findings; Home/End jump to the first/last. */
  results.addEventListener('keydown', (event) => {
    const buttons = [...results.querySelectorAll<HTMLButtonElement>('button.finding')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : -1;
    if (next < 0 || next >= buttons.length) return;
    event.preventDefault();
    buttons[next].focus();
  });

  validateButton.addEventListener('click', () => {
    selectionMessage = null;
    void context.validation.runValidation(sheetSelect.value || undefined);
  });
  clearButton.addEventListener('click', () => {
    selectionMessage = null;
    void context.validation.clear();
  });
  context.validation.subscribe((state) => {
    render(state);
    // A ribbon command may have validated another sheet: keep the picker's ✓ on the active one.
    if (state.kind === 'validated') void refreshSheets();
  });
  context.onLanguageChange(() => render(context.validation.state));
  render(context.validation.state);
  void refreshSheets();

  return { shown: () => void refreshSheets() };
}
