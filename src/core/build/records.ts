// One export table → normalised dossier records, with every row that cannot be used listed.
import { foldText } from '../text';
import { channelReader, isScientificNumberText, statusReader } from './cell-readings';
import type { StatusCell } from './cell-readings';
import { exportCellText } from './columns';
import { detectFileDayMonthOrder, readDateCell } from './dates';
import type { DayMonthOrder } from './dates';
import { PORTAL_CHANNEL_CODES, PORTAL_STATUS_CODES, codeNumber, isPortalChannelHeader, isPortalStatusHeader } from './portal';
import { isEnded } from './status';
import { DATE_KEYS, mapTable, sourceAnswers } from './table-mapping';
import type {
  BuildMapping,
  BuildWarning,
  Channel,
  CodeTally,
  ColumnKey,
  ColumnMapping,
  DayNumber,
  DossierRecord,
  ExportCell,
  ExportTable,
  SkippedRow,
  SourceSummary,
  Status,
  UnknownPart,
  UnknownReason,
} from './types';

export { mapTable } from './table-mapping';

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


/** How often each portal code occurs in a code column, in code order. */
function codeTallies(key: CodeTally['key'], header: string, counts: Map<number, number>): CodeTally[] {
  const reading = (code: number): CodeTally['reading'] =>
    (key === 'status' ? PORTAL_STATUS_CODES[code]?.reading : PORTAL_CHANNEL_CODES[code]) ?? null;
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([code, count]) => ({ key, header, code, count, reading: reading(code) }));
}

function countCode(counts: Map<number, number>, text: string): void {
  const code = codeNumber(text);
  if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
}

/**
 * Reads one table's data rows into records. Pure; every unusable row becomes a SkippedRow. A
 * channel, status or field the row does not give (and the clerk's answers for the file do not
 * settle) is left unknown on the record, with the reason: the build asks about it, never guesses.
 */
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
  const answers = sourceAnswers(mapping, source);
  const portalStatus = isPortalStatusHeader(headers.status);
  const portalChannel = isPortalChannelHeader(headers.channel);
  const status = memo(statusReader(mapping.statuses, portalStatus));
  const channel = memo(channelReader(mapping.channels, portalChannel));
  const aliases = fieldAliases(mapping);
  const field = memo((text) => aliases.get(foldText(text)) ?? text.replace(/\s+/g, ' ').trim());
  const assumedField = answers.field ? field(answers.field) : '';
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
  if (columns.due === undefined) warnings.push({ kind: 'no-due-column', source });
  let channelsAssumed = 0;
  let fieldsAssumed = 0;
  let statusesFromDates = 0;
  let placeholderDates = 0;
  let rowsRead = 0;
  const statusCodes = new Map<number, number>();
  const channelCodes = new Map<number, number>();

  const col = (key: ColumnKey): number => columns[key] ?? -1;
  const at = {
    code: col('code'),
    field: col('field'),
    procedure: col('procedure'),
    channel: col('channel'),
    status: col('status'),
  };
  const dateColumns = DATE_KEYS.filter((key) => columns[key] !== undefined).map((key) => ({ key, col: columns[key]!, order: orders[key] }));
  const text = (row: ExportCell[], index: number): string => (index < 0 ? '' : exportCellText(row[index]));
  const missing = (index: number): UnknownReason => (index < 0 ? 'no-column' : 'blank');
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
    const statusText = text(row, at.status);
    const channelText = text(row, at.channel);
    if (portalStatus) countCode(statusCodes, statusText);
    if (portalChannel) countCode(channelCodes, channelText);
    const statusCell: StatusCell | null = statusText === '' ? null : status(statusText);
    // A dossier never received needs no receipt date: it is not counted at all.
    if (statusCell?.reading === 'not-received') {
      skip('not-received', 'status', statusText);
      continue;
    }
    let unreadable: { key: ColumnKey; raw: string; reason: SkippedRow['reason'] } | null = null;
    for (const { key, col: dateCol, order } of dateColumns) {
      const value = row[dateCol] ?? null;
      if (isScientificNumberText(value)) {
        unreadable = { key, raw: String(value).trim(), reason: 'scientific-date' };
        break;
      }
      const cell = readDateCell(value, order);
      if (cell.kind === 'bad') {
        unreadable = { key, raw: cell.raw, reason: cell.count ? 'number-not-date' : 'unreadable-date' };
        break;
      }
      dates[key] = cell.kind === 'date' ? cell.day : null;
      if (cell.kind === 'blank' && cell.placeholder) placeholderDates++;
    }
    if (unreadable) {
      skip(unreadable.reason, unreadable.key, unreadable.raw);
      continue;
    }
    const unknown: Partial<Record<UnknownPart, UnknownReason>> = {};
    let fieldName = field(text(row, at.field));
    let fieldAssumed = false;
    if (fieldName === '' && assumedField !== '') {
      fieldName = assumedField;
      fieldAssumed = true;
      fieldsAssumed++;
    } else if (fieldName === '') unknown.field = missing(at.field);
    const received = dates.received ?? null;
    if (received === null) {
      skip('no-received-date', 'received');
      continue;
    }
    const returned = dates.returned ?? null;
    const endedOn = dates.ended ?? null;
    const endsOnEnded = statusCell?.endsOn === 'ended';
    const endDate = endsOnEnded ? endedOn ?? returned : returned ?? endedOn;
    const endKey: ColumnKey = endsOnEnded ? (endedOn !== null ? 'ended' : 'returned') : returned !== null ? 'returned' : 'ended';
    let recordStatus: Status | null = null;
    let statusInferred = false;
    if (statusCell !== null) recordStatus = statusCell.reading as Status;
    else if (statusText === '' && answers.status === 'dates') {
      recordStatus = endDate !== null ? 'returned' : 'processing';
      statusInferred = true;
      statusesFromDates++;
    } else unknown.status = statusText === '' ? missing(at.status) : 'wording';
    if (recordStatus !== null && isEnded(recordStatus) && endDate === null) {
      // The status says ended and no date column has a value: name the status, which is what is there.
      skip('no-end-date', 'status', statusText);
      continue;
    }
    // The dates decide (pending is judged by the dates, not today's status): a not-ended status
    // with a return / end date is counted as returned on that date, and the conflict is listed.
    const statusDateConflict = recordStatus !== null && !isEnded(recordStatus) && endDate !== null;
    if (endDate !== null && endDate < received) {
      skip('end-before-received', endKey, text(row, col(endKey)));
      continue;
    }
    if (statusDateConflict) {
      warnings.push({ kind: 'status-date-conflict', source, line, code: rawCode, value: statusText, header: headers[endKey], date: text(row, col(endKey)) });
      recordStatus = 'returned';
    }
    const due = dates.due ?? null;
    if (due !== null && due < received) warnings.push({ kind: 'due-before-received', source, line, code: rawCode });
    let recordChannel: Channel | null = channelText === '' ? null : channel(channelText);
    let channelAssumed = false;
    if (recordChannel === null && answers.channel) {
      recordChannel = answers.channel;
      channelAssumed = true;
      channelsAssumed++;
    } else if (recordChannel === null) unknown.channel = channelText === '' ? missing(at.channel) : 'wording';
    records.push({
      code,
      rawCode,
      source,
      line,
      field: fieldName,
      ...(fieldAssumed ? { fieldAssumed: true } : {}),
      procedure: text(row, at.procedure),
      channel: recordChannel,
      ...(channelAssumed ? { channelAssumed: true } : {}),
      channelText,
      status: recordStatus,
      statusText,
      statusInferred,
      ...(statusDateConflict ? { statusFromDates: true } : {}),
      ...(Object.keys(unknown).length > 0 ? { unknown } : {}),
      received,
      due,
      ended: endDate,
      supplementRequested: dates.supplementRequested ?? null,
    });
  }
  if (channelsAssumed > 0) warnings.push({ kind: 'channel-assumed', source, count: channelsAssumed, value: answers.channel });
  if (statusesFromDates > 0) warnings.push({ kind: 'status-from-dates', source, count: statusesFromDates });
  if (fieldsAssumed > 0) warnings.push({ kind: 'field-assumed', source, count: fieldsAssumed, field: assumedField });
  if (placeholderDates > 0) warnings.push({ kind: 'placeholder-date', source, count: placeholderDates });
  const columnMapping: ColumnMapping = { headerRow: mapped.headerRow, columns, headers, fromMapFile: mapped.fromMapFile };
  const codes = [...codeTallies('status', headers.status ?? '', statusCodes), ...codeTallies('channel', headers.channel ?? '', channelCodes)];
  return { records, skipped, warnings, summary: { source, rowsRead, mapping: columnMapping, headers: allHeaders, ...(codes.length > 0 ? { codes } : {}) } };
}
