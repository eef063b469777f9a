// Dates of dossier exports, read as calendar dates in Vietnam's time (UTC+7) whatever the
// machine's zone: only Date.UTC arithmetic, never the local-time Date methods.
import { civilFromDay, dayFromCivil, type CalendarDate, type DayNumber } from '../calendar';
import type { ExportCell } from './types';

const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MINUTES = 7 * 60;
/** Excel serial of 1970-01-01 in the 1900 date system. */
const EXCEL_EPOCH_OFFSET = 25_569;

/**
 * The Excel serial of 01/01/2000. Dossier systems are younger than that: a smaller number in a
 * date column is a count (a time limit of 5 or 15 days, a fraction of a day), never a 1900 date.
 */
export const MIN_DATE_SERIAL = 36_526;
/** 01/01/2000 as a day number: a date written before it stands for "no date" (01/01/1900). */
const FIRST_DOSSIER_DAY = MIN_DATE_SERIAL - EXCEL_EPOCH_OFFSET;

/** An Excel serial (wall-clock date and time) → its calendar day; null before 2000 or past 9999. */
export function dayFromExcelSerial(serial: number): DayNumber | null {
  if (!Number.isFinite(serial) || serial < MIN_DATE_SERIAL || serial >= 2_958_466) return null;
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

export function excelSerialFromDay(dayNumber: DayNumber): number {
  return dayNumber + EXCEL_EPOCH_OFFSET;
}

function isValidTime(hour: number, minute: number, second: number): boolean {
  return hour >= 0 && hour <= 24 && minute >= 0 && minute < 60 && second >= 0 && second < 61;
}

/** A moment with an explicit UTC offset → its calendar day in Vietnam. */
function vietnamDayOfInstant(
  civil: CalendarDate,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): DayNumber {
  const utcMs =
    Date.UTC(civil.year, civil.month - 1, civil.day, hour, minute, second) - offsetMinutes * 60_000;
  return Math.floor((utcMs + VIETNAM_OFFSET_MINUTES * 60_000) / MS_PER_DAY);
}

function parseOffset(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return Number.NaN;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Which of the first two numbers of "a/b/yyyy" is the day. Vietnamese exports: day first. */
export type DayMonthOrder = 'dmy' | 'mdy';

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:SA|CH|AM|PM|sa|ch|am|pm)?`;
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T,]+${TIME})?$`);
const TIME_FIRST = new RegExp(String.raw`^${TIME}[ ,]+(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;
const ISO = new RegExp(
  String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$`,
);
const SERIAL_TEXT = /^\d{4,7}(?:[.,]\d+)?$/;

function withTime(day: DayNumber | null, hour?: string, minute?: string, second?: string): DayNumber | null {
  if (day === null) return null;
  if (hour !== undefined && !isValidTime(Number(hour), Number(minute), Number(second ?? 0))) return null;
  return day;
}

function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * The shapes nearly every export uses, without regular expressions: "dd/MM/yyyy" and
 * "dd/MM/yyyy HH:mm[:ss]". undefined: another shape, left to the general parser.
 */
function parseCommonDate(text: string): DayNumber | null | undefined {
  if (text.length !== 10 && text.length !== 16 && text.length !== 19) return undefined;
  if (text.charCodeAt(2) !== 47 || text.charCodeAt(5) !== 47) return undefined;
  const day = digits(text, 0, 2);
  const month = digits(text, 3, 2);
  const year = digits(text, 6, 4);
  if (day < 0 || month < 0 || year < 0) return undefined;
  if (text.length > 10) {
    if (text.charCodeAt(10) !== 32 || text.charCodeAt(13) !== 58) return undefined;
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = text.length === 19 ? (text.charCodeAt(16) === 58 ? digits(text, 17, 2) : -1) : 0;
    if (hour < 0 || minute < 0 || second < 0) return undefined;
    if (!isValidTime(hour, minute, second)) return null;
  }
  return dayFromCivil(year, month, day);
}

/**
 * A date written as text: `dd/MM/yyyy`, `dd/MM/yyyy HH:mm[:ss]`, `HH:mm dd/MM/yyyy`,
 * `yyyyMMdd[HHmm[ss]]`, `yyyy-MM-dd[THH:mm:ss][Z|±hh:mm]`, or an Excel serial typed as text.
 * A time without a zone is Vietnam's local time, so only the date part counts; with a zone the
 * instant is moved to UTC+7 first. Returns null when the text is not a date.
 */
export function parseDateText(raw: string, order: DayMonthOrder = 'dmy'): DayNumber | null {
  const fast = order === 'dmy' ? parseCommonDate(raw) : undefined;
  if (fast !== undefined) return fast;
  const text = raw.replace(/[\u00a0\u202f]/g, ' ').trim();
  let match = SLASHED.exec(text);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    return withTime(dayFromCivil(Number(match[3]), month, day), match[4], match[5], match[6]);
  }
  match = TIME_FIRST.exec(text);
  if (match) {
    const [first, second] = [Number(match[4]), Number(match[5])];
    const [day, month] = order === 'dmy' ? [first, second] : [second, first];
    return withTime(dayFromCivil(Number(match[6]), month, day), match[1], match[2], match[3]);
  }
  match = COMPACT.exec(text);
  if (match) {
    return withTime(dayFromCivil(Number(match[1]), Number(match[2]), Number(match[3])), match[4], match[5], match[6]);
  }
  match = ISO.exec(text);
  if (match) {
    const civilDay = withTime(
      dayFromCivil(Number(match[1]), Number(match[2]), Number(match[3])),
      match[4],
      match[5],
      match[6],
    );
    if (civilDay === null || match[7] === undefined) return civilDay;
    const offset = parseOffset(match[7]);
    if (Number.isNaN(offset)) return null;
    const civil = civilFromDay(civilDay);
    return vietnamDayOfInstant(civil, Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0), offset);
  }
  if (SERIAL_TEXT.test(text)) return dayFromExcelSerial(Number(text.replace(',', '.')));
  return null;
}

/** 20260315, 202603150830 or 20260315083000 stored as a number rather than text: never an Excel serial. */
function isCompactDateNumber(value: number): boolean {
  return (
    Number.isInteger(value) &&
    ((value >= 19_000_101 && value <= 99_991_231) || (value >= 190_001_010_000 && value <= 999_912_312_359) || value >= 19_000_101_000_000)
  );
}

export type DateCell =
  /** `placeholder`: a written date before 2000 (01/01/1900), the "no date" of database exports. */
  | { kind: 'blank'; placeholder?: true }
  | { kind: 'date'; day: DayNumber }
  /** `count`: a number too small to be a date (a number of days, not a date). */
  | { kind: 'bad'; raw: string; count?: true };

const NUMBER_TEXT = /^\d+(?:[.,]\d+)?$/;

/** A number (or a number typed as text) below the year 2000 as a serial: a count, not a date. */
export function isCountNotDate(value: ExportCell): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 && value < MIN_DATE_SERIAL;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return NUMBER_TEXT.test(text) && Number(text.replace(',', '.')) < MIN_DATE_SERIAL;
}

/**
 * A column mapped as a date whose values are mostly small numbers ("Thời hạn giải quyết" = 5, 15)
 * holds day counts, not dates: at least half of its non-blank values (of the first 1,000) are.
 */
export function isCountColumn(values: Iterable<ExportCell>): boolean {
  let filled = 0;
  let counts = 0;
  for (const value of values) {
    if (value === null || value === '' || (typeof value === 'string' && value.trim() === '')) continue;
    filled++;
    if (isCountNotDate(value)) counts++;
    if (filled >= 1000) break;
  }
  return counts > 0 && counts * 2 >= filled;
}

/** A date cell of an export: text in any of the accepted formats, or an Excel serial number. */
export function readDateCell(value: ExportCell, order: DayMonthOrder = 'dmy'): DateCell {
  if (value === null || value === '' || (typeof value === 'string' && value.trim() === '')) return { kind: 'blank' };
  if (typeof value === 'boolean') return { kind: 'bad', raw: String(value) };
  if (typeof value === 'number') {
    const day = isCompactDateNumber(value) ? parseDateText(String(value)) : dayFromExcelSerial(value);
    if (day !== null) return { kind: 'date', day };
    return isCountNotDate(value) ? { kind: 'bad', raw: String(value), count: true } : { kind: 'bad', raw: String(value) };
  }
  const day = parseDateText(value, order);
  if (day !== null) return day < FIRST_DOSSIER_DAY ? { kind: 'blank', placeholder: true } : { kind: 'date', day };
  return isCountNotDate(value) ? { kind: 'bad', raw: value, count: true } : { kind: 'bad', raw: value };
}

/** Values read only day-first (31/03/2026) and only month-first (03/31/2026); stops at the first day-first one. */
export interface DayMonthEvidence {
  onlyDmy: number;
  onlyMdy: number;
}

export function dayMonthEvidence(values: Iterable<ExportCell>): DayMonthEvidence {
  let onlyDmy = 0;
  let onlyMdy = 0;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (!SLASHED.test(text) && !TIME_FIRST.test(text)) continue;
    const dmy = parseDateText(text, 'dmy') !== null;
    const mdy = parseDateText(text, 'mdy') !== null;
    if (dmy && !mdy) onlyDmy++;
    if (mdy && !dmy) onlyMdy++;
    // One day-first proof settles the column (day-first is the default): stop reading it.
    if (onlyDmy > 0) break;
  }
  return { onlyDmy, onlyMdy };
}

/**
 * Day-first unless the values prove otherwise: some value reads only month-first (03/15/2026)
 * and none reads only day-first. Exports saved through an English-locale Excel write M/d/yyyy.
 */
export function detectDayMonthOrder(values: Iterable<ExportCell>): DayMonthOrder {
  const { onlyDmy, onlyMdy } = dayMonthEvidence(values);
  return onlyMdy > 0 && onlyDmy === 0 ? 'mdy' : 'dmy';
}

export interface FileDayMonthOrder {
  /** The order of each date column, by its index in the list given. */
  orders: DayMonthOrder[];
  /** Some columns read only day-first and others only month-first. */
  mixed: boolean;
}

/**
 * One order for every date column of a file: a file is written by one program with one locale,
 * so a column of ambiguous dates (04/10/2026) follows the file's proof from its other columns.
 * When the columns contradict each other (one only day-first, another only month-first) each
 * column with proof keeps its own order, the ambiguous ones are read day-first, and `mixed` says so.
 */
export function detectFileDayMonthOrder(columns: Iterable<ExportCell>[]): FileDayMonthOrder {
  const evidence = columns.map(dayMonthEvidence);
  const dmyColumns = evidence.filter((e) => e.onlyDmy > 0 && e.onlyMdy === 0).length;
  const mdyColumns = evidence.filter((e) => e.onlyMdy > 0 && e.onlyDmy === 0).length;
  const mixed = dmyColumns > 0 && mdyColumns > 0;
  const fileOrder: DayMonthOrder = mdyColumns > 0 && dmyColumns === 0 ? 'mdy' : 'dmy';
  const orders = evidence.map((e): DayMonthOrder => {
    if (e.onlyMdy > 0 && e.onlyDmy === 0) return 'mdy';
    if (e.onlyDmy > 0) return 'dmy';
    return fileOrder;
  });
  return { orders, mixed };
}
