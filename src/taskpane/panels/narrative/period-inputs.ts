// The Báo cáo panel's period and unit inputs, what the clerk typed in them, and the box that shows
// a period contradicting the sheet's title with the two ways to go on.
import type { ClerkInput, PeriodChoice, PeriodInputPart } from '../../../core/narrative';
import { PERIOD_KINDS, parsePartialDate, type PeriodKind } from '../../../core/calendar';
import type { Lang } from '../../../core/types';
import type { NarrativePaneTexts } from '../../../i18n/narrative/pane';
import { periodConflictParts, writtenPeriodName, type InputNamer } from '../../../i18n/narrative/period-conflicts';
import { clear, h } from '../../dom';

export interface InputControls {
  period: HTMLSelectElement;
  year: HTMLInputElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  unit: HTMLInputElement;
  annex: HTMLInputElement;
}

export interface PeriodInputs {
  controls: InputControls;
  /** The inputs' grid, to place in the panel. */
  element: HTMLElement;
  /** Sets the labels and options in the pane's language; `sheetPeriod` names what the title says. */
  renderLabels(texts: NarrativePaneTexts, sheetPeriod: string | undefined): void;
}

export function createPeriodInputs(): PeriodInputs {
  const controls: InputControls = {
    period: h('select', { className: 'field__control', attrs: { id: 'narrative-period' } }),
    year: h('input', { className: 'field__control', attrs: { id: 'narrative-year', type: 'text', inputmode: 'numeric', maxlength: '4', autocomplete: 'off' } }),
    from: h('input', { className: 'field__control', attrs: { id: 'narrative-from', type: 'text', autocomplete: 'off' } }),
    to: h('input', { className: 'field__control', attrs: { id: 'narrative-to', type: 'text', autocomplete: 'off' } }),
    unit: h('input', { className: 'field__control', attrs: { id: 'narrative-unit', type: 'text', autocomplete: 'off' } }),
    annex: h('input', { attrs: { id: 'narrative-annex', type: 'checkbox' } }),
  };
  controls.annex.checked = true;
  const labelled = (control: HTMLElement, wide = false) => {
    const label = h('label', { className: 'field__label', attrs: { for: control.id } });
    return { label, field: h('div', { className: wide ? 'field field--wide' : 'field' }, [label, control]) };
  };
  const fields = {
    period: labelled(controls.period),
    year: labelled(controls.year),
    from: labelled(controls.from),
    to: labelled(controls.to),
    unit: labelled(controls.unit, true),
  };
  const annexLabel = h('label', { attrs: { for: 'narrative-annex' } });
  const element = h('div', { className: 'narrative__inputs' }, [
    fields.period.field,
    fields.year.field,
    fields.from.field,
    fields.to.field,
    fields.unit.field,
    h('div', { className: 'narrative__check' }, [controls.annex, annexLabel]),
  ]);

  function renderLabels(texts: NarrativePaneTexts, sheetPeriod: string | undefined): void {
    fields.period.label.textContent = texts.periodLabel;
    fields.year.label.textContent = texts.yearLabel;
    fields.from.label.textContent = texts.fromLabel;
    fields.to.label.textContent = texts.toLabel;
    fields.unit.label.textContent = texts.unitLabel;
    annexLabel.textContent = texts.includeAnnex;
    const chosen = controls.period.value;
    clear(controls.period);
    controls.period.append(h('option', { text: sheetPeriod ? texts.periodFromSheetNamed(sheetPeriod) : texts.periodFromSheet, attrs: { value: '' } }));
    for (const kind of PERIOD_KINDS) controls.period.append(h('option', { text: texts.periodNames[kind], attrs: { value: kind } }));
    controls.period.value = chosen;
    controls.from.placeholder = texts.datePlaceholder;
    controls.to.placeholder = texts.datePlaceholder;
  }

  return { controls, element, renderLabels };
}

/** The clerk's inputs; each field that cannot be read is named in `problems`. Dates may leave out the year. */
export function readClerkInput(controls: InputControls, t: NarrativePaneTexts): { input: ClerkInput; problems: string[] } {
  const input: ClerkInput = {};
  const problems: string[] = [];
  if (controls.period.value) input.kind = controls.period.value as PeriodKind;
  const yearText = controls.year.value.trim();
  if (yearText !== '') {
    if (/^\d{4}$/.test(yearText)) input.year = Number(yearText);
    else problems.push(t.badYear);
  }
  for (const part of ['from', 'to'] as const) {
    const text = controls[part].value.trim();
    if (text === '') continue;
    const date = parsePartialDate(text);
    if (date) input[part] = date;
    else problems.push(t.badDate(part === 'from' ? t.fromLabel : t.toLabel));
  }
  const unit = controls.unit.value.trim();
  if (unit !== '') input.unit = unit;
  return { input, problems };
}

/** Whether the clerk gave any part of the period. */
export function hasPeriodInput(controls: InputControls): boolean {
  return [controls.period, controls.year, controls.from, controls.to].some((control) => control.value.trim() !== '');
}

export function clearPeriodInputs(controls: InputControls): void {
  for (const control of [controls.period, controls.year, controls.from, controls.to]) control.value = '';
}

/** The inputs as the clerk sees them: "kỳ đã chọn “6 tháng đầu năm”", "“Từ ngày” 15/6". */
export function paneInputNamer(controls: InputControls, t: NarrativePaneTexts): InputNamer {
  const name: Record<PeriodInputPart, () => string> = {
    kind: () => t.kindInput(t.periodNames[controls.period.value as PeriodKind] ?? controls.period.value),
    year: () => t.yearInput(controls.year.value.trim()),
    from: () => t.fromInput(controls.from.value.trim()),
    to: () => t.toInput(controls.to.value.trim()),
  };
  return (parts) => parts.map((part) => name[part]()).join(', ');
}

/** The contradiction, plainly, and the ways on: write the title's period, or the chosen one anyway. */
export function renderPeriodConflict(
  box: HTMLElement,
  choice: PeriodChoice | null,
  view: { texts: NarrativePaneTexts; lang: Lang; namer: InputNamer; clerkGavePeriod: boolean },
  actions: { useTitle(): void; force(): void },
): void {
  clear(box);
  box.hidden = !choice || choice.conflicts.length === 0;
  if (!choice || box.hidden) return;
  const { texts, lang } = view;
  box.className = choice.forced ? 'summary summary--warning' : 'summary summary--error';
  const parts = periodConflictParts(choice, view.namer, lang);
  box.append(h('p', { className: 'summary__title', text: parts.lead }));
  for (const reason of parts.reasons) box.append(h('p', { text: `${reason.charAt(0).toLocaleUpperCase(lang)}${reason.slice(1)}.` }));
  if (parts.titleQuote) box.append(h('p', { text: parts.titleQuote }));
  if (choice.forced) box.append(h('p', { text: texts.forcedNote(writtenPeriodName(choice.period, lang)) }));
  else box.append(h('p', { text: view.clerkGavePeriod ? texts.conflictHold : texts.conflictTitleOnly }));
  const buttons: HTMLButtonElement[] = [];
  if (view.clerkGavePeriod) {
    buttons.push(
      h('button', {
        className: 'button button--primary',
        text: texts.useTitle,
        attrs: { type: 'button', id: 'narrative-use-title' },
        on: { click: actions.useTitle },
      }),
    );
  }
  if (!choice.forced) {
    buttons.push(h('button', { className: 'button', text: texts.forceWrite, attrs: { type: 'button', id: 'narrative-force' }, on: { click: actions.force } }));
  }
  if (buttons.length > 0) box.append(h('div', { className: 'actions' }, buttons));
}
