// The "Cộng dồn" panel's body (its own chunk, loaded when its tab is first shown): the workbook's sheets holding an annex, with the period each states; the
// clerk ticks the quarters, the pipeline the CLI runs makes the 6-month, 9-month or annual annex,
// checks the carry-over between each pair and writes the annex as a new sheet with its sources.
import type { PeriodKind } from '../../../core/calendar';
import { periodTableOf } from '../../../core/periods/table-period';
import type { CumulativeKind } from '../../../core/periods/cumulative-period';
import type { PeriodTable } from '../../../core/periods/types';
import type { Lang } from '../../../core/types';
import { validateGrid } from '../../../core/validate';
import { reportingPeriodName } from '../../../i18n/calendar';
import { tablePeriodText } from '../../../i18n/periods/period-text';
import { cumulatePaneTexts as periodPaneTexts, type CumulatePaneTexts as PeriodPaneTexts } from '../../../i18n/periods/cumulate-pane';
import { verdictLine } from '../../../i18n/verdict';
import { errorMessage } from '../../../app/validation';
import { clear, h } from '../../dom';
import { installPeriodStyles } from '../periods/styles';
import type { PaneContext, PanelInstance } from '../types';
import type { CumulateWriteDeps } from './panel';

type Engine = typeof import('./engine');
let engine: Engine | null = null;

/** The cumulative pipeline, loaded once, at the first click. */
async function loadEngine(): Promise<Engine> {
  return (engine ??= await import(/* webpackChunkName: "cumulate" */ './engine'));
}

const LABELS: Array<CumulativeKind | ''> = ['', '6M', '9M', 'Y'];

export function mountCumulatePanel(container: HTMLElement, context: PaneContext, deps: CumulateWriteDeps): PanelInstance & { refresh(): Promise<void> } {
  installPeriodStyles(document);
  const t = (): PeriodPaneTexts => periodPaneTexts[context.lang()];
  const intro = h('p', { className: 'cumulate__intro' });
  const sheetsHeading = h('p', { className: 'field__label' });
  const list = h('ul', { className: 'cumulate__sheets', attrs: { id: 'cumulate-sheets' } });
  const label = h('select', { className: 'field__control', attrs: { id: 'cumulate-label' } });
  const labelText = h('label', { className: 'field__label', attrs: { for: 'cumulate-label' } });
  const year = h('input', {
    className: 'field__control',
    attrs: { id: 'cumulate-year', type: 'text', inputmode: 'numeric', maxlength: '4', autocomplete: 'off' },
  });
  const yearText = h('label', { className: 'field__label', attrs: { for: 'cumulate-year' } });
  const force = h('input', { attrs: { id: 'cumulate-force', type: 'checkbox' } });
  const forceText = h('label', { attrs: { for: 'cumulate-force' } });
  const button = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'cumulate-button' } });
  const status = h('div', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite', id: 'cumulate-status' } });
  const checks = h('div', { className: 'cumulate__check', attrs: { id: 'cumulate-checks' } });
  container.append(
    intro,
    sheetsHeading,
    list,
    h('div', { className: 'cumulate__options' }, [h('div', { className: 'field' }, [labelText, label]), h('div', { className: 'field' }, [yearText, year])]),
    h('div', { className: 'cumulate__force' }, [force, forceText]),
    h('div', { className: 'actions' }, [button]),
    status,
    checks,
  );
  let tables: PeriodTable[] = [];
  const ticked = new Set<string>();
  /** Sheets this panel wrote: written again in place, never a clerk's sheet of the same name. */
  const written: string[] = [];
  let busy = false;

  function setStatus(text: string, kind: 'info' | 'error' | 'ok' = 'info'): void {
    clear(status);
    status.className = `status${kind === 'error' ? ' status--error' : ''}`;
    if (text) status.append(h('p', { text, className: kind === 'ok' ? 'periods__ok' : '' }));
  }

  function renderStatic(): void {
    const texts = t();
    const lang = context.lang();
    intro.textContent = texts.cumulateIntro;
    sheetsHeading.textContent = texts.quartersLabel;
    labelText.textContent = texts.labelLabel;
    yearText.textContent = texts.yearLabel;
    forceText.textContent = texts.forceLabel;
    button.textContent = texts.cumulateButton;
    button.disabled = busy;
    const chosen = label.value;
    clear(label);
    for (const kind of LABELS)
      label.append(h('option', { text: kind === '' ? texts.labelAuto : reportingPeriodName(kind as PeriodKind, undefined, lang), attrs: { value: kind } }));
    label.value = chosen;
    clear(list);
    if (tables.length === 0) list.append(h('li', { text: texts.noQuarterSheets }));
    tables.forEach((table, index) => {
      const id = `cumulate-sheet-${index}`;
      const box = h('input', { attrs: { type: 'checkbox', id, value: table.grid.sheetName } });
      box.checked = ticked.has(table.grid.sheetName);
      box.addEventListener('change', () => (box.checked ? ticked.add(table.grid.sheetName) : ticked.delete(table.grid.sheetName)));
      list.append(
        h('li', {}, [
          box,
          h('label', { attrs: { for: id } }, [
            table.grid.sheetName,
            h('span', { className: 'cumulate__period', text: ` — ${tablePeriodText(table.period, lang)}` }),
          ]),
        ]),
      );
    });
  }

  /** Reads every sheet of the workbook but this panel's own, keeping those that hold an annex table. */
  async function refresh(): Promise<void> {
    try {
      const { names } = await context.excel.listSheets();
      const found: PeriodTable[] = [];
      for (const name of names.filter((n) => !written.includes(n))) {
        const grid = (await context.excel.readSheet({ sheetName: name })).grid;
        const outcome = validateGrid(grid);
        if (outcome.ok) found.push(periodTableOf(grid, outcome.report));
      }
      const fresh = tables.length === 0;
      tables = found;
      // Quarter sheets are offered ticked the first time.
      if (fresh) for (const table of tables) if (table.period.kind?.startsWith('Q')) ticked.add(table.grid.sheetName);
    } catch (error) {
      setStatus(errorMessage(error), 'error');
    }
    renderStatic();
  }

  async function make(): Promise<void> {
    const texts = t();
    const lang: Lang = context.lang();
    clear(checks);
    const chosen = tables.filter((table) => ticked.has(table.grid.sheetName));
    if (chosen.length < 2) return setStatus(texts.chooseTwo, 'error');
    const yearValue = year.value.trim();
    const { planCumulativeAnnex, cumulativeWords, cumulateRefusalText, renderCumulativeWorkbook, renderCheck } = await loadEngine();
    const plan = planCumulativeAnnex(
      chosen,
      {
        label: (label.value || undefined) as CumulativeKind | undefined,
        year: /^\d{4}$/.test(yearValue) ? Number(yearValue) : undefined,
        force: force.checked,
      },
      cumulativeWords,
    );
    const ordered = plan.ready ? plan.model.tables : plan.tables;
    (plan.ready ? plan.model.checks : plan.checks).forEach((check, i) => {
      checks.append(h('h2', { className: 'rule__title', text: `${ordered[i].grid.sheetName} → ${ordered[i + 1].grid.sheetName}` }));
      checks.append(
        ...renderCheck(check, ordered[i], ordered[i + 1], lang, texts, {
          select: (cell) => void context.excel.selectCell(cell.sheet, cell.address).catch(() => undefined),
        }),
      );
    });
    if (!plan.ready) return setStatus(cumulateRefusalText(plan.refusal, plan.tables, lang, texts.forceHint), 'error');
    busy = true;
    setStatus(texts.cumulating);
    renderStatic();
    try {
      // The add-in's sheets stay Vietnamese, like the form, whatever the pane's language.
      const result = await deps.writeSheets({
        workbook: renderCumulativeWorkbook(plan, 'vi'),
        ownSheets: [...written],
        pageLayout: deps.pageLayoutSupported(),
      });
      for (const name of [result.annexName, ...result.sheetNames]) if (!written.includes(name)) written.push(name);
      const period = tablePeriodText({ ...plan.model.period, source: 'title', datesFromCalendar: false, texts: [] }, lang);
      if (plan.model.forced) setStatus(texts.writtenForced(result.annexName), 'error');
      else if (plan.selfCheck.ok && plan.selfCheck.report.summary.verdict === 'valid') setStatus(texts.written(result.annexName, period), 'ok');
      else if (plan.selfCheck.ok) setStatus(texts.selfCheck(verdictLine(plan.selfCheck.report)[lang]), 'error');
    } catch (error) {
      setStatus(texts.writeFailed(errorMessage(error)), 'error');
    }
    busy = false;
    renderStatic();
  }

  button.addEventListener('click', () => void make());
  context.onLanguageChange(() => renderStatic());
  renderStatic();
  return { shown: () => void refresh(), refresh };
}
