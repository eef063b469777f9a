// The "Kiểm tra" panel: sheet picker, Validate / Clear buttons, summary and findings by rule.
import type { Finding, Lang, RuleId, TableModel } from '../../../core/types';
import { parseA1 } from '../../../core/address';
import { formatFigure, paneTexts, RULE_ORDER, type PaneTexts } from '../../../i18n/pane';
import { annotationKind } from '../../../excel/annotations';
import type { ValidationState } from '../../controller';
import { clear, h } from '../../dom';
import type { PaneContext, PanelDefinition, PanelInstance } from '../types';

export const VALIDATE_PANEL_ID = 'validate';

export const validatePanel: PanelDefinition = {
  id: VALIDATE_PANEL_ID,
  title: (lang) => paneTexts[lang].validatePanelTitle,
  mount: mountValidatePanel,
};

/** Where a finding is shown and selected: its culprit, else the cell stating the result. */
export function findingTarget(finding: Finding): string {
  return finding.culprit ?? finding.anchor;
}

/** Culprit findings first, then sheet order of the target cell. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    if (!!a.culprit !== !!b.culprit) return a.culprit ? -1 : 1;
    const pa = parseA1(findingTarget(a));
    const pb = parseA1(findingTarget(b));
    return pa.row - pb.row || pa.col - pb.col;
  });
}

export function groupByRule(findings: readonly Finding[]): Array<{ rule: RuleId; findings: Finding[] }> {
  const known = RULE_ORDER.filter((rule) => findings.some((f) => f.rule === rule));
  const others = [...new Set(findings.map((f) => f.rule))].filter((r) => !RULE_ORDER.includes(r));
  return [...known, ...others].map((rule) => ({ rule, findings: sortFindings(findings.filter((f) => f.rule === rule)) }));
}

const RATE_RULES: ReadonlySet<RuleId> = new Set(['rate', 'missing-rate', 'rate-not-checked']);

function mountValidatePanel(container: HTMLElement, context: PaneContext): PanelInstance {
  const sheetSelect = h('select', { className: 'field__control', attrs: { id: 'sheet-picker' } });
  const sheetLabel = h('label', { className: 'field__label', attrs: { for: 'sheet-picker' } });
  const validateButton = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'validate-button' } });
  const clearButton = h('button', { className: 'button', attrs: { type: 'button', id: 'clear-button' } });
  const status = h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'validate-status' } });
  const results = h('div', { className: 'results', attrs: { id: 'findings' } });
  container.append(
    h('div', { className: 'toolbar' }, [h('div', { className: 'field' }, [sheetLabel, sheetSelect])]),
    h('div', { className: 'actions' }, [validateButton, clearButton]),
    status,
    results,
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

  function renderResults(
    state: Extract<ValidationState, { kind: 'validated' }>,
    lang: Lang,
    texts: PaneTexts,
    current: boolean,
  ): void {
    const { outcome, highlight } = state;
    if (!current) results.classList.add('results--stale');
    else results.classList.remove('results--stale');
    if (!outcome.ok) {
      results.append(h('div', { className: 'summary summary--error', attrs: { id: 'summary' } }, [h('p', { className: 'summary__title', text: outcome.reason[lang] })]));
      return;
    }
    const report = outcome.report;
    const { errors, warnings } = report.summary;
    const clean = errors === 0 && warnings === 0;
    const summaryClass = clean ? 'summary summary--ok' : errors > 0 ? 'summary summary--error' : 'summary summary--warning';
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
      h('div', { className: summaryClass, attrs: { id: 'summary' } }, [
        h('p', { className: 'summary__title', text: clean ? texts.valid : texts.counts(errors, warnings) }),
        h('p', { className: 'summary__where', text: texts.tableWhere(report.table.range, report.sheet) }),
        ...notices.map((n) => h('p', { className: 'summary__notice', text: n })),
      ]),
      renderUnderstanding(report.table, texts),
    );
    for (const group of groupByRule(report.findings)) {
      const headingId = `rule-${group.rule}`;
      const list = h('ul', { className: 'findings', attrs: { 'aria-labelledby': headingId } });
      for (const finding of group.findings) list.append(h('li', {}, [renderFinding(finding, lang, texts)]));
      results.append(
        h('section', { className: 'rule', attrs: { 'data-rule': group.rule } }, [
          h('h2', { className: 'rule__title', attrs: { id: headingId } }, [
            h('span', { text: texts.ruleTitles[group.rule] ?? group.rule }),
            h('span', { className: 'rule__count', text: String(group.findings.length) }),
          ]),
          list,
        ]),
      );
    }
  }

  /** How the engine read the table — identities, rates, sections — so the clerk can trust it. */
  function renderUnderstanding(table: TableModel, texts: PaneTexts): HTMLElement {
    const words = texts.understanding;
    return h('details', { className: 'understanding', attrs: { id: 'understanding' } }, [
      h('summary', { text: words.title }),
      h('p', { text: words.source[table.source] }),
      h('p', { text: words.identities }),
      h('ul', { className: 'understanding__list' }, table.identities.map((i) => h('li', { text: i.text }))),
      table.rates.length ? h('p', { text: words.rates }) : null,
      table.rates.length ? h('ul', { className: 'understanding__list' }, table.rates.map((r) => h('li', { text: r.text }))) : null,
      table.sections.length ? h('p', { text: words.sections(table.sections.length) }) : null,
    ]);
  }

  function renderFinding(finding: Finding, lang: Lang, texts: PaneTexts): HTMLElement {
    const target = findingTarget(finding);
    const others = finding.cells.filter((c) => c !== target);
    const isRate = RATE_RULES.has(finding.rule);
    const figures =
      finding.expected !== null && finding.actual !== null
        ? texts.expectedFound(formatFigure(finding.expected, isRate, lang), formatFigure(finding.actual, isRate, lang))
        : null;
    return h(
      'button',
      {
        className: `finding finding--${finding.severity}`,
        attrs: { type: 'button', 'data-cell': target, title: texts.goToCell(target) },
        on: { click: () => void selectTarget(target) },
      },
      [
        h('span', { className: 'finding__head' }, [
          h('span', { className: `badge badge--${finding.severity}`, text: texts.severity[finding.severity] }),
          h('span', { className: 'finding__cell', text: texts.cellLabel(target) }),
          finding.culprit ? h('span', { className: 'finding__culprit', text: texts.culprit }) : null,
          finding.rowLabel ? h('span', { className: 'finding__row', text: finding.rowLabel }) : null,
        ]),
        h('span', { className: 'finding__message', text: finding.message[lang] }),
        figures ? h('span', { className: 'finding__figures', text: figures }) : null,
        others.length ? h('span', { className: 'finding__cells', text: texts.alsoInvolves(others.join(', ')) }) : null,
      ],
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
