// The carry-over check in the pane: each finding a card whose head selects its cell (this sheet's,
// or the previous sheet's when it is in the open workbook), the outcome, how the field lists differ.
import type { CarryOverCheck } from '../../../core/periods/carry-over';
import type { PeriodFinding, PeriodTable, SheetCell } from '../../../core/periods/types';
import type { Lang } from '../../../core/types';
import { fieldListLines } from '../../../i18n/periods/fields';
import { carryOverSummaryText, periodFindingText } from '../../../i18n/periods/findings';
import type { PeriodPaneTexts } from '../../../i18n/periods/pane';
import { h } from '../../dom';

export interface CheckActions {
  /** Selects a cell of this table's sheet, or of another sheet of the open workbook. */
  select(cell: SheetCell, side: 'previous' | 'current'): void;
}

function target(finding: PeriodFinding, previous: PeriodTable): { cell: SheetCell; side: 'previous' | 'current' } | null {
  if ('current' in finding && Array.isArray(finding.current) && finding.current[0]) return { cell: finding.current[0], side: 'current' };
  if (finding.rule === 'carry-over-unchecked' && finding.cell) return { cell: finding.cell, side: finding.side };
  // A cell of a file the clerk chose cannot be selected in Excel.
  if ('previous' in finding && Array.isArray(finding.previous) && finding.previous[0] && previous.file === undefined)
    return { cell: finding.previous[0], side: 'previous' };
  return null;
}

export function renderCheck(
  check: CarryOverCheck,
  previous: PeriodTable,
  current: PeriodTable,
  lang: Lang,
  texts: Pick<PeriodPaneTexts, 'severity' | 'goToCell'>,
  actions: CheckActions,
): HTMLElement[] {
  const cards = check.findings.map((finding) => {
    const where = target(finding, previous);
    const message = periodFindingText(finding, { currentFile: current.file })[lang];
    const head = [
      h('span', { className: 'finding__head' }, [
        h('span', { className: `badge badge--${finding.severity}`, text: texts.severity[finding.severity] }),
        where
          ? h('span', { className: 'finding__cell', text: where.side === 'current' ? where.cell.address : `${where.cell.sheet}!${where.cell.address}` })
          : null,
      ]),
      h('span', { className: 'finding__message', text: message }),
    ];
    const body = where
      ? h(
          'button',
          {
            className: `finding finding--${finding.severity}`,
            attrs: { type: 'button', 'data-rule': finding.rule, title: texts.goToCell(where.cell.address) },
            on: { click: () => actions.select(where.cell, where.side) },
          },
          head,
        )
      : h('div', { className: `finding finding--${finding.severity}`, attrs: { 'data-rule': finding.rule } }, head);
    return h('li', { className: 'card card--single' }, [body]);
  });
  return [
    h('p', {
      className: `periods__outcome${check.findings.some((f) => f.severity === 'error') ? ' periods__outcome--error' : check.checked ? ' periods__ok' : ''}`,
      text: carryOverSummaryText(check)[lang],
    }),
    ...(cards.length > 0 ? [h('ul', { className: 'findings periods__findings' }, cards)] : []),
    ...fieldListLines(check.fields).map((line) => h('p', { className: 'summary__notice', text: line[lang] })),
  ];
}
