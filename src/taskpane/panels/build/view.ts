// The panel's elements, in the order the clerk goes through them: sources, period, template,
// the build button and its status, the questions, the mapping, the summary, the counts.
import type { BuildPaneTexts } from '../../../i18n/build/pane';
import { clear, h } from '../../dom';

export type BuildView = ReturnType<typeof createBuildView>;

export function createBuildView(container: HTMLElement) {
  const view = {
    intro: h('p', { className: 'build__intro' }),
    sourcesHeading: h('h2', { className: 'build__heading' }),
    sheetsLabel: h('p', { className: 'build__label' }),
    sheetList: h('div', { className: 'build__sheets', attrs: { id: 'build-sheets' } }),
    refreshButton: h('button', { className: 'button build__small', attrs: { type: 'button', id: 'build-refresh' } }),
    filesLabel: h('label', { className: 'build__label', attrs: { for: 'build-files' } }),
    fileInput: h('input', { attrs: { type: 'file', id: 'build-files', multiple: '', accept: '.csv,.xlsx,.txt,.xls' } }),
    fileList: h('ul', { className: 'build__files', attrs: { id: 'build-file-list' } }),
    periodHeading: h('h2', { className: 'build__heading' }),
    fromLabel: h('label', { className: 'field__label', attrs: { for: 'build-from' } }),
    fromInput: h('input', { className: 'field__control', attrs: { id: 'build-from', type: 'text', inputmode: 'numeric', placeholder: '15/03/2026' } }),
    toLabel: h('label', { className: 'field__label', attrs: { for: 'build-to' } }),
    toInput: h('input', { className: 'field__control', attrs: { id: 'build-to', type: 'text', inputmode: 'numeric', placeholder: '14/06/2026' } }),
    kindLabel: h('label', { className: 'field__label', attrs: { for: 'build-quarter' } }),
    kindSelect: h('select', { className: 'field__control', attrs: { id: 'build-quarter' } }),
    yearLabel: h('label', { className: 'field__label', attrs: { for: 'build-year' } }),
    yearInput: h('input', { className: 'field__control', attrs: { id: 'build-year', type: 'text', inputmode: 'numeric', value: String(new Date().getFullYear()) } }),
    fillButton: h('button', { className: 'button build__small', attrs: { type: 'button', id: 'build-fill-quarter' } }),
    templateCheck: h('input', { attrs: { type: 'checkbox', id: 'build-template' } }),
    templateLabel: h('label', { attrs: { for: 'build-template' } }),
    templateSelect: h('select', { className: 'field__control', attrs: { id: 'build-template-sheet' } }),
    buildButton: h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'build-button' } }),
    status: h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'build-status' } }),
    questions: h('div', { className: 'build__questions-box', attrs: { id: 'build-questions' } }),
    mapping: h('details', { className: 'build__mapping', attrs: { id: 'build-mapping' } }),
    report: h('div', { className: 'build__report', attrs: { id: 'build-report' } }),
    counts: h('div', { className: 'build__counts', attrs: { id: 'build-counts' } }),
    drill: h('div', { className: 'build__drill', attrs: { id: 'build-drill', 'aria-live': 'polite' } }),
  };
  container.append(
    view.intro,
    view.sourcesHeading,
    view.sheetsLabel,
    view.sheetList,
    h('div', { className: 'actions' }, [view.refreshButton]),
    view.filesLabel,
    view.fileInput,
    view.fileList,
    view.periodHeading,
    h('div', { className: 'build__period' }, [
      h('div', { className: 'field' }, [view.fromLabel, view.fromInput]),
      h('div', { className: 'field' }, [view.toLabel, view.toInput]),
      h('div', { className: 'field' }, [view.kindLabel, view.kindSelect]),
      h('div', { className: 'field' }, [view.yearLabel, view.yearInput]),
    ]),
    h('div', { className: 'actions' }, [view.fillButton]),
    h('div', { className: 'build__template' }, [view.templateCheck, view.templateLabel, view.templateSelect]),
    h('div', { className: 'actions' }, [view.buildButton]),
    view.status,
    view.questions,
    view.mapping,
    view.report,
    view.counts,
    view.drill,
  );
  return view;
}

/** The fixed words of the panel, in the pane's language (the period kinds keep the clerk's choice). */
export function renderViewTexts(view: BuildView, texts: BuildPaneTexts): void {
  view.intro.textContent = texts.intro;
  view.sourcesHeading.textContent = texts.sourcesHeading;
  view.sheetsLabel.textContent = texts.sheetsLabel;
  view.refreshButton.textContent = texts.refreshSheets;
  view.filesLabel.textContent = texts.filesLabel;
  view.periodHeading.textContent = texts.periodHeading;
  view.fromLabel.textContent = texts.from;
  view.toLabel.textContent = texts.to;
  view.kindLabel.textContent = texts.quarter;
  const chosen = view.kindSelect.value || '1';
  clear(view.kindSelect);
  for (const kind of texts.periodKinds) view.kindSelect.append(h('option', { text: kind.text, attrs: { value: kind.value } }));
  view.kindSelect.value = chosen;
  view.yearLabel.textContent = texts.year;
  view.fillButton.textContent = texts.fillQuarter;
  view.templateLabel.textContent = ` ${texts.templateCheck} `;
  view.templateSelect.setAttribute('aria-label', texts.templateSheet);
  view.buildButton.textContent = texts.build;
}

export function setStatus(view: BuildView, text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
  clear(view.status);
  view.status.className = `status${kind === 'error' ? ' status--error' : ''}`;
  if (text) view.status.append(h('p', { text, className: kind === 'ok' ? 'build__ok' : '' }));
}
