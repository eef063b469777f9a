// The Báo cáo panel's "Kỳ trước": the period to compare with (the previous quarter, or the same one
// last year), read when picked; the narrative then says "tăng 412 hồ sơ, 13,0% so với quý I năm 2026".
import type { ComparisonBasis, NarrativeModel } from '../../../core/narrative';
import { periodTableOf } from '../../../core/periods/table-period';
import type { Grid, ValidationReport } from '../../../core/types';
import { omittedLineNames } from '../../../i18n/narrative/omitted';
import { tablePeriodText } from '../../../i18n/periods/period-text';
import { periodPaneTexts } from '../../../i18n/periods/pane';
import { verdictLine } from '../../../i18n/verdict';
import { clear, h } from '../../dom';
import { loadPeriodsEngine } from '../periods/load-engine';
import { createPreviousPicker, type PreviousLoad, type PreviousSourceDeps } from '../periods/previous-picker';
import { excelPreviousSources } from '../periods/sources';
import type { PaneContext } from '../types';

export interface NarrativePrevious {
  /** The picker, and under it what the narrative is compared with and what may be wrong with that. */
  element: HTMLElement;
  /** The other period's figures, once read; undefined when none is picked. */
  basis(): ComparisonBasis | undefined;
}

/**
 * `changed` rebuilds the narrative (with basis()); `model` is the narrative written then. The
 * picked table is read again after each validation of the sheet (the clerk may have fixed either).
 */
export function createNarrativePrevious(
  context: PaneContext,
  changed: () => void,
  model: () => NarrativeModel | undefined,
  deps: PreviousSourceDeps = excelPreviousSources(context.excel),
): NarrativePrevious {
  const note = h('div', { className: 'narrative__notes', attrs: { id: 'narrative-previous-note' } });
  let loaded: PreviousLoad = { kind: 'none' };
  /** Read with the table: its figures, and the carry-over errors against this sheet. */
  let basis: ComparisonBasis | undefined;
  let brokenLinks = 0;
  let current: { grid: Grid; report: ValidationReport } | undefined;
  let run = 0;
  const picker = createPreviousPicker(
    'narrative',
    deps,
    () => context.lang(),
    () => void reload(),
  );

  async function reload(table?: { grid: Grid; report: ValidationReport }): Promise<void> {
    if (table) current = table;
    const ticket = ++run;
    if (current) await picker.refresh(current.report.sheet);
    const result = await picker.load();
    const engine = result.kind === 'table' ? await loadPeriodsEngine() : null;
    if (ticket !== run) return;
    loaded = result;
    basis = engine && result.kind === 'table' ? engine.comparisonBasis(result.table) : undefined;
    const check = engine && result.kind === 'table' && current ? engine.checkCarryOver(result.table, periodTableOf(current.grid, current.report)) : null;
    brokenLinks = check && check.checked ? engine!.carryOverErrors(check) : 0;
    changed();
    renderNote(model());
  }

  function renderNote(written: NarrativeModel | undefined): void {
    clear(note);
    const lang = context.lang();
    const texts = periodPaneTexts[lang];
    picker.render();
    if (loaded.kind === 'problem') note.append(h('p', { className: 'status--error', text: loaded.message }));
    if (loaded.kind !== 'table' || !written) return;
    const previous = loaded.table;
    note.append(h('p', { text: texts.comparedWith(loaded.where, tablePeriodText(previous.period, lang)) }));
    if (previous.report.summary.verdict !== 'valid') note.append(h('p', { text: texts.previousNotValid(verdictLine(previous.report)[lang]) }));
    if (brokenLinks > 0) note.append(h('p', { text: texts.carryOverBroken(brokenLinks) }));
    const missing = written.comparison?.missing ?? [];
    if (missing.length > 0) note.append(h('p', { text: texts.notCompared(omittedLineNames(missing, lang)) }));
  }

  context.validation.subscribe((state) => {
    if (state.kind === 'validated' && state.outcome.ok) void reload({ grid: state.grid, report: state.outcome.report });
  });
  context.onLanguageChange(() => renderNote(model()));
  const initial = context.validation.lastValidation;
  if (initial?.outcome.ok) current = { grid: initial.grid, report: initial.outcome.report };
  void picker.refresh(current?.report.sheet);
  return {
    element: h('div', { className: 'periods__previous' }, [picker.element, note]),
    basis: () => basis,
  };
}
