// One export table → normalised dossier records, with every row that cannot be used listed.
import { foldText } from '../text';
import { normaliseChannel } from './channel';
import { cellText, detectHeader, findHeader, missingRequired } from './columns';
import type { AmbiguousColumn } from './columns';
import { detectFileDayMonthOrder, isCountColumn, readDateCell } from './dates';
import type { DayMonthOrder } from './dates';
import { isEnded, readStatus } from './status';
import type { StatusReading } from './status';
import type {
  BuildMapping,
  BuildWarning,
  Channel,
  ColumnKey,
  ColumnMapping,
  DayNumber,
  DossierRecord,
  ExportCell,
  ExportTable,
  SkippedRow,
  SourceSummary,
  Status,
} from './types';

export interface TableRead {
  records: DossierRecord[];
  skipped: SkippedRow[];
  warnings: BuildWarning[];
  summary: SourceSummary;
}

const CODE_SPACES = /[\s\u00a0\u200b\ufeff]+/g;
const PLAIN_CODE = /^[\x21-\x7e]*$/;

/** Trimmed, upper-cased, spaces removed: the same dossier in every system. */
export function normaliseCode(raw: string): string {
  const compact = PLAIN_CODE.test(raw) ? raw : raw.replace(CODE_SPACES, '');
  return compact.toUpperCase();
}

function sourceOverrides(mapping: BuildMapping, source: string) {
  const sources = mapping.sources ?? {};
  if (sources[source]) return sources[source];
  // "file.xlsx › Sheet1" also takes the overrides given for "file.xlsx".
  const file = source.split(' › ')[0];
  return sources[file] ?? {};
}

function clerkColumns(mapping: BuildMapping, source: string): Partial<Record<ColumnKey, string>> {
  return { ...(mapping.columns ?? {}), ...(sourceOverrides(mapping, source).columns ?? {}) };
}

function resolveClerkColumns(wanted: Partial<Record<ColumnKey, string>>) {
  return (headers: string[]): Partial<Record<ColumnKey, number>> => {
    const fixed: Partial<Record<ColumnKey, number>> = {};
    for (const [key, header] of Object.entries(wanted) as [ColumnKey, string][]) {
      if (typeof header !== 'string') continue;
      const col = findHeader(headers, header);
      if (col !== null) fixed[key] = col;
    }
    return fixed;
  };
}

/** No header word matched: the first row with several texts is offered to map by hand. */
function likelyHeaderTexts(rows: ExportCell[][]): string[] {
  const row = rows.slice(0, 40).find((line) => line.filter((cell) => typeof cell === 'string' && cell.trim() !== '').length >= 2);
  return (row ?? []).map((cell) => cellText(cell));
}

const DATE_KEYS: readonly ColumnKey[] = ['received', 'due', 'returned', 'ended', 'supplementRequested'];

/** Finds the header and maps the columns of one table, honouring the clerk's mapping. */
export function mapTable(
  table: ExportTable,
  mapping: BuildMapping = {},
):
  | (ColumnMapping & { allHeaders: string[]; ambiguous: AmbiguousColumn[]; countColumns: { key: ColumnKey; header: string }[] })
  | { missing: ColumnKey[]; allHeaders: string[] } {
  const wanted = clerkColumns(mapping, table.source);
  const resolve = resolveClerkColumns(wanted);
  // A date column that holds day counts ("Thời hạn giải quyết" = 5, 15) is set aside and the
  // header mapped again without it (another column may then be the due date).
  const excluded: Partial<Record<ColumnKey, number[]>> = {};
  const countColumns: { key: ColumnKey; header: string }[] = [];
  let detection = detectHeader(table.rows, resolve, excluded);
  for (let round = 0; detection && round <= DATE_KEYS.length; round++) {
    const found = detection;
    const clerk = resolve(found.headers);
    const dataRows = table.rows.slice(found.headerRow + 1);
    const counts = DATE_KEYS.filter((key) => {
      const col = found.columns[key];
      return col !== undefined && clerk[key] === undefined && isCountColumn(dataRows.map((row) => row[col] ?? null));
    });
    if (counts.length === 0) break;
    for (const key of counts) {
      const col = found.columns[key]!;
      excluded[key] = [...(excluded[key] ?? []), col];
      countColumns.push({ key, header: found.headers[col] });
    }
    detection = detectHeader(table.rows, resolve, excluded);
  }
  if (!detection) return { missing: missingRequired({}), allHeaders: likelyHeaderTexts(table.rows) };
  const missing = missingRequired(detection.columns);
  if (missing.length > 0) return { missing, allHeaders: detection.headers };
  const fixed = resolve(detection.headers);
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const [key, col] of Object.entries(detection.columns) as [ColumnKey, number][]) {
    headers[key] = detection.headers[col];
  }
  return {
    headerRow: detection.headerRow,
    columns: detection.columns,
    headers,
    fromMapFile: Object.keys(fixed) as ColumnKey[],
    allHeaders: detection.headers,
    ambiguous: detection.ambiguous.filter((entry) => fixed[entry.key] === undefined),
    countColumns,
  };
}

/** Memoises a normaliser per distinct text: exports repeat a handful of wordings. */
function memo<T>(normalise: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = normalise(text);
      cache.set(text, value);
    }
    return value as T;
  };
}

/** Field names: the clerk's aliases applied, then folded for grouping. */
export function fieldAliases(mapping: BuildMapping): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [from, to] of Object.entries(mapping.fields ?? {})) aliases.set(foldText(from), to.trim());
  return aliases;
}

function isBlankRow(row: ExportCell[]): boolean {
  for (const cell of row) {
    if (cell === null || cell === '') continue;
    if (typeof cell !== 'string' || cell.trim() !== '') return false;
  }
  return true;
}

/** Reads one table's data rows into records. Pure; every unusable row becomes a SkippedRow. */
export function readTable(table: ExportTable, mapping: BuildMapping = {}): TableRead {
  const source = table.source;
  const firstLine = table.firstLine ?? 1;
  const mapped = mapTable(table, mapping);
  if (!('headerRow' in mapped)) {
    return {
      records: [],
      skipped: [],
      warnings: [],
      summary: { source, rowsRead: 0, mapping: null, headers: mapped.allHeaders, problem: { missing: mapped.missing } },
    };
  }
  const { columns, headers, allHeaders } = mapped;
  const warnings: BuildWarning[] = [];
  const skipped: SkippedRow[] = [];
  const records: DossierRecord[] = [];
  const dataRows = table.rows.slice(mapped.headerRow + 1);
  const orders: Partial<Record<ColumnKey, DayMonthOrder>> = {};
  const mappedDateKeys = DATE_KEYS.filter((key) => columns[key] !== undefined);
  const fileOrder = detectFileDayMonthOrder(mappedDateKeys.map((key) => dataRows.map((row) => row[columns[key]!] ?? null)));
  mappedDateKeys.forEach((key, index) => (orders[key] = fileOrder.orders[index]));
  if (fileOrder.mixed) {
    const mdy = mappedDateKeys.filter((key) => orders[key] === 'mdy').map((key) => headers[key] ?? key);
    warnings.push({ kind: 'mixed-date-order', source, others: mdy });
  }
  const overrides = sourceOverrides(mapping, source);
  const status = memo((text): StatusReading | null => readStatus(text, mapping.statuses));
  const channel = memo((text) => normaliseChannel(text, mapping.channels));
  const aliases = fieldAliases(mapping);
  const field = memo((text) => aliases.get(foldText(text)) ?? text.replace(/\s+/g, ' ').trim());
  for (const { key, header } of mapped.countColumns) warnings.push({ kind: 'count-not-date-column', source, key, header });
  for (const entry of mapped.ambiguous) {
    warnings.push({
      kind: 'ambiguous-column',
      source,
      key: entry.key,
      header: allHeaders[entry.chosen],
      others: entry.others.map((col) => allHeaders[col]),
      qualifiers: entry.qualifiers,
    });
  }
  if (columns.status === undefined) warnings.push({ kind: 'no-status-column', source });
  if (columns.channel === undefined && !overrides.channel) warnings.push({ kind: 'no-channel-column', source });
  if (columns.due === undefined) warnings.push({ kind: 'no-due-column', source });
  let unknownChannels = 0;
  let inferredStatuses = 0;
  let placeholderDates = 0;
  let rowsRead = 0;

  const col = (key: ColumnKey): number => columns[key] ?? -1;
  const at = {
    code: col('code'),
    field: col('field'),
    procedure: col('procedure'),
    channel: col('channel'),
    status: col('status'),
  };
  const dateColumns = DATE_KEYS.filter((key) => columns[key] !== undefined).map((key) => ({ key, col: columns[key]!, order: orders[key] }));
  const text = (row: ExportCell[], index: number): string => (index < 0 ? '' : cellText(row[index]));
  const dates: Partial<Record<ColumnKey, DayNumber | null>> = {};
  const headerRow = mapped.headerRow;

  for (let index = 0; index < dataRows.length; index++) {
    const row = dataRows[index];
    if (isBlankRow(row)) continue;
    rowsRead++;
    const line = firstLine + headerRow + 1 + index;
    const rawCode = text(row, at.code);
    const code = normaliseCode(rawCode);
    const skip = (reason: SkippedRow['reason'], key?: ColumnKey, value?: string): void => {
      skipped.push({ source, line, reason, column: key ? headers[key] : undefined, value, code: rawCode || undefined });
    };
    if (code === '') {
      skip('no-code');
      continue;
    }
    let unreadable: { key: ColumnKey; raw: string; count?: true } | null = null;
    for (const { key, col: dateCol, order } of dateColumns) {
      const cell = readDateCell(row[dateCol] ?? null, order);
      if (cell.kind === 'bad') {
        unreadable = { key, raw: cell.raw, count: cell.count };
        break;
      }
      dates[key] = cell.kind === 'date' ? cell.day : null;
      if (cell.kind === 'blank' && cell.placeholder) placeholderDates++;
    }
    if (unreadable) {
      skip(unreadable.count ? 'number-not-date' : 'unreadable-date', unreadable.key, unreadable.raw);
      continue;
    }
    const fieldName = field(text(row, at.field));
    if (fieldName === '') {
      skip('no-field', 'field');
      continue;
    }
    const received = dates.received ?? null;
    if (received === null) {
      skip('no-received-date', 'received');
      continue;
    }
    const returned = dates.returned ?? null;
    const endDate = returned ?? dates.ended ?? null;
    const statusText = text(row, at.status);
    let recordStatus: Status | null;
    let statusInferred = false;
    if (statusText === '') {
      recordStatus = endDate !== null ? 'returned' : 'processing';
      statusInferred = true;
      if (at.status >= 0) inferredStatuses++;
    } else {
      const reading = status(statusText);
      if (reading === null) {
        skip('unknown-status', 'status', statusText);
        continue;
      }
      if (reading === 'not-received') {
        skip('not-received', 'status', statusText);
        continue;
      }
      recordStatus = reading;
    }
    if (isEnded(recordStatus) && endDate === null) {
      // The status says ended and no date column has a value: name the status, which is what is there.
      skip('no-end-date', 'status', statusText);
      continue;
    }
    // The dates decide (pending is judged by the dates, not today's status): a not-ended status
    // with a return / end date is counted as returned on that date, and the conflict is listed.
    const statusDateConflict = !isEnded(recordStatus) && endDate !== null;
    const ended = endDate;
    const endKey: ColumnKey = returned !== null ? 'returned' : 'ended';
    if (ended !== null && ended < received) {
      skip('end-before-received', endKey, text(row, col(endKey)));
      continue;
    }
    if (statusDateConflict) {
      warnings.push({ kind: 'status-date-conflict', source, line, code: rawCode, value: statusText, header: headers[endKey], date: text(row, col(endKey)) });
      recordStatus = 'returned';
    }
    const due = dates.due ?? null;
    if (due !== null && due < received) warnings.push({ kind: 'due-before-received', source, line, code: rawCode });
    const channelText = text(row, at.channel);
    let recordChannel: Channel | null = channelText === '' ? null : channel(channelText);
    if (recordChannel === null) recordChannel = overrides.channel ?? null;
    if (recordChannel === null && at.channel >= 0) unknownChannels++;
    records.push({
      code,
      rawCode,
      source,
      line,
      field: fieldName,
      procedure: text(row, at.procedure),
      channel: recordChannel,
      channelText,
      status: recordStatus,
      statusText,
      statusInferred,
      ...(statusDateConflict ? { statusFromDates: true } : {}),
      received,
      due,
      ended,
      supplementRequested: dates.supplementRequested ?? null,
    });
  }
  if (unknownChannels > 0) warnings.push({ kind: 'unknown-channel', source, count: unknownChannels });
  if (inferredStatuses > 0) warnings.push({ kind: 'status-inferred', source, count: inferredStatuses });
  if (placeholderDates > 0) warnings.push({ kind: 'placeholder-date', source, count: placeholderDates });
  const columnMapping: ColumnMapping = { headerRow: mapped.headerRow, columns, headers, fromMapFile: mapped.fromMapFile };
  return { records, skipped, warnings, summary: { source, rowsRead, mapping: columnMapping, headers: allHeaders } };
}
