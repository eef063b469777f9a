// The "Lập phụ lục" panel: choose the sheets or files holding the platforms' dossier lists and
// the period, answer what the build cannot know, correct the column mapping (remembered in the
// workbook), build the annex with its "Chi tiết" and "Tóm tắt" sheets through the same pipeline
// as the CLI, and click a count to see the dossiers counted in it.
import type { BuildMapping, BuildResult, BuildWarning, ExportTable } from '../../../core/build/types';
import type { Lang } from '../../../core/types';
import type { BuildSettings } from '../../../excel/buildSettings';
import { emptyBuildSettings } from '../../../excel/buildSettings';
import { officeBuildHost, type BuildHost } from '../../../excel/buildHost';
import { BUILD_PANE_TEXT, panePeriodProblem, type BuildPaneTexts } from '../../../i18n/build/pane';
import { errorMessage } from '../../../app/validation';
import { clear, h } from '../../dom';
import type { PaneContext, PanelDefinition, PanelInstance } from '../types';
import type { BuiltAnnex, CountCell } from './drill-down';
import { readExportFile } from './export-files';
import { installBuildStyles } from './styles';
import { createBuildView, renderViewTexts, setStatus, type BuildView } from './view';

export { readExportFile } from './export-files';

type Engine = typeof import('./engine');
let engine: Engine | null = null;

/** The build's code, loaded once, when first needed. */
async function loadEngine(): Promise<Engine> {
  return (engine ??= await import(/* webpackChunkName: "build" */ './engine'));
}

export const BUILD_PANEL_ID = 'build';

/** What the panel needs from Office and the browser, replaceable in tests. */
export interface BuildPanelDeps extends BuildHost {
  readFile(file: File, lang: Lang, onHidden?: (source: string) => void, onFormat?: (format: 'xls' | 'et' | 'ods') => void): Promise<ExportTable[]>;
}

export const officeBuildDeps: BuildPanelDeps = { ...officeBuildHost, readFile: readExportFile };

export function createBuildPanel(deps: BuildPanelDeps = officeBuildDeps): PanelDefinition {
  return {
    id: BUILD_PANEL_ID,
    title: (lang) => BUILD_PANE_TEXT[lang].title,
    mount: (container, context) => mountBuildPanel(container, context, deps),
  };
}

export const buildPanel: PanelDefinition = createBuildPanel();

interface ChosenFile {
  name: string;
  tables: ExportTable[];
  /** Its hidden sheets, not read. */
  hidden: string[];
  /** The format it was read as, when not .xlsx or CSV (said among the warnings). */
  format?: 'xls' | 'et' | 'ods';
}

function mountBuildPanel(container: HTMLElement, context: PaneContext, deps: BuildPanelDeps): PanelInstance {
  installBuildStyles(document);
  const t = (): BuildPaneTexts => BUILD_PANE_TEXT[context.lang()];
  const view: BuildView = createBuildView(container);
  const status = (text: string, kind?: 'info' | 'error' | 'ok') => setStatus(view, text, kind);
  let settings: BuildSettings = emptyBuildSettings();
  let sheetNames: string[] = [];
  let activeSheet = '';
  const chosenSheets = new Set<string>();
  let files: ChosenFile[] = [];
  let built: BuiltAnnex | null = null;
  let lastResult: BuildResult | null = null;
  let busy = false;
  /** Count cells of the built annex ("H9") → what they count, for clicks in the pane and on the sheet. */
  let countCells = new Map<string, CountCell>();
  let stopWatching: (() => Promise<void>) | null = null;

  const candidateSheets = (): string[] => sheetNames.filter((name) => !settings.ownSheets.includes(name));

  function renderSheets(): void {
    clear(view.sheetList);
    const names = candidateSheets();
    if (names.length === 0) view.sheetList.append(h('p', { className: 'build__muted', text: t().noSheets }));
    names.forEach((name, index) => {
      const id = `build-sheet-${index}`;
      const box = h('input', { attrs: { type: 'checkbox', id, value: name } });
      box.checked = chosenSheets.has(name);
      box.addEventListener('change', () => (box.checked ? chosenSheets.add(name) : chosenSheets.delete(name)));
      view.sheetList.append(h('div', { className: 'build__sheet' }, [box, h('label', { text: ` ${name}`, attrs: { for: id } })]));
    });
    clear(view.templateSelect);
    for (const name of names) {
      const option = h('option', { text: name, attrs: { value: name } });
      option.selected = name === activeSheet;
      view.templateSelect.append(option);
    }
  }

  function renderFiles(): void {
    clear(view.fileList);
    files.forEach((file, index) => {
      const remove = h('button', { className: 'button build__small', text: t().removeFile, attrs: { type: 'button', 'data-file': String(index) } });
      remove.addEventListener('click', () => {
        files = files.filter((_, i) => i !== index);
        renderFiles();
      });
      view.fileList.append(h('li', {}, [h('span', { text: `${file.name} ` }), remove]));
    });
  }

  function renderTexts(): void {
    renderViewTexts(view, t());
    renderSheets();
    renderFiles();
    if (lastResult) renderResult(lastResult);
  }

  async function refreshSheets(): Promise<void> {
    try {
      const list = await context.excel.listSheets();
      sheetNames = list.names;
      activeSheet = list.active;
      for (const name of [...chosenSheets]) if (!sheetNames.includes(name)) chosenSheets.delete(name);
      renderSheets();
    } catch (error) {
      status(t().failed(errorMessage(error)), 'error');
    }
  }

  /** The dates of the chosen period kind and year (quarter II = 15/3–14/6; 6 months, 9 months, the year too). */
  async function fillPeriod(): Promise<void> {
    const { formatDay, parsePeriodKind, reportingPeriod } = await loadEngine();
    const yearText = view.yearInput.value.trim();
    const kind = parsePeriodKind(view.kindSelect.value);
    if (!/^\d{4}$/.test(yearText) || kind === null) {
      status(t().badYear, 'error');
      return;
    }
    const period = reportingPeriod(kind, Number(yearText));
    view.fromInput.value = formatDay(period.from);
    view.toInput.value = formatDay(period.to);
    status('');
  }

  async function saveMapping(mapping: BuildMapping): Promise<void> {
    settings = { ...settings, mapping };
    try {
      await deps.writeSettings(settings);
      status(t().mappingSaved, 'ok');
    } catch (error) {
      status(t().failed(errorMessage(error)), 'error');
    }
  }

  /** Shown after a build, so the engine is there. */
  function renderResult(result: BuildResult): void {
    const { answerQuestion, formatBuildReport, renderCountTable, renderMapping, renderQuestions } = engine!;
    lastResult = result;
    const texts = t();
    const lang = context.lang();
    renderQuestions(view.questions, result.questions, texts, lang, (question, value) => void saveMapping(answerQuestion(settings.mapping, question, value)));
    renderMapping(view.mapping, result, () => settings.mapping, texts, lang, (mapping) => void saveMapping(mapping));
    clear(view.report);
    view.report.append(h('h2', { className: 'build__heading', text: texts.reportHeading }), h('pre', { className: 'build__summary', text: formatBuildReport(result, lang) }));
    clear(view.counts);
    clear(view.drill);
    if (built && built.result === result) countCells = renderCountTable(view.counts, built, texts, lang, showDossiers);
  }

  /** Lists the dossiers counted in a count cell of the built annex ("H9"); false when it is not one. */
  function showDossiers(cell: string): boolean {
    const target = countCells.get(cell);
    if (!built || !target) return false;
    const annexName = built.annexName;
    const selectCell = () => void context.excel.selectCell(annexName, cell).catch((error) => status(t().failed(errorMessage(error)), 'error'));
    engine!.renderDossierList(view.drill, built, cell, target, t(), context.lang(), selectCell);
    return true;
  }

  /** A count selected on the annex sheet itself shows its dossiers in the pane. */
  async function watchAnnex(sheetName: string): Promise<void> {
    await stopWatching?.();
    stopWatching = null;
    try {
      stopWatching = await deps.watchSelection(sheetName, (address) => {
        const cell = address.replace(/^.*!/, '').replace(/\$/g, '').split(':')[0].toUpperCase();
        if (showDossiers(cell)) context.activate(BUILD_PANEL_ID);
      });
    } catch {
      // Without selection events the pane's own count table still drills down.
    }
  }

  async function readSources({ tableFromGrid }: Engine): Promise<{ tables: ExportTable[]; fileWarnings: BuildWarning[] }> {
    const tables: ExportTable[] = [];
    for (const name of candidateSheets().filter((sheet) => chosenSheets.has(sheet))) {
      status(t().reading(`“${name}”`));
      tables.push(tableFromGrid((await context.excel.readSheet({ sheetName: name })).grid));
    }
    for (const file of files) tables.push(...file.tables);
    const fileWarnings = [
      ...files.flatMap((file): BuildWarning[] => (file.format ? [{ kind: 'format-read', source: file.name, format: file.format }] : [])),
      ...files.flatMap((file) => file.hidden.map((source): BuildWarning => ({ kind: 'hidden-sheet', source }))),
    ];
    return { tables, fileWarnings };
  }

  async function templateFields({ templateFieldsFromGrids }: Engine, texts: BuildPaneTexts): Promise<string[] | undefined | null> {
    if (!view.templateCheck.checked) return undefined;
    const sheet = view.templateSelect.value;
    const found = templateFieldsFromGrids([(await context.excel.readSheet({ sheetName: sheet })).grid]);
    if (!found) status(texts.noTemplate(sheet), 'error');
    return found ? found.fields : null;
  }

  async function build(): Promise<void> {
    if (busy) return;
    const texts = t();
    const lang = context.lang();
    busy = true;
    view.buildButton.disabled = true;
    try {
      const loaded = await loadEngine();
      const { ADDIN_SHEET_NAMES, COLUMN_KEY_LABEL, isPeriodProblem, periodTitleLines, planAnnexWorkbook, resolveBuildPeriod } = loaded;
      const period = resolveBuildPeriod({ from: view.fromInput.value, to: view.toInput.value });
      if (isPeriodProblem(period)) return status(panePeriodProblem(period, texts), 'error');
      if (![...chosenSheets].some((name) => candidateSheets().includes(name)) && files.length === 0) return status(texts.needSource, 'error');
      const fields = await templateFields(loaded, texts);
      if (fields === null) return;
      const read = await readSources(loaded);
      const plan = planAnnexWorkbook({ ...read, period, mapping: settings.mapping, templateFields: fields, titleLines: periodTitleLines(period), annexName: ADDIN_SHEET_NAMES.annex });
      built = null;
      renderResult(plan.result);
      if (!plan.ready) {
        if (plan.reason === 'unreadable') {
          const broken = plan.unreadable[0];
          const missing = broken.missing.map((key) => `“${COLUMN_KEY_LABEL[key][lang]}”`).join(', ');
          return status(texts.sourceProblem(broken.source, missing), 'error');
        }
        return status(plan.reason === 'questions' ? texts.questionsOpen(plan.result.summary.unanswered) : texts.noDossiers, 'error');
      }
      const sheets = await deps.writeSheets({
        workbook: loaded.renderAnnexWorkbook(plan, lang, ADDIN_SHEET_NAMES),
        ownSheets: settings.ownSheets,
        pageLayout: deps.pageLayoutSupported(),
        onProgress: (done, total) => status(texts.writing(done, total)),
      });
      settings = {
        ...settings,
        from: view.fromInput.value.trim(),
        to: view.toInput.value.trim(),
        ownSheets: [...new Set([...settings.ownSheets, sheets.annexName, ...sheets.sheetNames])],
        sourceSheets: [...chosenSheets],
      };
      await deps.writeSettings(settings);
      built = { result: plan.result, annex: plan.annex, annexName: sheets.annexName, detailName: sheets.sheetNames[0] };
      renderResult(plan.result);
      const selfCheck = loaded.selfCheckLines(plan.selfCheck, lang);
      if (selfCheck.length > 0) view.report.append(h('pre', { className: 'build__summary', text: selfCheck.join('\n'), attrs: { id: 'build-self-check' } }));
      await watchAnnex(sheets.annexName);
      await refreshSheets();
      status(texts.built(sheets.annexName, sheets.sheetNames[0], plan.result.summary.counted), 'ok');
    } catch (error) {
      status(texts.failed(errorMessage(error)), 'error');
    } finally {
      busy = false;
      view.buildButton.disabled = false;
    }
  }

  view.fileInput.addEventListener('change', () => {
    const chosen = [...(view.fileInput.files ?? [])];
    view.fileInput.value = '';
    void (async () => {
      for (const file of chosen) {
        try {
          status(t().reading(file.name));
          const hidden: string[] = [];
          let format: ChosenFile['format'];
          const tables = await deps.readFile(file, context.lang(), (source) => hidden.push(source), (read) => (format = read));
          files.push({ name: file.name, tables, hidden, format });
          status('');
        } catch (error) {
          status(errorMessage(error), 'error');
        }
      }
      renderFiles();
    })();
  });
  view.refreshButton.addEventListener('click', () => void refreshSheets());
  view.fillButton.addEventListener('click', () => void fillPeriod());
  view.buildButton.addEventListener('click', () => void build());
  context.onLanguageChange(() => renderTexts());

  renderTexts();
  void (async () => {
    try {
      settings = await deps.readSettings();
    } catch {
      settings = emptyBuildSettings();
    }
    if (settings.from) view.fromInput.value = settings.from;
    if (settings.to) view.toInput.value = settings.to;
    for (const name of settings.sourceSheets) chosenSheets.add(name);
    await refreshSheets();
  })();

  return {
    shown: () => void refreshSheets(),
  };
}
