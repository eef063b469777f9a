// One export table → normalised dossier records, with every row that cannot be used listed.
import { foldText } from '../text';
import { normaliseChannel } from './channel';
import { cellText, detectHeader, findHeader, missingRequired } from './columns';
import { detectDayMonthOrder, readDateCell } from './dates';
import type { DayMonthOrder } from './dates';
import { isEnded, normaliseStatus } from './status';
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

/** Trimmed, upper-cased, spaces removed: the same dossier in every system. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s\u00a0\u200b\ufeff]+/g, '').toUpperCase();
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

/** Finds the header and maps the columns of one table, honouring the clerk's mapping. */
export function mapTable(table: ExportTable, mapping: BuildMapping = {}): ColumnMapping | { missing: ColumnKey[] } {
  const wanted = clerkColumns(mapping, table.source);
  const resolve = resolveClerkColumns(wanted);
  const detection = detectHeader(table.rows, resolve);
  if (!detection) return { missing: missingRequired({}) };
  const missing = missingRequired(detection.columns);
  if (missing.length > 0) return { missing };
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

const DATE_KEYS: readonly ColumnKey[] = ['received', 'due', 'returned', 'ended', 'supplementRequested'];

function isBlankRow(row: ExportCell[]): boolean {
  return row.every((cell) => cell === null || cell === '' || (typeof cell === 'string' && cell.trim() === ''));
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
      summary: { source, rowsRead: 0, mapping: null, problem: { missing: mapped.missing } },
    };
  }
  const { columns, headers } = mapped;
  const warnings: BuildWarning[] = [];
  const skipped: SkippedRow[] = [];
  const records: DossierRecord[] = [];
  const dataRows = table.rows.slice(mapped.headerRow + 1);
  const orders: Partial<Record<ColumnKey, DayMonthOrder>> = {};
  for (const key of DATE_KEYS) {
    const col = columns[key];
    if (col !== undefined) orders[key] = detectDayMonthOrder(dataRows.map((row) => row[col] ?? null));
  }
  const overrides = sourceOverrides(mapping, source);
  const status = memo((text) => normaliseStatus(text, mapping.statuses));
  const channel = memo((text) => normaliseChannel(text, mapping.channels));
  const aliases = fieldAliases(mapping);
  const field = memo((text) => aliases.get(foldText(text)) ?? text.replace(/\s+/g, ' ').trim());
  if (columns.status === undefined) warnings.push({ kind: 'no-status-column', source });
  if (columns.channel === undefined && !overrides.channel) warnings.push({ kind: 'no-channel-column', source });
  if (columns.due === undefined) warnings.push({ kind: 'no-due-column', source });
  let unknownChannels = 0;
  let inferredStatuses = 0;
  let rowsRead = 0;

  dataRows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    rowsRead++;
    const line = firstLine + mapped.headerRow + 1 + index;
    const text = (key: ColumnKey): string => {
      const col = columns[key];
      return col === undefined ? '' : cellText(row[col]);
    };
    const skip = (reason: SkippedRow['reason'], key?: ColumnKey, value?: string, code?: string) => {
      skipped.push({ source, line, reason, column: key ? headers[key] : undefined, value, code: code || undefined });
    };
    const rawCode = text('code');
    const code = normaliseCode(rawCode);
    if (code === '') return skip('no-code');
    const dates: Partial<Record<ColumnKey, DayNumber | null>> = {};
    for (const key of DATE_KEYS) {
      const col = columns[key];
      if (col === undefined) continue;
      const cell = readDateCell(row[col] ?? null, orders[key]);
      if (cell.kind === 'bad') return skip('unreadable-date', key, cell.raw, rawCode);
      dates[key] = cell.kind === 'date' ? cell.day : null;
    }
    const fieldName = field(text('field'));
    if (fieldName === '') return skip('no-field', 'field', undefined, rawCode);
    const received = dates.received ?? null;
    if (received === null) return skip('no-received-date', 'received', undefined, rawCode);
    const endDate = dates.returned ?? dates.ended ?? null;
    const statusText = text('status');
    let recordStatus: Status | null;
    let statusInferred = false;
    if (statusText === '') {
      recordStatus = endDate !== null ? 'returned' : 'processing';
      statusInferred = true;
      if (columns.status !== undefined) inferredStatuses++;
    } else {
      recordStatus = status(statusText);
      if (recordStatus === null) return skip('unknown-status', 'status', statusText, rawCode);
    }
    const ended = isEnded(recordStatus) ? endDate : null;
    if (isEnded(recordStatus) && ended === null) {
      return skip('no-end-date', columns.returned !== undefined ? 'returned' : 'ended', statusText, rawCode);
    }
    if (ended !== null && ended < received) {
      const endKey: ColumnKey = dates.returned != null ? 'returned' : 'ended';
      return skip('end-before-received', endKey, text(endKey), rawCode);
    }
    const channelText = text('channel');
    let recordChannel: Channel | null = channelText === '' ? null : channel(channelText);
    if (recordChannel === null) recordChannel = overrides.channel ?? null;
    if (recordChannel === null && columns.channel !== undefined) unknownChannels++;
    records.push({
      code,
      rawCode,
      source,
      line,
      field: fieldName,
      procedure: text('procedure'),
      channel: recordChannel,
      channelText,
      status: recordStatus,
      statusText,
      statusInferred,
      received,
      due: dates.due ?? null,
      ended,
      supplementRequested: dates.supplementRequested ?? null,
    });
  });
  if (unknownChannels > 0) warnings.push({ kind: 'unknown-channel', source, count: unknownChannels });
  if (inferredStatuses > 0) warnings.push({ kind: 'status-inferred', source, count: inferredStatuses });
  return { records, skipped, warnings, summary: { source, rowsRead, mapping: mapped } };
}
