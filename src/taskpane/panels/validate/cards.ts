// The findings as the clerk reads them: one card per mistake, in sections (cells most likely wrong,
// mismatches without a named cell, other errors, what to confirm, warnings). A card's head selects
// its cell; its details list the checks it groups; a totals row in doubt is answered on its card.
import { groupLines } from '../../../i18n/findings';
import type { FindingGroup, Lang, RuleId, ValidationReport } from '../../../core/types';
import { formatFigure, type PaneTexts } from '../../../i18n/pane';
import { h } from '../../dom';

const UNCHECKED: ReadonlySet<RuleId> = new Set(['unread-row', 'ambiguous-total', 'rate-not-checked', 'no-cached-value']);
const RATE_RULES: ReadonlySet<RuleId> = new Set(['rate', 'missing-rate', 'rate-not-checked']);

type SectionKind = keyof PaneTexts['cardSections'];

export interface CardActions {
  select(address: string): void;
  chooseRow(label: string, kind: 'total' | 'field'): void;
}

function sectionOf(report: ValidationReport, group: FindingGroup): SectionKind {
  if (group.kind === 'culprit') return 'culprit';
  if (group.kind === 'undecided') return 'undecided';
  if (group.severity === 'error') return 'error';
  return UNCHECKED.has(report.findings[group.findings[0]].rule) ? 'unchecked' : 'warning';
}

function renderCard(report: ValidationReport, group: FindingGroup, lang: Lang, texts: PaneTexts, actions: CardActions): HTMLElement {
  const first = report.findings[group.findings[0]];
  const [headline, ...more] = groupLines(report, group);
  const isRate = group.kind === 'single' && RATE_RULES.has(first.rule);
  const figures =
    group.kind !== 'undecided' && group.expected !== null && group.actual !== null
      ? texts.expectedFound(formatFigure(group.expected, isRate, lang), formatFigure(group.actual, isRate, lang))
      : null;
  const rowLabel = group.kind === 'single' ? first.rowLabel : undefined;
  const head = h(
    'button',
    {
      className: `finding finding--${group.severity}${group.kind === 'undecided' ? ' finding--undecided' : ''}`,
      attrs: { type: 'button', 'data-cell': group.cell, title: texts.goToCell(group.cell) },
      on: { click: () => actions.select(group.cell) },
    },
    [
      h('span', { className: 'finding__head' }, [
        h('span', { className: `badge badge--${group.severity}`, text: texts.severity[group.severity] }),
        h('span', {
          className: 'finding__cell',
          text: group.kind === 'undecided' && group.candidates?.length ? texts.cellsLabel(group.candidates) : texts.cellLabel(group.cell),
        }),
        group.kind === 'culprit' ? h('span', { className: 'finding__culprit', text: texts.culprit }) : null,
        group.kind === 'undecided' ? h('span', { className: 'finding__undecided', text: texts.undecidedTag }) : null,
        rowLabel ? h('span', { className: 'finding__row', text: rowLabel }) : null,
      ]),
      h('span', { className: 'finding__message', text: headline[lang] }),
      figures ? h('span', { className: 'finding__figures', text: figures }) : null,
    ],
  );
  const lines = more.map((line) => line[lang]);
  const details = lines.length
    ? h('details', { className: 'card__details' }, [
        h('summary', { text: texts.cardDetails(lines.length) }),
        h(
          'ul',
          {},
          lines.map((line) => h('li', { text: line })),
        ),
      ])
    : null;
  const choice =
    first.rule === 'ambiguous-total' && first.rowLabel
      ? h('div', { className: 'card__choice' }, [
          h('button', {
            className: 'button',
            text: texts.chooseTotal,
            attrs: { type: 'button', 'data-choice': 'total' },
            on: { click: () => actions.chooseRow(first.rowLabel as string, 'total') },
          }),
          h('button', {
            className: 'button',
            text: texts.chooseField,
            attrs: { type: 'button', 'data-choice': 'field' },
            on: { click: () => actions.chooseRow(first.rowLabel as string, 'field') },
          }),
        ])
      : null;
  return h('li', { className: `card card--${group.kind}`, attrs: { 'data-kind': group.kind } }, [head, details, choice]);
}

export function renderCards(report: ValidationReport, lang: Lang, texts: PaneTexts, actions: CardActions): HTMLElement[] {
  const order: SectionKind[] = ['culprit', 'undecided', 'error', 'unchecked', 'warning'];
  return order
    .map((kind) => ({ kind, groups: report.groups.filter((g) => sectionOf(report, g) === kind) }))
    .filter((section) => section.groups.length > 0)
    .map(({ kind, groups }) => {
      const headingId = `cards-${kind}`;
      return h('section', { className: 'rule', attrs: { 'data-section': kind } }, [
        h('h2', { className: 'rule__title', attrs: { id: headingId } }, [
          h('span', { text: texts.cardSections[kind] }),
          h('span', { className: 'rule__count', text: String(groups.length) }),
        ]),
        h(
          'ul',
          { className: 'findings', attrs: { 'aria-labelledby': headingId } },
          groups.map((g) => renderCard(report, g, lang, texts, actions)),
        ),
      ]);
    });
}
