// The "Lập phụ lục" panel: choose the sheets or files holding the platforms' dossier lists and
// the period, see and correct the column mapping (remembered in the workbook), build the annex
// onto the sheet "Lập phụ lục từ dữ liệu hồ sơ" with its "Chi tiết" sheet, and click a count to
// see the dossiers counted in it.
import { ANNEX_COLUMN_OF, layoutAnnex, type AnnexSheet } from '../../../core/build/annex';
import { pendingTotal, receivedTotal, resolvedTotal } from '../../../core/build/aggregate';
import { buildAnnexData } from '../../../core/build/build';
import { decodeCsvBytes, parseCsv } from '../../../core/build/csv';
import { formatDay, parsePeriodDate, quarterPeriod } from '../../../core/build/dates';
import { DETAIL_DATE_COLUMNS, DETAIL_WIDTHS, detailHeaders, detailRows } from '../../../core/build/detail';
import { formatBuildReport } from '../../../core/build/report';
import { exportCellFromExcelJs, tableFromGrid } from '../../../core/build/sources';
import { templateFieldsFromGrids } from '../../../core/build/template';
import { ANNEX_COUNT_COLUMNS, COLUMN_KEYS } from '../../../core/build/types';
import type { AnnexCountColumn, BuildMapping, BuildResult, ColumnKey, CountedDossier, ExportTable, Leaf, Period, Status } from '../../../core/build/types';
import { columnLetter } from '../../../core/address';
import { formatNumber } from '../../../core/numbers';
import type { Lang } from '../../../core/types';
import { writeBuildSheets, type BuildSheetsInput, type BuildSheetsResult } from '../../../excel/buildSheet';
import { readBuildSettings, writeBuildSettings, type BuildSettings, emptyBuildSettings } from '../../../excel/buildSettings';
import {
  ADDIN_SHEET_NAME,
  ANNEX_COLUMN_TITLE,
  BUILD_PANE_TEXT,
  CHANNEL_LABEL,
  COLUMN_KEY_LABEL,
  DETAIL_SHEET_NAME,
  FILE_ERROR,
  STATUS_LABEL,
  annexPrintTitle,
  statusLabel,
  annexTitleLines,
  type BuildPaneTexts,
} from '../../../i18n/build';
import { errorMessage } from '../../controller';
import { clear, h } from '../../dom';
import type { PaneContext, PanelDefinition, PanelInstance } from '../types';
import { STATUS_CHOICES, answerQuestion, renderQuestions } from './questions';
import { installBuildStyles } from './styles';

export const BUILD_PANEL_ID = 'build';

/** What the panel needs from Office and the browser, replaceable in tests. */
export interface BuildPanelDeps {
  readSettings(): Promise<BuildSettings>;
  writeSettings(settings: BuildSettings): Promise<void>;
  writeSheets(input: BuildSheetsInput): Promise<BuildSheetsResult>;
  /** ExcelApi 1.9 (page layout, print titles, auto filter). */
  pageLayoutSupported(): boolean;
  readFile(file: File, lang: Lang): Promise<ExportTable[]>;
  /**
   * Calls `onSelect` with the address the clerk selects on the built annex sheet (ExcelApi 1.7
   * selection events); resolves to the function that stops watching.
   */
  watchSelection(sheetName: string, onSelect: (address: string) => void): Promise<() => Promise<void>>;
}

async function watchOfficeSelection(sheetName: string, onSelect: (address: string) => void): Promise<() => Promise<void>> {
  if (typeof Office === 'undefined' || !Office.context.requirements.isSetSupported('ExcelApi', '1.7')) return async () => undefined;
  const registration = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const handler = sheet.onSelectionChanged.add(async (event) => onSelect(event.address));
    await context.sync();
    return handler;
  });
  return () =>
    Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    }).catch(() => undefined);
}

function excelApi19(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  } catch {
    return false;
  }
}

export const officeBuildDeps: BuildPanelDeps = {
  readSettings: () => Excel.run((context) => readBuildSettings(context)),
  writeSettings: (settings) => Excel.run((context) => writeBuildSettings(context, settings)),
  writeSheets: (input) => Excel.run((context) => writeBuildSheets(context, input)),
  pageLayoutSupported: excelApi19,
  readFile: readExportFile,
  watchSelection: watchOfficeSelection,
};

/** A chosen export file: CSV decoded here, .xlsx through exceljs loaded on demand. */
export async function readExportFile(file: File, lang: Lang): Promise<ExportTable[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (isOle) throw new Error(FILE_ERROR.xls(file.name)[lang]);
  if (isZip) {
    const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    // Hidden sheets of an export hold stale or helper data, as the CLI treats them.
    return workbook.worksheets
      .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
      .map((sheet) => ({
        source: `${file.name} › ${sheet.name}`,
        rows: (sheet.getSheetValues() as unknown[][]).slice(1).map((row) => (row ?? []).slice(1).map(exportCellFromExcelJs)),
        firstLine: 1,
      }))
      .filter((table) => table.rows.length > 0);
  }
  const text = decodeCsvBytes(bytes);
  if (/\.(xls|html?)$/i.test(file.name)) {
    throw new Error((text.trimStart().startsWith('<') ? FILE_ERROR.htmlAsXls(file.name) : FILE_ERROR.xls(file.name))[lang]);
  }
  if (text.trim() === '') throw new Error(FILE_ERROR.empty(file.name)[lang]);
  return [{ source: file.name, rows: parseCsv(text), firstLine: 1 }];
}

export function createBuildPanel(deps: BuildPanelDeps = officeBuildDeps): PanelDefinition {
  return {
    id: BUILD_PANEL_ID,
    title: (lang) => BUILD_PANE_TEXT[lang].title,
    mount: (container, context) => mountBuildPanel(container, context, deps),
  };
}

export const buildPanel: PanelDefinition = createBuildPanel();

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

const SHOWN_DOSSIERS = 200;


interface Built {
  result: BuildResult;
  annex: AnnexSheet;
  sheets: BuildSheetsResult;
}

function mountBuildPanel(container: HTMLElement, context: PaneContext, deps: BuildPanelDeps): PanelInstance {
  installBuildStyles(document);
  const t = (): BuildPaneTexts => BUILD_PANE_TEXT[context.lang()];
  let settings: BuildSettings = emptyBuildSettings();
  let sheetNames: string[] = [];
  let activeSheet = '';
  const chosenSheets = new Set<string>();
  let files: { name: string; tables: ExportTable[] }[] = [];
  let built: Built | null = null;
  let lastResult: BuildResult | null = null;
  let busy = false;
  /** Count cells of the built annex ("H9") → what they count, for clicks in the pane and on the sheet. */
  let countCells = new Map<string, { field: string | null; column: AnnexCountColumn }>();
  let stopWatching: (() => Promise<void>) | null = null;

  const intro = h('p', { className: 'build__intro' });
  const sourcesHeading = h('h2', { className: 'build__heading' });
  const sheetsLabel = h('p', { className: 'build__label' });
  const sheetList = h('div', { className: 'build__sheets', attrs: { id: 'build-sheets' } });
  const refreshButton = h('button', { className: 'button build__small', attrs: { type: 'button', id: 'build-refresh' } });
  const filesLabel = h('label', { className: 'build__label', attrs: { for: 'build-files' } });
  const fileInput = h('input', { attrs: { type: 'file', id: 'build-files', multiple: '', accept: '.csv,.xlsx,.txt,.xls' } });
  const fileList = h('ul', { className: 'build__files', attrs: { id: 'build-file-list' } });
  const periodHeading = h('h2', { className: 'build__heading' });
  const fromLabel = h('label', { className: 'field__label', attrs: { for: 'build-from' } });
  const fromInput = h('input', { className: 'field__control', attrs: { id: 'build-from', type: 'text', inputmode: 'numeric', placeholder: '15/03/2026' } });
  const toLabel = h('label', { className: 'field__label', attrs: { for: 'build-to' } });
  const toInput = h('input', { className: 'field__control', attrs: { id: 'build-to', type: 'text', inputmode: 'numeric', placeholder: '14/06/2026' } });
  const quarterLabel = h('label', { className: 'field__label', attrs: { for: 'build-quarter' } });
  const quarterSelect = h('select', { className: 'field__control', attrs: { id: 'build-quarter' } }, ['I', 'II', 'III', 'IV'].map((q, i) => h('option', { text: q, attrs: { value: String(i + 1) } })));
  const yearLabel = h('label', { className: 'field__label', attrs: { for: 'build-year' } });
  const yearInput = h('input', { className: 'field__control', attrs: { id: 'build-year', type: 'text', inputmode: 'numeric', value: String(new Date().getFullYear()) } });
  const fillButton = h('button', { className: 'button build__small', attrs: { type: 'button', id: 'build-fill-quarter' } });
  const templateCheck = h('input', { attrs: { type: 'checkbox', id: 'build-template' } });
  const templateLabel = h('label', { attrs: { for: 'build-template' } });
  const templateSelect = h('select', { className: 'field__control', attrs: { id: 'build-template-sheet' } });
  const buildButton = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'build-button' } });
  const status = h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'build-status' } });
  const questionsBox = h('div', { className: 'build__questions-box', attrs: { id: 'build-questions' } });
  const mapping = h('details', { className: 'build__mapping', attrs: { id: 'build-mapping' } });
  const report = h('div', { className: 'build__report', attrs: { id: 'build-report' } });
  const counts = h('div', { className: 'build__counts', attrs: { id: 'build-counts' } });
  const drill = h('div', { className: 'build__drill', attrs: { id: 'build-drill', 'aria-live': 'polite' } });

  container.append(
    intro,
    sourcesHeading,
    sheetsLabel,
    sheetList,
    h('div', { className: 'actions' }, [refreshButton]),
    filesLabel,
    fileInput,
    fileList,
    periodHeading,
    h('div', { className: 'build__period' }, [
      h('div', { className: 'field' }, [fromLabel, fromInput]),
      h('div', { className: 'field' }, [toLabel, toInput]),
      h('div', { className: 'field' }, [quarterLabel, quarterSelect]),
      h('div', { className: 'field' }, [yearLabel, yearInput]),
    ]),
    h('div', { className: 'actions' }, [fillButton]),
    h('div', { className: 'build__template' }, [templateCheck, templateLabel, templateSelect]),
    h('div', { className: 'actions' }, [buildButton]),
    status,
    questionsBox,
    mapping,
    report,
    counts,
    drill,
  );

  function setStatus(text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
    clear(status);
    status.className = `status${kind === 'error' ? ' status--error' : ''}`;
    if (text) status.append(h('p', { text, className: kind === 'ok' ? 'build__ok' : '' }));
  }

  function renderTexts(): void {
    const texts = t();
    intro.textContent = texts.intro;
    sourcesHeading.textContent = texts.sourcesHeading;
    sheetsLabel.textContent = texts.sheetsLabel;
    refreshButton.textContent = texts.refreshSheets;
    filesLabel.textContent = texts.filesLabel;
    periodHeading.textContent = texts.periodHeading;
    fromLabel.textContent = texts.from;
    toLabel.textContent = texts.to;
    quarterLabel.textContent = texts.quarter;
    yearLabel.textContent = texts.year;
    fillButton.textContent = texts.fillQuarter;
    templateLabel.textContent = ` ${texts.templateCheck} `;
    templateSelect.setAttribute('aria-label', texts.templateSheet);
    buildButton.textContent = texts.build;
    renderSheets();
    renderFiles();
    if (lastResult) renderResult(lastResult);
  }

  function candidateSheets(): string[] {
    return sheetNames.filter((name) => !settings.ownSheets.includes(name));
  }

  function renderSheets(): void {
    clear(sheetList);
    const names = candidateSheets();
    if (names.length === 0) sheetList.append(h('p', { className: 'build__muted', text: t().noSheets }));
    names.forEach((name, index) => {
      const id = `build-sheet-${index}`;
      const box = h('input', { attrs: { type: 'checkbox', id, value: name } });
      box.checked = chosenSheets.has(name);
      box.addEventListener('change', () => (box.checked ? chosenSheets.add(name) : chosenSheets.delete(name)));
      sheetList.append(h('div', { className: 'build__sheet' }, [box, h('label', { text: ` ${name}`, attrs: { for: id } })]));
    });
    clear(templateSelect);
    for (const name of names) {
      const option = h('option', { text: name, attrs: { value: name } });
      option.selected = name === activeSheet;
      templateSelect.append(option);
    }
  }

  function renderFiles(): void {
    clear(fileList);
    files.forEach((file, index) => {
      const remove = h('button', { className: 'button build__small', text: t().removeFile, attrs: { type: 'button', 'data-file': String(index) } });
      remove.addEventListener('click', () => {
        files = files.filter((_, i) => i !== index);
        renderFiles();
      });
      fileList.append(h('li', {}, [h('span', { text: `${file.name} ` }), remove]));
    });
  }

  async function refreshSheets(): Promise<void> {
    try {
      const list = await context.excel.listSheets();
      sheetNames = list.names;
      activeSheet = list.active;
      for (const name of [...chosenSheets]) if (!sheetNames.includes(name)) chosenSheets.delete(name);
      renderSheets();
    } catch (error) {
      setStatus(t().failed(errorMessage(error)), 'error');
    }
  }

  function readPeriod(): Period | string {
    const texts = t();
    const from = parsePeriodDate(fromInput.value);
    if (from === null) return texts.badFrom;
    const to = parsePeriodDate(toInput.value);
    if (to === null) return texts.badTo;
    if (from > to) return texts.reversed;
    const year = Number(yearInput.value.trim());
    const quarter = Number(quarterSelect.value);
    const matches = /^\d{4}$/.test(yearInput.value.trim()) && quarterPeriod(quarter, year).from === from && quarterPeriod(quarter, year).to === to;
    return matches ? { from, to, quarter: ['I', 'II', 'III', 'IV'][quarter - 1], year } : { from, to };
  }

  function fillQuarter(): void {
    const yearText = yearInput.value.trim();
    if (!/^\d{4}$/.test(yearText)) {
      setStatus(t().badYear, 'error');
      return;
    }
    const period = quarterPeriod(Number(quarterSelect.value), Number(yearText));
    fromInput.value = formatDay(period.from);
    toInput.value = formatDay(period.to);
    setStatus('');
  }

  async function saveMapping(mapping: BuildMapping): Promise<void> {
    settings = { ...settings, mapping };
    try {
      await deps.writeSettings(settings);
      setStatus(t().mappingSaved, 'ok');
    } catch (error) {
      setStatus(t().failed(errorMessage(error)), 'error');
    }
  }

  function saveColumnChoice(source: string, key: ColumnKey, header: string): Promise<void> {
    const sources = { ...(settings.mapping.sources ?? {}) };
    const columns = { ...(sources[source]?.columns ?? {}) };
    if (header) columns[key] = header;
    else delete columns[key];
    sources[source] = { ...(sources[source] ?? {}), columns };
    return saveMapping({ ...settings.mapping, sources });
  }

  function saveChannelChoice(source: string, channel: string): Promise<void> {
    const sources = { ...(settings.mapping.sources ?? {}) };
    const entry = { ...(sources[source] ?? {}) };
    if (channel === 'online' || channel === 'direct') entry.channel = channel;
    else delete entry.channel;
    sources[source] = entry;
    return saveMapping({ ...settings.mapping, sources });
  }

  function saveStatusChoice(wording: string, status: string): Promise<void> {
    const statuses = { ...(settings.mapping.statuses ?? {}) };
    if (STATUS_CHOICES.includes(status as Status)) statuses[wording] = status as Status;
    else delete statuses[wording];
    return saveMapping({ ...settings.mapping, statuses });
  }

  function renderMapping(result: BuildResult): void {
    const texts = t();
    const lang = context.lang();
    clear(mapping);
    mapping.append(h('summary', { text: texts.mappingHeading(result.summary.sources.length) }), h('p', { className: 'build__muted', text: texts.mappingHint }));
    result.summary.sources.forEach((source, sourceIndex) => {
      const headers = [...new Set(source.headers.filter((header) => header.trim() !== ''))];
      const rows = COLUMN_KEYS.map((key, keyIndex) => {
        const id = `build-map-${sourceIndex}-${keyIndex}`;
        const select = h('select', { className: 'field__control', attrs: { id, 'data-source': source.source, 'data-key': key } }, [
          h('option', { text: texts.automatic, attrs: { value: '' } }),
          ...headers.map((header) => h('option', { text: header, attrs: { value: header } })),
        ]);
        select.value = settings.mapping.sources?.[source.source]?.columns?.[key] ?? source.mapping?.headers[key] ?? '';
        select.addEventListener('change', () => void saveColumnChoice(source.source, key, select.value));
        return h('tr', {}, [h('th', {}, [h('label', { text: COLUMN_KEY_LABEL[key][lang], attrs: { for: id } })]), h('td', {}, [select])]);
      });
      // Exports without a channel column (the portal's: all online) get the source's channel here.
      const channelId = `build-map-${sourceIndex}-channel-default`;
      const channelSelect = h('select', { className: 'field__control', attrs: { id: channelId, 'data-source': source.source, 'data-default-channel': '' } }, [
        h('option', { text: texts.channelFromColumn, attrs: { value: '' } }),
        h('option', { text: CHANNEL_LABEL.online[lang], attrs: { value: 'online' } }),
        h('option', { text: CHANNEL_LABEL.direct[lang], attrs: { value: 'direct' } }),
      ]);
      channelSelect.value = settings.mapping.sources?.[source.source]?.channel ?? '';
      channelSelect.addEventListener('change', () => void saveChannelChoice(source.source, channelSelect.value));
      rows.push(h('tr', {}, [h('th', {}, [h('label', { text: texts.defaultChannel, attrs: { for: channelId } })]), h('td', {}, [channelSelect])]));
      mapping.append(h('h3', { className: 'build__source', text: source.source }), h('table', { className: 'build__map-table' }, [h('tbody', {}, rows)]));
    });
    // Status wordings the clerk has named: kept here to correct (open ones are asked above).
    const chosen = Object.keys(settings.mapping.statuses ?? {});
    if (chosen.length > 0) {
      mapping.append(h('h3', { className: 'build__source', text: texts.statusesHeading }));
      const rows = chosen.map((wording, index) => {
        const id = `build-status-${index}`;
        const select = h('select', { className: 'field__control', attrs: { id, 'data-status': wording } }, [
          h('option', { text: texts.skipStatus, attrs: { value: '' } }),
          ...STATUS_CHOICES.map((status) => h('option', { text: STATUS_LABEL[status][lang], attrs: { value: status } })),
        ]);
        select.value = settings.mapping.statuses?.[wording] ?? '';
        select.addEventListener('change', () => void saveStatusChoice(wording, select.value));
        return h('tr', {}, [h('th', {}, [h('label', { text: `“${wording}”`, attrs: { for: id } })]), h('td', {}, [select])]);
      });
      mapping.append(h('table', { className: 'build__map-table' }, [h('tbody', {}, rows)]));
    }
    mapping.open = result.summary.sources.some((source) => source.problem);
  }

  function renderResult(result: BuildResult): void {
    lastResult = result;
    renderQuestions(questionsBox, result.questions, t(), context.lang(), (question, value) => void saveMapping(answerQuestion(settings.mapping, question, value)));
    renderMapping(result);
    clear(report);
    report.append(h('h2', { className: 'build__heading', text: t().reportHeading }), h('pre', { className: 'build__summary', text: formatBuildReport(result, context.lang()) }));
    clear(counts);
    clear(drill);
    if (built && built.result === result) renderCounts(built);
  }

  function countValue(result: BuildResult, field: string | null, column: AnnexCountColumn): number {
    const source = field === null ? result.totals : result.fields.find((f) => f.field === field)!.counts;
    if (column === 'received') return receivedTotal(source);
    if (column === 'resolved') return resolvedTotal(source);
    if (column === 'pending') return pendingTotal(source);
    return source[column];
  }

  function renderCounts({ result, annex }: Built): void {
    const texts = t();
    const lang = context.lang();
    countCells = new Map();
    const head = h('tr', {}, [
      h('th', { text: texts.fieldColumn }),
      ...ANNEX_COUNT_COLUMNS.map((column) => h('th', { text: `(${ANNEX_COLUMN_OF[column] + 1})`, attrs: { title: ANNEX_COLUMN_TITLE[column][lang], scope: 'col' } })),
    ]);
    const rowFor = (field: string | null, sheetRow: number) =>
      h('tr', {}, [
        h('th', { text: field ?? texts.totalRow, attrs: { scope: 'row' } }),
        ...ANNEX_COUNT_COLUMNS.map((column) => {
          const value = countValue(result, field, column);
          const cell = `${columnLetter(ANNEX_COLUMN_OF[column])}${sheetRow + 1}`;
          countCells.set(cell, { field, column });
          if (value === 0) return h('td', { text: '0', className: 'build__zero' });
          const button = h('button', {
            className: 'build__count',
            text: formatNumber(value, lang),
            attrs: { type: 'button', 'data-cell': cell, title: ANNEX_COLUMN_TITLE[column][lang] },
          });
          button.addEventListener('click', () => showDossiers(cell));
          return h('td', {}, [button]);
        }),
      ]);
    const rows = annex.fieldRows.map(({ field, row }) => rowFor(field, row));
    rows.push(rowFor(null, annex.totalRow));
    counts.append(
      h('h2', { className: 'build__heading', text: texts.countsHeading }),
      h('p', { className: 'build__muted', text: texts.countsHint }),
      h('div', { className: 'build__scroll' }, [h('table', { className: 'build__table', attrs: { id: 'build-count-table' } }, [h('thead', {}, [head]), h('tbody', {}, rows)])]),
    );
  }

  /** Lists the dossiers counted in a count cell of the built annex ("H9"); false when it is not one. */
  function showDossiers(cell: string): boolean {
    const target = countCells.get(cell);
    if (!built || !target) return false;
    const { result, sheets } = built;
    const { field, column } = target;
    const texts = t();
    const lang = context.lang();
    const found = dossiersInCell(result, field, column);
    clear(drill);
    const select = h('button', { className: 'button build__small', text: texts.showCell, attrs: { type: 'button', id: 'build-select-cell' } });
    select.addEventListener('click', () => void context.excel.selectCell(sheets.annexName, cell).catch((error) => setStatus(t().failed(errorMessage(error)), 'error')));
    const body = found.slice(0, SHOWN_DOSSIERS).map((dossier) => {
      const record = dossier.record;
      const date = (day: number | null) => (day === null ? '' : formatDay(day));
      return h('tr', {}, [
        h('td', { text: record.rawCode.trim() }),
        h('td', { text: date(record.received) }),
        h('td', { text: date(record.due) }),
        h('td', { text: date(record.ended) }),
        h('td', { text: record.statusText || statusLabel(record.status, lang) }),
        h('td', { text: dossier.mergedFrom.map((from) => `${from.source}: ${from.line}`).join('; ') }),
      ]);
    });
    drill.append(
      h('h3', { className: 'build__source', text: texts.dossiersIn(field ?? texts.totalRow, ANNEX_COLUMN_TITLE[column][lang], cell, found.length) }),
      select,
      h('div', { className: 'build__scroll' }, [
        h('table', { className: 'build__table', attrs: { id: 'build-dossiers' } }, [
          h('thead', {}, [h('tr', {}, texts.dossierHeaders.map((text) => h('th', { text })))]),
          h('tbody', {}, body),
        ]),
      ]),
    );
    if (found.length > SHOWN_DOSSIERS) drill.append(h('p', { className: 'build__muted', text: texts.moreDossiers(found.length - SHOWN_DOSSIERS, cell, sheets.detailName) }));
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

  async function readSources(): Promise<ExportTable[]> {
    const tables: ExportTable[] = [];
    for (const name of candidateSheets().filter((sheet) => chosenSheets.has(sheet))) {
      setStatus(t().reading(`“${name}”`));
      tables.push(tableFromGrid((await context.excel.readSheet({ sheetName: name })).grid));
    }
    for (const file of files) tables.push(...file.tables);
    return tables;
  }

  async function build(): Promise<void> {
    if (busy) return;
    const texts = t();
    const lang = context.lang();
    const period = readPeriod();
    if (typeof period === 'string') {
      setStatus(period, 'error');
      return;
    }
    if (![...chosenSheets].some((name) => candidateSheets().includes(name)) && files.length === 0) {
      setStatus(texts.needSource, 'error');
      return;
    }
    busy = true;
    buildButton.disabled = true;
    try {
      let templateFields: string[] | undefined;
      if (templateCheck.checked) {
        const sheet = templateSelect.value;
        const found = templateFieldsFromGrids([(await context.excel.readSheet({ sheetName: sheet })).grid]);
        if (!found) {
          setStatus(texts.noTemplate(sheet), 'error');
          return;
        }
        templateFields = found.fields;
      }
      const tables = await readSources();
      const result = buildAnnexData(tables, { period, mapping: settings.mapping, templateFields });
      built = null;
      renderResult(result);
      const broken = result.summary.sources.find((source) => source.problem);
      if (broken) {
        const missing = broken.problem!.missing.map((key) => `“${COLUMN_KEY_LABEL[key][lang]}”`).join(', ');
        setStatus(texts.sourceProblem(broken.source, missing), 'error');
        return;
      }
      if (result.questions.length > 0) {
        setStatus(texts.questionsOpen(result.summary.unanswered), 'error');
        return;
      }
      if (result.fields.length === 0) {
        setStatus(texts.noDossiers, 'error');
        return;
      }
      const titleLines = annexTitleLines(formatDay(period.from), formatDay(period.to), period.quarter, period.year);
      const annex = layoutAnnex(result.fields, result.totals, { titleLines });
      const sheets = await deps.writeSheets({
        // The sheet names stay Vietnamese, like the form: switching the pane's language must not
        // leave a second annex sheet behind.
        annexName: ADDIN_SHEET_NAME.vi,
        annex,
        printTitle: annexPrintTitle(formatDay(period.from), formatDay(period.to), period.quarter, period.year)[lang],
        detailName: DETAIL_SHEET_NAME.vi,
        detailHeaders: detailHeaders(lang),
        detailWidths: DETAIL_WIDTHS,
        detailRows: detailRows(result, annex, lang),
        detailDateColumns: DETAIL_DATE_COLUMNS,
        ownSheets: settings.ownSheets,
        pageLayout: deps.pageLayoutSupported(),
        onProgress: (done, total) => setStatus(texts.writing(done, total)),
      });
      settings = {
        ...settings,
        from: fromInput.value.trim(),
        to: toInput.value.trim(),
        ownSheets: [...new Set([...settings.ownSheets, sheets.annexName, sheets.detailName])],
        sourceSheets: [...chosenSheets],
      };
      await deps.writeSettings(settings);
      built = { result, annex, sheets };
      renderResult(result);
      await watchAnnex(sheets.annexName);
      await refreshSheets();
      setStatus(texts.built(sheets.annexName, sheets.detailName, result.summary.counted), 'ok');
    } catch (error) {
      setStatus(texts.failed(errorMessage(error)), 'error');
    } finally {
      busy = false;
      buildButton.disabled = false;
    }
  }

  fileInput.addEventListener('change', () => {
    const chosen = [...(fileInput.files ?? [])];
    fileInput.value = '';
    void (async () => {
      for (const file of chosen) {
        try {
          setStatus(t().reading(file.name));
          files.push({ name: file.name, tables: await deps.readFile(file, context.lang()) });
          setStatus('');
        } catch (error) {
          setStatus(errorMessage(error), 'error');
        }
      }
      renderFiles();
    })();
  });
  refreshButton.addEventListener('click', () => void refreshSheets());
  fillButton.addEventListener('click', fillQuarter);
  buildButton.addEventListener('click', () => void build());
  context.onLanguageChange(() => renderTexts());

  renderTexts();
  void (async () => {
    try {
      settings = await deps.readSettings();
    } catch {
      settings = emptyBuildSettings();
    }
    if (settings.from) fromInput.value = settings.from;
    if (settings.to) toInput.value = settings.to;
    for (const name of settings.sourceSheets) chosenSheets.add(name);
    await refreshSheets();
  })();

  return {
    shown: () => void refreshSheets(),
  };
}
