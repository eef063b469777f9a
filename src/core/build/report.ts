// The build summary as the clerk reads it (console and task pane): the mapping used, merges,
// every problem, the totals.
import type { Lang } from '../types';
import { formatNumber } from '../numbers';
import { CLI_TEXT, COLUMN_KEY_LABEL, REPORT_TEXT, describeDifferences, statusLabel, describeSkipped, describeWarning } from '../../i18n/build';
import { describeCodeColumns, describeFills } from '../../i18n/build-questions';
import { pendingTotal, receivedTotal, resolvedTotal } from './aggregate';
import { formatDay } from './dates';
import { COLUMN_KEYS } from './types';
import type { BuildResult } from './types';

/** How many skipped rows, conflicts and codes are listed before "and N more". */
const LIST_LIMIT = 10;

function limited<T>(items: T[], describe: (item: T) => string, lang: Lang): string[] {
  const lines = items.slice(0, LIST_LIMIT).map(describe);
  if (items.length > LIST_LIMIT) lines.push(`  … ${CLI_TEXT.andMore[lang].replace('{n}', String(items.length - LIST_LIMIT))}`);
  return lines;
}

/** What the clerk reads on the console: the mapping used, merges, every problem, the totals. */
export function formatBuildReport(result: BuildResult, lang: Lang): string {
  const { summary } = result;
  const lines = [REPORT_TEXT.period(formatDay(result.period.from), formatDay(result.period.to))[lang]];
  for (const source of summary.sources) {
    if (!source.mapping) {
      const missing = (source.problem?.missing ?? []).map((key) => `"${COLUMN_KEY_LABEL[key][lang]}"`).join(', ');
      lines.push(REPORT_TEXT.notDossierList(source.source, missing)[lang]);
      continue;
    }
    lines.push(REPORT_TEXT.source(source.source, source.rowsRead)[lang]);
    for (const key of COLUMN_KEYS) {
      const header = source.mapping.headers[key];
      if (header !== undefined) lines.push(`      ${COLUMN_KEY_LABEL[key][lang].padEnd(22)} ← "${header}"`);
    }
    for (const line of describeCodeColumns(source.codes ?? [], lang)) lines.push(`      ${line}`);
  }
  lines.push(REPORT_TEXT.merged(summary.dossiers, summary.duplicatesMerged, summary.conflicts.length)[lang]);
  lines.push(...limited(summary.conflicts, (c) =>
    REPORT_TEXT.conflict(c.code, `${c.winner.source}: ${c.winner.line} (${statusLabel(c.winner.status, lang)})`, describeDifferences(c.differences, lang))[lang], lang));
  const fills = describeFills(summary.filled, lang);
  if (fills) lines.push(fills);
  lines.push(REPORT_TEXT.counted(summary.counted, summary.outsidePeriod, summary.unanswered)[lang]);
  lines.push(REPORT_TEXT.skipped(summary.skipped.length)[lang]);
  lines.push(...limited(summary.skipped, (row) => `  ${describeSkipped(row, lang)}`, lang));
  const noDue = summary.warnings.filter((w) => w.kind === 'no-due-date');
  const other = summary.warnings.filter((w) => w.kind !== 'no-due-date');
  if (summary.warnings.length > 0) {
    lines.push(REPORT_TEXT.warnings(other.length + (noDue.length > 0 ? 1 : 0))[lang]);
    // Per-dossier warnings can run to thousands: each kind is listed up to the limit.
    const kinds = [...new Set(other.map((w) => w.kind))];
    for (const kind of kinds) {
      lines.push(...limited(other.filter((w) => w.kind === kind), (w) => `  ${describeWarning(w, lang)}`, lang));
    }
    if (noDue.length > 0) {
      const codes = noDue.slice(0, LIST_LIMIT).map((w) => w.code).join(', ') + (noDue.length > LIST_LIMIT ? ', …' : '');
      lines.push(REPORT_TEXT.noDueDates(noDue.length, codes)[lang]);
    }
  }
  const n = (value: number) => formatNumber(value, lang);
  // While a question is open the totals would be short of the unanswered dossiers: not shown.
  if (result.questions.length === 0) lines.push(REPORT_TEXT.totals(n(receivedTotal(result.totals)), n(resolvedTotal(result.totals)), n(pendingTotal(result.totals)))[lang]);
  // Headers wrapped in their cells ("Ngày tiếp\nnhận") and texts from exports stay on their line.
  return lines.map(oneLine).join('\n');
}

function oneLine(line: string): string {
  return line.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ');
}

