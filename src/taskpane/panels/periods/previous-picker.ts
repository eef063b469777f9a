// The "Kỳ trước" picker of the Kiểm tra and Báo cáo panels: another sheet of the open workbook, or a
// file the clerk chooses (each of its sheets holding an annex), read and validated on demand.
// It talks only to its deps, so the standalone page can give it a file-backed host.
import { periodTableOf } from '../../../core/periods/table-period';
import type { PeriodTable } from '../../../core/periods/types';
import type { Grid, Lang } from '../../../core/types';
import { validateGrid, validateWorkbook } from '../../../core/validate';
import { outcomeProblemText } from '../../../i18n/findings';
import { periodPaneTexts, type PeriodPaneTexts } from '../../../i18n/periods/pane';
import { clear, h } from '../../dom';
import { installPeriodStyles } from './styles';

export interface PreviousSourceDeps {
  listSheets(): Promise<{ names: string[]; active: string }>;
  readSheet(sheetName: string): Promise<Grid>;
  /** A workbook file the clerk chose: its sheets, or an Error whose message is the clerk's line. */
  readFile(file: File, lang: Lang): Promise<Grid[]>;
}

export type PreviousLoad = { kind: 'none' } | { kind: 'table'; table: PeriodTable; where: string } | { kind: 'problem'; message: string };

export interface PreviousPicker {
  element: HTMLElement;
  render(): void;
  /** Lists the workbook's sheets again, leaving out `current` (the table being checked). */
  refresh(current?: string): Promise<void>;
  /** The chosen previous table, read now (a sheet is read again at each call: the clerk may have fixed it). */
  load(): Promise<PreviousLoad>;
  /** Whether anything is chosen. */
  chosen(): boolean;
}

const FILE_CHOICE = '__file__';

export function createPreviousPicker(idPrefix: string, deps: PreviousSourceDeps, lang: () => Lang, onChange: () => void): PreviousPicker {
  installPeriodStyles(document);
  const select = h('select', { className: 'field__control', attrs: { id: `${idPrefix}-previous` } });
  const label = h('label', { className: 'field__label', attrs: { for: `${idPrefix}-previous` } });
  const fileInput = h('input', { attrs: { type: 'file', accept: '.xlsx,.xlsm,.xls,.ods,.et', id: `${idPrefix}-previous-file`, hidden: '' } });
  const problem = h('p', { className: 'status__note status--error', attrs: { id: `${idPrefix}-previous-problem`, role: 'alert' } });
  const element = h('div', { className: 'field periods__picker' }, [label, select, fileInput, problem]);
  const t = (): PeriodPaneTexts => periodPaneTexts[lang()];
  let sheets: string[] = [];
  /** Sheets of files the clerk chose, each holding an annex table. */
  const files: Array<{ fileName: string; grid: Grid }> = [];
  let chosen = '';

  function render(): void {
    label.textContent = t().previousLabel;
    clear(select);
    select.append(h('option', { text: t().noPrevious, attrs: { value: '' } }));
    for (const sheet of sheets) select.append(h('option', { text: t().sheetOption(sheet), attrs: { value: `sheet:${sheet}` } }));
    files.forEach((file, i) => select.append(h('option', { text: t().fileOption(file.fileName, file.grid.sheetName), attrs: { value: `file:${i}` } })));
    select.append(h('option', { text: t().otherFile, attrs: { value: FILE_CHOICE } }));
    const values = [...select.options].map((o) => o.value);
    select.value = values.includes(chosen) ? chosen : '';
  }

  async function refresh(current?: string): Promise<void> {
    try {
      const list = await deps.listSheets();
      sheets = list.names.filter((name) => name !== (current ?? list.active));
    } catch {
      sheets = [];
    }
    render();
  }

  function showProblem(message: string): void {
    problem.textContent = message;
  }

  select.addEventListener('change', () => {
    if (select.value === FILE_CHOICE) {
      select.value = chosen;
      fileInput.click();
      return;
    }
    chosen = select.value;
    showProblem('');
    onChange();
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    showProblem(t().reading);
    void deps.readFile(file, lang()).then(
      (grids) => {
        const withTable = grids.filter((grid) => !grid.hidden && validateGrid(grid).ok);
        if (withTable.length === 0) {
          showProblem(t().noTableInFile(file.name));
          return;
        }
        showProblem('');
        const first = files.length;
        for (const grid of withTable) files.push({ fileName: file.name, grid });
        chosen = `file:${first}`;
        render();
        onChange();
      },
      (error: Error) => showProblem(t().readFailed(error.message)),
    );
  });

  async function load(): Promise<PreviousLoad> {
    if (chosen === '') return { kind: 'none' };
    try {
      if (chosen.startsWith('sheet:')) {
        const sheet = chosen.slice('sheet:'.length);
        const grid = await deps.readSheet(sheet);
        const outcome = validateWorkbook([grid]);
        if (!outcome.ok) return { kind: 'problem', message: t().noTableOnSheet(sheet, outcomeProblemText(outcome)[lang()]) };
        return { kind: 'table', table: periodTableOf(grid, outcome.report), where: t().sheetOption(sheet) };
      }
      const file = files[Number(chosen.slice('file:'.length))];
      const outcome = validateWorkbook([file.grid]);
      if (!outcome.ok) return { kind: 'problem', message: t().noTableInFile(file.fileName) };
      return { kind: 'table', table: periodTableOf(file.grid, outcome.report, file.fileName), where: t().fileOption(file.fileName, file.grid.sheetName) };
    } catch (error) {
      return { kind: 'problem', message: t().readFailed((error as Error).message) };
    }
  }

  render();
  return { element, render, refresh, load, chosen: () => chosen !== '' };
}
