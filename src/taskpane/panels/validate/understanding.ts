// "How the table was read": where the identities came from, the sums and rates checked, the
// sections, and what every row was read as, so that a clerk can see and trust how a form variant
// was understood.
import type { TableModel, TableRow } from '../../../core/types';
import type { PaneTexts } from '../../../i18n/pane';
import { h } from '../../dom';

/** Consecutive rows read the same way, as one line ("Dòng 5–16: lĩnh vực (có số thứ tự)"). */
function rowRuns(rows: TableRow[]): Array<{ first: number; last: number; reason: TableRow['reason'] }> {
  const runs: Array<{ first: number; last: number; reason: TableRow['reason'] }> = [];
  for (const row of rows) {
    if (row.kind === 'blank') continue;
    const last = runs[runs.length - 1];
    if (last && last.reason === row.reason && last.last === row.row) last.last = row.row + 1;
    else runs.push({ first: row.row + 1, last: row.row + 1, reason: row.reason });
  }
  return runs;
}

export function renderUnderstanding(table: TableModel, texts: PaneTexts): HTMLElement {
  const words = texts.understanding;
  const labelOf = new Map(table.rows.map((r) => [r.row + 1, r.label]));
  const runs = rowRuns(table.rows);
  return h('details', { className: 'understanding', attrs: { id: 'understanding' } }, [
    h('summary', { text: words.title }),
    h('p', { text: words.source[table.source] }),
    h('p', { text: words.identities }),
    h(
      'ul',
      { className: 'understanding__list' },
      table.identities.map((i) => h('li', { text: i.text })),
    ),
    table.rates.length ? h('p', { text: words.rates }) : null,
    table.rates.length
      ? h(
          'ul',
          { className: 'understanding__list' },
          table.rates.map((r) => h('li', { text: r.text })),
        )
      : null,
    table.sections.length ? h('p', { text: words.sections(table.sections.length) }) : null,
    h('p', { text: words.rows }),
    h(
      'ul',
      { className: 'understanding__list understanding__rows', attrs: { id: 'understanding-rows' } },
      runs.map((run) => {
        const label = run.first === run.last ? labelOf.get(run.first) : '';
        return h('li', {
          attrs: { 'data-reason': run.reason },
          text: `${words.rowRange(run.first, run.last)}: ${words.rowReasons[run.reason]}${label ? ` — “${label}”` : ''}`,
        });
      }),
    ),
  ]);
}
