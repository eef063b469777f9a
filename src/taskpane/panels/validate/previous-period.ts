// The Kiểm tra panel's "Kỳ trước": after each validation of a sheet, its carry-over checked against
// the previous period's table the clerk picked (another sheet, or a file), the previous table's own
// verdict shown apart.
import { periodTableOf } from '../../../core/periods/table-period';
import { tablePeriodText } from '../../../i18n/periods/period-text';
import { periodPaneTexts } from '../../../i18n/periods/pane';
import { verdictLine } from '../../../i18n/verdict';
import type { ValidationState } from '../../../app/validation';
import { clear, h } from '../../dom';
import { loadPeriodsEngine } from '../periods/load-engine';
import { createPreviousPicker, type PreviousSourceDeps } from '../periods/previous-picker';
import { excelPreviousSources } from '../periods/sources';
import type { PaneContext } from '../types';

export interface PreviousPeriodView {
  picker: HTMLElement;
  section: HTMLElement;
  /** The sheets of the workbook changed, or which one is validated. */
  refresh(current?: string): void;
}

export function mountPreviousPeriod(context: PaneContext, deps: PreviousSourceDeps = excelPreviousSources(context.excel)): PreviousPeriodView {
  const section = h('div', { className: 'periods', attrs: { id: 'previous-period', 'aria-live': 'polite', hidden: '' } });
  const picker = createPreviousPicker(
    'validate',
    deps,
    () => context.lang(),
    () => void update(),
  );
  let run = 0;

  async function update(): Promise<void> {
    const ticket = ++run;
    const state = context.validation.lastValidation;
    const texts = periodPaneTexts[context.lang()];
    clear(section);
    section.hidden = true;
    if (!state || !state.outcome.ok || !picker.chosen()) return;
    section.hidden = false;
    section.append(h('p', { className: 'status__busy', text: texts.reading }));
    const [loaded, { checkCarryOver, renderCheck }] = await Promise.all([picker.load(), loadPeriodsEngine()]);
    if (ticket !== run) return;
    clear(section);
    if (loaded.kind === 'none') {
      section.hidden = true;
      return;
    }
    const lang = context.lang();
    section.append(h('h2', { className: 'rule__title', text: texts.sectionTitle }));
    if (loaded.kind === 'problem') {
      section.append(h('p', { className: 'status--error', text: loaded.message }));
      return;
    }
    const previous = loaded.table;
    const current = periodTableOf(state.grid, state.outcome.report);
    const check = checkCarryOver(previous, current);
    section.append(
      h('p', { className: 'summary__where', text: texts.previousTable(loaded.where, tablePeriodText(previous.period, lang)) }),
      h('p', { className: 'summary__notice', text: texts.previousVerdict(verdictLine(previous.report)[lang]) }),
      ...renderCheck(check, previous, current, lang, texts, {
        select: (cell, side) =>
          void (side === 'current' ? context.validation.select(cell.address) : context.excel.selectCell(cell.sheet, cell.address).catch(() => undefined)),
      }),
    );
  }

  context.validation.subscribe((state: ValidationState) => {
    if (state.kind === 'validated') void update();
  });
  context.onLanguageChange(() => {
    picker.render();
    void update();
  });
  return { picker: picker.element, section, refresh: (current) => void picker.refresh(current) };
}
