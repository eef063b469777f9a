// The build summary as the clerk reads it (console and task pane): the mapping used, the portal's
// codes, merges, blanks filled, every problem, the totals; and the self-check of the built annex.
import { findingText, outcomeProblemText } from '../findings';
import type { Lang } from '../../core/types';
import { formatNumber } from '../../shared/numbers';
import { formatDay } from '../../shared/dates';
import type { BuildResult, ColumnKey } from '../../core/build/types';
import type { ValidateOutcome } from '../../core/types';
import { describeCodeColumns, describeFills } from './codes';
import { COLUMN_KEY_LABEL, describeDifferences, statusLabel } from './labels';
import { describeSkipped, describeWarning } from './problems';

type Texts = Record<Lang, string>;

const REPORT_TEXT = {
  period: (from: string, to: string): Texts => ({ vi: `Kỳ báo cáo: ${from} – ${to}`, en: `Period: ${from} – ${to}` }),
  source: (source: string, rows: number): Texts => ({
    vi: `  ${source}: ${rows} dòng`,
    en: `  ${source}: ${rows} rows`,
  }),
  notDossierList: (source: string, missing: string): Texts => ({
    vi: `  ${source}: bỏ qua, không phải danh sách hồ sơ (thiếu cột ${missing})`,
    en: `  ${source}: ignored, not a dossier list (no ${missing} column)`,
  }),
  merged: (dossiers: number, duplicates: number, conflicts: number): Texts => ({
    vi: `Hồ sơ: ${dossiers} sau khi gộp ${duplicates} bản ghi trùng mã; ${conflicts} hồ sơ các hệ thống ghi khác nhau`,
    en: `Dossiers: ${dossiers} after merging ${duplicates} duplicate records; ${conflicts} the systems disagree on`,
  }),
  counted: (counted: number, outside: number, unanswered = 0): Texts => ({
    vi: `Tính vào kỳ: ${counted} hồ sơ (${outside} hồ sơ ngoài kỳ${unanswered > 0 ? `; ${unanswered} hồ sơ chưa tính, còn chờ trả lời` : ''})`,
    en: `Counted in the period: ${counted} dossiers (${outside} outside it${unanswered > 0 ? `; ${unanswered} not counted, awaiting an answer` : ''})`,
  }),
  totals: (received: string, resolved: string, pending: string): Texts => ({
    vi: `Tiếp nhận (3) = ${received}; đã giải quyết (7) = ${resolved}; đang giải quyết (13) = ${pending}`,
    en: `Received (3) = ${received}; resolved (7) = ${resolved}; pending (13) = ${pending}`,
  }),
  conflict: (code: string, winner: string, differences: string): Texts => ({
    vi: `  ${code}: lấy ${winner}; khác nhau ở ${differences}`,
    en: `  ${code}: used ${winner}; differs in ${differences}`,
  }),
  skipped: (count: number): Texts => ({ vi: `Dòng bị bỏ qua: ${count}`, en: `Rows skipped: ${count}` }),
  warnings: (count: number): Texts => ({ vi: `Lưu ý: ${count}`, en: `Warnings: ${count}` }),
  noDueDates: (count: number, codes: string): Texts => ({
    vi: `  ${count} hồ sơ không có ngày hẹn trả, tính là đúng hạn / trong hạn: ${codes}`,
    en: `  ${count} dossiers without a due date, counted on time / in time: ${codes}`,
  }),
  andMore: (n: number): Texts => ({ vi: `và ${n} mục khác (xem trang Tóm tắt)`, en: `and ${n} more (see the Summary sheet)` }),
  selfCheck: { vi: 'Tự kiểm tra phụ lục vừa lập', en: 'Self-check of the built annex' },
} satisfies Record<string, Texts | ((...args: never[]) => Texts)>;

/** How many skipped rows, conflicts and codes are listed before "and N more". */
const LIST_LIMIT = 10;

function limited<T>(items: T[], describe: (item: T) => string, lang: Lang): string[] {
  const lines = items.slice(0, LIST_LIMIT).map(describe);
  if (items.length > LIST_LIMIT) lines.push(`  … ${REPORT_TEXT.andMore(items.length - LIST_LIMIT)[lang]}`);
  return lines;
}

const COLUMN_KEYS = Object.keys(COLUMN_KEY_LABEL) as ColumnKey[];

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
  const conflictLine = (c: (typeof summary.conflicts)[number]) =>
    REPORT_TEXT.conflict(c.code, `${c.winner.source}: ${c.winner.line} (${statusLabel(c.winner.status, lang)})`, describeDifferences(c.differences, lang))[lang];
  lines.push(...limited(summary.conflicts, conflictLine, lang));
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
  const totals = result.columnTotals;
  // While a question is open the totals would be short of the unanswered dossiers: not shown.
  if (result.questions.length === 0) lines.push(REPORT_TEXT.totals(n(totals.received), n(totals.resolved), n(totals.pending))[lang]);
  // Headers wrapped in their cells ("Ngày tiếp\nnhận") and texts from exports stay on their line.
  return lines.map(oneLine).join('\n');
}

function oneLine(line: string): string {
  return line.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ');
}

/**
 * The built annex validated like any clerk's: nothing when it is clean, else a heading and one
 * line per finding (a finding here is a bug of the build, shown rather than hidden).
 */
export function selfCheckLines(outcome: ValidateOutcome, lang: Lang): string[] {
  if (outcome.ok && outcome.report.findings.length === 0) return [];
  const findings = outcome.ok ? outcome.report.findings.map((f) => `  ${f.anchor} ${findingText(f)[lang]}`) : [`  ${outcomeProblemText(outcome)[lang]}`];
  return [`${REPORT_TEXT.selfCheck[lang]}:`, ...findings];
}
