// The "Báo cáo" panel: section I.2 written from the validated annex, period and unit inputs,
// a preview, "Copy to Word" (clipboard), ".docx" (lazy docx chunk), the warning when the table
// has errors, and the reconciliation of a pasted report text.
import { outcomeProblemText } from '../../../i18n/findings';
import { choosePeriod, narrativeForTable, type NarrativeBundle } from '../../../core/narrative';
import type { Grid, ValidationReport } from '../../../core/types';
import { periodLabel } from '../../../i18n/calendar';
import { narrativePaneTexts, type NarrativePaneTexts } from '../../../i18n/narrative/pane';
import { periodProblemMessages } from '../../../i18n/narrative/period-problems';
import { renderNarrative, type NarrativeText } from '../../../i18n/narrative/render';
import { verdictLine } from '../../../i18n/verdict';
import { docxFileName } from '../../../word/captions';
import type { ValidationState } from '../../../app/validation';
import { errorMessage } from '../../../app/validation';
import { clear, h } from '../../dom';
import type { PaneContext, PanelDefinition, PanelInstance } from '../types';
import { clearPeriodInputs, createPeriodInputs, hasPeriodInput, paneInputNamer, readClerkInput, renderPeriodConflict } from './period-inputs';
import { renderPreview, selectContents } from './preview';
import { createNarrativePrevious } from './previous-period';
import { browserDeps, loadedWordHtml, loadWordHtml, type NarrativePanelDeps } from './deps';
import { createFullReport } from './full-report';
import { createReconcileView } from './reconcile-view';
import { installNarrativeStyles } from './styles';

export const NARRATIVE_PANEL_ID = 'narrative';

export type { NarrativePanelDeps };
export { browserDeps };

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

export { readClerkInput };

export function mountNarrativePanel(container: HTMLElement, context: PaneContext, deps: NarrativePanelDeps): PanelInstance {
  installNarrativeStyles(container.ownerDocument);
  deps.prefetchDocx();
  void loadWordHtml().catch(() => undefined);
  const t = (): NarrativePaneTexts => narrativePaneTexts[context.lang()];

  const inputs = createPeriodInputs();
  const controls = inputs.controls;
  const intro = h('p', { className: 'narrative__intro' });
  const writeButton = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'narrative-write' } });
  const status = h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'narrative-status' } });
  const problems = h('div', { className: 'narrative__problems', attrs: { role: 'alert', id: 'narrative-problems' } });
  const conflict = h('div', { attrs: { role: 'alert', id: 'narrative-period-conflict' } });
  const warning = h('div', { className: 'summary summary--error', attrs: { id: 'narrative-warning' } });
  const notes = h('div', { className: 'narrative__notes', attrs: { id: 'narrative-notes' } });
  const previewLabel = h('h2', { className: 'rule__title', attrs: { id: 'narrative-preview-label' } });
  const preview = h('div', {
    className: 'narrative__preview',
    attrs: { id: 'narrative-preview', 'aria-labelledby': 'narrative-preview-label', tabindex: '0' },
  });
  const copyButton = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'narrative-copy' } });
  const docxButton = h('button', { className: 'button', attrs: { type: 'button', id: 'narrative-docx' } });
  const feedback = h('div', { className: 'narrative__feedback', attrs: { role: 'status', 'aria-live': 'polite', id: 'narrative-feedback' } });
  const reconcile = createReconcileView(() => reconcile.run(reconcileSource(), t(), context.lang()));
  const previous = createNarrativePrevious(
    context,
    () => rebuild(),
    () => bundle?.model,
  );
  const full = createFullReport(context, () => (writable() && bundle && narrative ? { bundle, narrative } : null), deps.fullReport);
  const output = h('div', { attrs: { id: 'narrative-output' } }, [
    warning,
    notes,
    previewLabel,
    preview,
    h('div', { className: 'actions' }, [copyButton, docxButton]),
    feedback,
    full.element,
  ]);
  container.append(
    intro,
    inputs.element,
    previous.element,
    problems,
    conflict,
    h('div', { className: 'actions' }, [writeButton]),
    status,
    output,
    reconcile.element,
  );

  let source: Source | null = null;
  let bundle: NarrativeBundle | null = null;
  /** The bundle's narrative in the pane's language. */
  let narrative: NarrativeText | null = null;
  let failure: string | null = null;
  let reading = false;
  /** The clerk chose to write the period typed over the title's; any change of the inputs asks again. */
  let forced = false;
  let feedbackText: string[] = [];

  const reconcileSource = () =>
    bundle && source ? { figures: bundle.figures, columns: source.report.table.columns, previous: previous.basis()?.totals } : null;
  /** The narrative may be copied: read, and its period not refused. */
  const writable = () => bundle !== null && source !== null && !bundle.period.refused;

  function takeValidation(state: Extract<ValidationState, { kind: 'validated' }> | null): void {
    if (!state) return;
    forced = false;
    if (state.outcome.ok) {
      source = { grid: state.grid, report: state.outcome.report };
      failure = null;
    } else {
      source = null;
      failure = outcomeProblemText(state.outcome)[context.lang()];
    }
  }

  function rebuild(): void {
    const texts = t();
    const lang = context.lang();
    const read = readClerkInput(controls, texts);
    clear(problems);
    for (const problem of read.problems) problems.append(h('p', { text: problem }));
    bundle = source ? narrativeForTable(source.grid, source.report.table, { ...read.input, force: forced, previous: previous.basis() }) : null;
    narrative = bundle ? renderNarrative(bundle.model, lang) : null;
    for (const problem of bundle?.period.inputProblems ?? []) {
      const label = problem.part === 'from' ? texts.fromLabel : texts.toLabel;
      problems.append(h('p', { text: problem.problem === 'needs-year' ? texts.dateNeedsYear(label) : texts.badDate(label) }));
    }
    for (const problem of bundle?.model.period.problems ?? []) problems.append(h('p', { text: periodProblemMessages[problem][lang] }));
    renderPeriodConflict(
      conflict,
      bundle?.period ?? null,
      { texts, lang, namer: paneInputNamer(controls, texts), clerkGavePeriod: hasPeriodInput(controls) },
      {
        useTitle: () => {
          clearPeriodInputs(controls);
          forced = false;
          rebuild();
        },
        force: () => {
          forced = true;
          rebuild();
        },
      },
    );
    void reconcile.refresh(reconcileSource(), texts, lang);
    render();
  }

  function renderStatic(): void {
    const texts = t();
    const sheet = bundle?.period.sheet;
    // The title's own period, for the "Theo tiêu đề trang tính (quý II năm 2026)" option.
    const titleOnly = sheet && sheet.texts.length > 0 ? choosePeriod({}, sheet) : null;
    const sheetPeriod = titleOnly && titleOnly.conflicts.length === 0 ? periodLabel(titleOnly.period, context.lang()) || undefined : undefined;
    intro.textContent = texts.intro;
    inputs.renderLabels(texts, sheetPeriod);
    controls.unit.placeholder = texts.unitPlaceholder;
    writeButton.textContent = source ? texts.rewrite : texts.write;
    previewLabel.textContent = texts.previewLabel;
    copyButton.textContent = texts.copy;
    docxButton.textContent = texts.downloadDocx;
    reconcile.renderLabels(texts);
  }

  function render(): void {
    renderStatic();
    const texts = t();
    writeButton.disabled = reading;
    clear(status);
    status.className = 'status';
    if (reading) status.append(h('p', { className: 'status__busy', text: texts.reading }));
    else if (failure) {
      status.classList.add('status--error');
      status.append(h('p', { text: texts.noTable(failure) }));
    } else if (!bundle || !source) status.append(h('p', { text: texts.idle }));
    else status.append(h('p', { text: texts.source(source.report.sheet, source.report.table.range) }));

    output.hidden = !writable();
    copyButton.disabled = !writable();
    docxButton.disabled = !writable();
    reconcile.setEnabled(bundle !== null);
    clear(warning);
    clear(notes);
    clear(preview);
    clear(feedback);
    for (const line of feedbackText) feedback.append(h('p', { text: line }));
    full.render();
    if (!bundle || !source || !narrative) return;
    const valid = source.report.summary.verdict === 'valid';
    warning.hidden = valid;
    if (!valid) warning.append(h('p', { className: 'summary__title', text: texts.tableNotValid(verdictLine(source.report)[context.lang()]) }));
    renderPreview(notes, preview, narrative, bundle, texts);
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
    if (!bundle || !source || !narrative || !writable()) return;
    const withAnnex = controls.annex.checked;
    const written = narrative;
    const annex = withAnnex ? bundle.annex : undefined;
    const valid = source.report.summary.verdict === 'valid';
    const paragraphs = narrative.paragraphs.length;
    // Loaded when the panel opened; only a click in its first moments waits (and may lose the gesture: then the copy fails, said below).
    const writer = loadedWordHtml();
    const copied = writer
      ? deps.copy(writer.clipboardPayload(written, annex))
      : loadWordHtml().then((module) => deps.copy(module.clipboardPayload(written, annex)));
    copied.then(
      () => {
        feedbackText = [t().copied(paragraphs, withAnnex), ...(valid ? [] : [t().copiedNotValid])];
        render();
      },
      () => {
        feedbackText = [t().copyFailed];
        render();
        selectContents(preview);
      },
    );
  }

  async function downloadDocx(): Promise<void> {
    if (!bundle || !narrative || !writable()) return;
    const written = narrative;
    const fileName = docxFileName(written);
    feedbackText = [t().building];
    docxButton.disabled = true;
    render();
    try {
      const blob = await deps.buildDocx({ narrative: written, annex: controls.annex.checked ? bundle.annex : undefined });
      const started = deps.download(blob, fileName);
      if (!started) feedbackText = [t().downloadFailed('URL.createObjectURL')];
      else feedbackText = [deps.platform() === 'Mac' ? t().downloadMac(fileName) : t().downloaded(fileName)];
    } catch (error) {
      feedbackText = [t().downloadFailed(errorMessage(error))];
    }
    render();
  }

  writeButton.addEventListener('click', () => void readSheet());
  copyButton.addEventListener('click', copyToWord);
  docxButton.addEventListener('click', () => void downloadDocx());
  const periodChanged = () => {
    forced = false;
    rebuild();
  };
  for (const control of [controls.period, controls.year, controls.from, controls.to]) {
    control.addEventListener('change', periodChanged);
    if (control !== controls.period) control.addEventListener('input', periodChanged);
  }
  controls.unit.addEventListener('change', rebuild);
  controls.unit.addEventListener('input', rebuild);
  context.onLanguageChange(() => {
    if (failure && context.validation.lastValidation && !context.validation.lastValidation.outcome.ok) {
      failure = outcomeProblemText(context.validation.lastValidation.outcome)[context.lang()];
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
