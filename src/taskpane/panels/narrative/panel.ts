// The "Báo cáo" panel: section I.2 written from the validated annex, period and unit inputs,
// a preview, "Copy to Word" (clipboard), ".docx" (lazy docx chunk), the warning when the table
// has errors, and the reconciliation of a pasted report text.
import { narrativeForTable, type ClerkInput, type NarrativeBundle } from '../../../core/narrative';
import type { NarrativeParagraph } from '../../../core/narrative/model';
import { PERIOD_KINDS, parseDate, type PeriodKind } from '../../../core/narrative/period';
import { reconcileText, type ReconcileReport } from '../../../core/narrative/reconcile';
import type { Grid, Lang, ValidationReport } from '../../../core/types';
import { BLANK_MARK, narrativePaneTexts, omittedLineNames, periodProblemMessages, reconcileTexts, type NarrativePaneTexts } from '../../../i18n/narrative';
import { docxFileName } from '../../../word/captions';
import { copyRichText, type CopyMethod } from '../../../word/clipboard';
import { loadDocx, reportDocxBlob, type ReportDocxInput } from '../../../word/docx';
import { downloadBlob } from '../../../word/download';
import { clipboardPayload, type ClipboardPayload } from '../../../word/html';
import type { ValidationState } from '../../controller';
import { errorMessage } from '../../controller';
import { clear, h } from '../../dom';
import type { PaneContext, PanelDefinition, PanelInstance } from '../types';
import { installNarrativeStyles } from './styles';

export const NARRATIVE_PANEL_ID = 'narrative';

/** What the panel needs from the browser and Office, replaceable in tests. */
export interface NarrativePanelDeps {
  copy(payload: ClipboardPayload): Promise<CopyMethod>;
  buildDocx(input: ReportDocxInput): Promise<Blob>;
  download(blob: Blob, fileName: string): boolean;
  /** Office's platform ("Mac", "OfficeOnline", "PC"…), undefined outside Office. */
  platform(): string | undefined;
  prefetchDocx(): void;
}

export const browserDeps: NarrativePanelDeps = {
  copy: (payload) => copyRichText(payload, document),
  buildDocx: (input) => reportDocxBlob(input),
  download: (blob, fileName) => downloadBlob(blob, fileName, document),
  platform: () => {
    const platform = typeof Office !== 'undefined' ? Office.context?.diagnostics?.platform : undefined;
    return platform === undefined || platform === null ? undefined : String(platform);
  },
  prefetchDocx: () => void loadDocx().catch(() => undefined),
};

export function createNarrativePanel(deps: NarrativePanelDeps = browserDeps): PanelDefinition {
  return {
    id: NARRATIVE_PANEL_ID,
    title: (lang) => narrativePaneTexts[lang].title,
    mount: (container, context) => mountNarrativePanel(container, context, deps),
  };
}

export const narrativePanel: PanelDefinition = createNarrativePanel();

interface Source {
  grid: Grid;
  report: ValidationReport;
}

interface InputControls {
  period: HTMLSelectElement;
  year: HTMLInputElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  unit: HTMLInputElement;
  annex: HTMLInputElement;
}

/** The clerk's inputs; each field that cannot be read is named in `problems`. */
export function readClerkInput(controls: InputControls, t: NarrativePaneTexts): { input: ClerkInput; problems: string[] } {
  const input: ClerkInput = {};
  const problems: string[] = [];
  if (controls.period.value) input.kind = controls.period.value as PeriodKind;
  const yearText = controls.year.value.trim();
  if (yearText !== '') {
    if (/^\d{4}$/.test(yearText)) input.year = Number(yearText);
    else problems.push(t.badYear);
  }
  const toText = controls.to.value.trim();
  if (toText !== '') {
    const to = parseDate(toText, input.year);
    if (to) input.to = to;
    else problems.push(t.badDate(t.toLabel));
  }
  const fromText = controls.from.value.trim();
  if (fromText !== '') {
    const from = parseDate(fromText, input.to?.year ?? input.year);
    if (from && input.to && !/\d{4}/.test(fromText) && (from.month > input.to.month || (from.month === input.to.month && from.day > input.to.day))) from.year -= 1;
    if (from) input.from = from;
    else problems.push(t.badDate(t.fromLabel));
  }
  const unit = controls.unit.value.trim();
  if (unit !== '') input.unit = unit;
  return { input, problems };
}

function paragraphElement(paragraph: NarrativeParagraph, lang: Lang): HTMLElement {
  const className = paragraph.style === 'heading' ? 'narrative__heading' : paragraph.style === 'note' ? 'narrative__note' : '';
  const children = paragraph.runs.map((run) =>
    run.type === 'blank' ? h('mark', { text: BLANK_MARK, attrs: { title: run.hint[lang] } }) : run.text,
  );
  return h('p', { className, attrs: { 'data-key': paragraph.key } }, children);
}

export function mountNarrativePanel(container: HTMLElement, context: PaneContext, deps: NarrativePanelDeps): PanelInstance {
  installNarrativeStyles(container.ownerDocument);
  deps.prefetchDocx();
  const t = (): NarrativePaneTexts => narrativePaneTexts[context.lang()];

  const labelled = (id: string, control: HTMLElement, wide = false) => {
    const label = h('label', { className: 'field__label', attrs: { for: id } });
    return { label, field: h('div', { className: wide ? 'field field--wide' : 'field' }, [label, control]) };
  };
  const controls: InputControls = {
    period: h('select', { className: 'field__control', attrs: { id: 'narrative-period' } }),
    year: h('input', { className: 'field__control', attrs: { id: 'narrative-year', type: 'text', inputmode: 'numeric', maxlength: '4', autocomplete: 'off' } }),
    from: h('input', { className: 'field__control', attrs: { id: 'narrative-from', type: 'text', autocomplete: 'off' } }),
    to: h('input', { className: 'field__control', attrs: { id: 'narrative-to', type: 'text', autocomplete: 'off' } }),
    unit: h('input', { className: 'field__control', attrs: { id: 'narrative-unit', type: 'text', autocomplete: 'off' } }),
    annex: h('input', { attrs: { id: 'narrative-annex', type: 'checkbox' } }),
  };
  controls.annex.checked = true;
  const fields = {
    period: labelled('narrative-period', controls.period),
    year: labelled('narrative-year', controls.year),
    from: labelled('narrative-from', controls.from),
    to: labelled('narrative-to', controls.to),
    unit: labelled('narrative-unit', controls.unit, true),
  };
  const annexLabel = h('label', { attrs: { for: 'narrative-annex' } });
  const intro = h('p', { className: 'narrative__intro' });
  const writeButton = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'narrative-write' } });
  const status = h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'narrative-status' } });
  const problems = h('div', { className: 'narrative__problems', attrs: { role: 'alert', id: 'narrative-problems' } });
  const warning = h('div', { className: 'summary summary--error', attrs: { id: 'narrative-warning' } });
  const notes = h('div', { className: 'narrative__notes', attrs: { id: 'narrative-notes' } });
  const previewLabel = h('h2', { className: 'rule__title', attrs: { id: 'narrative-preview-label' } });
  const preview = h('div', { className: 'narrative__preview', attrs: { id: 'narrative-preview', 'aria-labelledby': 'narrative-preview-label', tabindex: '0' } });
  const copyButton = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'narrative-copy' } });
  const docxButton = h('button', { className: 'button', attrs: { type: 'button', id: 'narrative-docx' } });
  const feedback = h('div', { className: 'narrative__feedback', attrs: { role: 'status', 'aria-live': 'polite', id: 'narrative-feedback' } });
  const reconcileSummary = h('summary');
  const reconcileLabel = h('label', { className: 'field__label', attrs: { for: 'narrative-reconcile-text' } });
  const reconcileInput = h('textarea', { attrs: { id: 'narrative-reconcile-text', spellcheck: 'false' } });
  const reconcileButton = h('button', { className: 'button', attrs: { type: 'button', id: 'narrative-reconcile' } });
  const reconcileResults = h('div', { attrs: { id: 'narrative-reconcile-results', role: 'status', 'aria-live': 'polite' } });
  const output = h('div', { attrs: { id: 'narrative-output' } }, [
    warning,
    notes,
    previewLabel,
    preview,
    h('div', { className: 'actions' }, [copyButton, docxButton]),
    feedback,
  ]);
  container.append(
    intro,
    h('div', { className: 'narrative__inputs' }, [
      fields.period.field,
      fields.year.field,
      fields.from.field,
      fields.to.field,
      fields.unit.field,
      h('div', { className: 'narrative__check' }, [controls.annex, annexLabel]),
    ]),
    problems,
    h('div', { className: 'actions' }, [writeButton]),
    status,
    output,
    h('details', { className: 'narrative__reconcile', attrs: { id: 'narrative-reconcile-section' } }, [
      reconcileSummary,
      reconcileLabel,
      reconcileInput,
      h('div', { className: 'actions' }, [reconcileButton]),
      reconcileResults,
    ]),
  );

  let source: Source | null = null;
  let bundle: NarrativeBundle | null = null;
  let failure: string | null = null;
  let reading = false;
  let lastReconcile: ReconcileReport | null = null;
  let feedbackText: string[] = [];

  function takeValidation(state: Extract<ValidationState, { kind: 'validated' }> | null): void {
    if (!state) return;
    if (state.outcome.ok) {
      source = { grid: state.grid, report: state.outcome.report };
      failure = null;
    } else {
      source = null;
      failure = state.outcome.reason[context.lang()];
    }
  }

  function rebuild(): void {
    const read = readClerkInput(controls, t());
    clear(problems);
    for (const problem of read.problems) problems.append(h('p', { text: problem }));
    bundle = source ? narrativeForTable(source.grid, source.report.table, read.input, context.lang()) : null;
    for (const problem of bundle?.model.period.problems ?? []) problems.append(h('p', { text: periodProblemMessages[problem][context.lang()] }));
    if (lastReconcile) runReconcile();
    render();
  }

  function renderStatic(): void {
    const texts = t();
    intro.textContent = texts.intro;
    fields.period.label.textContent = texts.periodLabel;
    fields.year.label.textContent = texts.yearLabel;
    fields.from.label.textContent = texts.fromLabel;
    fields.to.label.textContent = texts.toLabel;
    fields.unit.label.textContent = texts.unitLabel;
    annexLabel.textContent = texts.includeAnnex;
    const chosen = controls.period.value;
    clear(controls.period);
    controls.period.append(h('option', { text: texts.periodFromSheet, attrs: { value: '' } }));
    for (const kind of PERIOD_KINDS) controls.period.append(h('option', { text: texts.periodNames[kind], attrs: { value: kind } }));
    controls.period.value = chosen;
    controls.from.placeholder = texts.datePlaceholder;
    controls.to.placeholder = texts.datePlaceholder;
    controls.unit.placeholder = texts.unitPlaceholder;
    writeButton.textContent = source ? texts.rewrite : texts.write;
    previewLabel.textContent = texts.previewLabel;
    copyButton.textContent = texts.copy;
    docxButton.textContent = texts.downloadDocx;
    reconcileSummary.textContent = texts.reconcileTitle;
    reconcileLabel.textContent = texts.reconcileLabel;
    reconcileButton.textContent = texts.reconcile;
  }

  function render(): void {
    renderStatic();
    const texts = t();
    const lang = context.lang();
    writeButton.disabled = reading;
    clear(status);
    status.className = 'status';
    if (reading) status.append(h('p', { className: 'status__busy', text: texts.reading }));
    else if (failure) {
      status.classList.add('status--error');
      status.append(h('p', { text: texts.noTable(failure) }));
    } else if (!bundle || !source) status.append(h('p', { text: texts.idle }));
    else status.append(h('p', { text: texts.source(source.report.sheet, source.report.table.range) }));

    output.hidden = !bundle;
    copyButton.disabled = !bundle;
    docxButton.disabled = !bundle;
    reconcileButton.disabled = !bundle;
    clear(warning);
    clear(notes);
    clear(preview);
    clear(feedback);
    for (const line of feedbackText) feedback.append(h('p', { text: line }));
    if (!bundle || !source) return;
    const errors = source.report.summary.errors;
    warning.hidden = errors === 0;
    if (errors > 0) warning.append(h('p', { className: 'summary__title', text: texts.tableHasErrors(errors) }));
    const model = bundle.model;
    const titleGavePeriod = !controls.period.value && (bundle.title.kind !== undefined || bundle.title.from !== undefined);
    if (titleGavePeriod) notes.append(h('p', { text: texts.fromTitles }));
    if (model.period.datesFromCalendar) notes.append(h('p', { text: texts.fromCalendar }));
    const blanks = model.paragraphs.reduce((n, p) => n + p.runs.filter((r) => r.type === 'blank').length, 0);
    if (blanks > 0) notes.append(h('p', { text: texts.blanksToFill(blanks) }));
    if (model.totalsSource === 'field-sum') notes.append(h('p', { text: texts.totalsFromFields }));
    if (model.omitted.length > 0) notes.append(h('p', { text: texts.omitted(omittedLineNames(model.omitted.map((o) => o.key), lang)) }));
    preview.setAttribute('lang', lang);
    for (const paragraph of model.paragraphs) preview.append(paragraphElement(paragraph, lang));
    controls.year.placeholder = bundle.title.year !== undefined ? String(bundle.title.year) : '';
    controls.unit.placeholder = bundle.title.unit ?? texts.unitPlaceholder;
  }

  async function readSheet(): Promise<void> {
    reading = true;
    feedbackText = [];
    render();
    await context.validation.runValidation(context.validation.lastValidation?.sheet);
    reading = false;
    const state = context.validation.state;
    if (state.kind === 'validated') takeValidation(state);
    else if (state.kind === 'failed') {
      source = null;
      failure = t().readFailed(state.message);
    }
    rebuild();
  }

  /** Runs inside the click: the clipboard needs the user gesture, so nothing is awaited before copying. */
  function copyToWord(): void {
    if (!bundle || !source) return;
    const withAnnex = controls.annex.checked;
    const payload = clipboardPayload(bundle.model, withAnnex ? bundle.annex : undefined);
    const errors = source.report.summary.errors;
    const paragraphs = bundle.model.paragraphs.length;
    deps.copy(payload).then(
      () => {
        feedbackText = [t().copied(paragraphs, withAnnex), ...(errors > 0 ? [t().copiedWithErrors(errors)] : [])];
        render();
      },
      () => {
        feedbackText = [t().copyFailed];
        render();
        selectPreview();
      },
    );
  }

  function selectPreview(): void {
    const selection = container.ownerDocument.getSelection?.();
    if (!selection) return;
    const range = container.ownerDocument.createRange();
    range.selectNodeContents(preview);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function downloadDocx(): Promise<void> {
    if (!bundle) return;
    const model = bundle.model;
    const fileName = docxFileName(model);
    feedbackText = [t().building];
    docxButton.disabled = true;
    render();
    try {
      const blob = await deps.buildDocx({ model, annex: controls.annex.checked ? bundle.annex : undefined });
      const started = deps.download(blob, fileName);
      if (!started) feedbackText = [t().downloadFailed('URL.createObjectURL')];
      else feedbackText = [deps.platform() === 'Mac' ? t().downloadMac(fileName) : t().downloaded(fileName)];
    } catch (error) {
      feedbackText = [t().downloadFailed(errorMessage(error))];
    }
    render();
  }

  function runReconcile(): void {
    clear(reconcileResults);
    const texts = t();
    const lang = context.lang();
    if (!bundle || !source) {
      reconcileResults.append(h('p', { text: texts.reconcileNeedsTable }));
      return;
    }
    if (reconcileInput.value.trim() === '') {
      lastReconcile = null;
      reconcileResults.append(h('p', { text: texts.reconcileEmpty }));
      return;
    }
    lastReconcile = reconcileText(reconcileInput.value, bundle.figures.totals, { columns: source.report.table.columns, fields: bundle.figures.fields });
    const { consistent, mismatch, notCheckable } = lastReconcile.summary;
    const summaryClass = mismatch > 0 ? 'summary summary--error' : 'summary summary--ok';
    reconcileResults.append(
      h('div', { className: summaryClass, attrs: { id: 'reconcile-summary' } }, [
        h('p', { className: 'summary__title', text: reconcileTexts.summary(consistent, mismatch, notCheckable)[lang] }),
        ...(lastReconcile.section ? [] : [h('p', { className: 'summary__notice', text: reconcileTexts.noSection[lang] })]),
        ...(lastReconcile.items.length === 0 ? [h('p', { className: 'summary__notice', text: reconcileTexts.nothingFound[lang] })] : []),
      ]),
    );
    const list = h('ul', { className: 'reconcile__list' });
    const ordered = [...lastReconcile.items].sort((a, b) => Number(b.status === 'mismatch') - Number(a.status === 'mismatch') || a.line - b.line);
    for (const item of ordered) {
      list.append(
        h('li', { className: `reconcile__item reconcile__item--${item.status}`, attrs: { 'data-status': item.status, 'data-line': String(item.line) } }, [
          h('span', { className: `badge badge--${item.status}`, text: reconcileTexts.status[item.status][lang] }),
          h('span', { className: 'reconcile__line', text: texts.lineLabel(item.line) }),
          h('span', { text: item.message[lang] }),
        ]),
      );
    }
    reconcileResults.append(list);
  }

  writeButton.addEventListener('click', () => void readSheet());
  copyButton.addEventListener('click', copyToWord);
  docxButton.addEventListener('click', () => void downloadDocx());
  reconcileButton.addEventListener('click', runReconcile);
  for (const control of [controls.period, controls.year, controls.from, controls.to, controls.unit]) {
    control.addEventListener('change', rebuild);
  }
  for (const control of [controls.year, controls.from, controls.to, controls.unit]) control.addEventListener('input', rebuild);
  context.onLanguageChange(() => {
    if (failure && context.validation.lastValidation && !context.validation.lastValidation.outcome.ok) {
      failure = context.validation.lastValidation.outcome.reason[context.lang()];
    }
    rebuild();
  });
  // A validation run from the other panel or the ribbon updates the paragraphs too.
  context.validation.subscribe((state) => {
    if (state.kind !== 'validated' || reading) return;
    takeValidation(state);
    rebuild();
  });

  takeValidation(context.validation.lastValidation);
  rebuild();
  return {
    shown: () => {
      if (!source && !failure) takeValidation(context.validation.lastValidation);
      rebuild();
    },
  };
}
