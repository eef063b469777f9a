// Checks an existing report text against the table: each figure section I.2 states (counts and
// their rates) is found by its label and compared with the table's count or computed rate.

import { formatNumber, parseNumberText } from '../numbers';
import type { FieldFigures, LocalizedText, Role, TableColumn } from '../types';
import { reconcileTexts } from '../../i18n/narrative';
import { narrativeCounts, rateDenominatorRole, rateOf, type Counts } from './counts';
import { fieldName, fieldsByName } from './fields';

export type ReconcileStatus = 'consistent' | 'mismatch' | 'not-checkable';

/** What a stated figure is about: a role of the table, or a figure the annex does not hold. */
export type StatedSubject = Role | 'payment' | 'digitisation';

export interface ReconcileItem {
  /** 1-based line number in the given text. */
  line: number;
  /** The line as written (trimmed). */
  text: string;
  subject: StatedSubject;
  /** For a figure of one field (the fields paragraph): the field's name as the table writes it. */
  field?: string;
  measure: 'count' | 'rate';
  /** The figure as written, e.g. "3.575" or "98,4%". */
  statedText: string;
  stated: number;
  /** The table's count, or the rate computed from the table at the stated precision. */
  expected: number | null;
  status: ReconcileStatus;
  message: LocalizedText;
}

export interface ReconcileReport {
  /** Lines (1-based, inclusive) of section I.2, or null when no such heading was found. */
  section: { start: number; end: number } | null;
  items: ReconcileItem[];
  summary: { consistent: number; mismatch: number; notCheckable: number };
}

type Block = 'received' | 'resolved' | 'pending' | null;

interface LabelRule {
  pattern: RegExp;
  /** A fixed subject, or one that depends on the group the text is in ("quá hạn"). */
  subject: StatedSubject | ((block: Block) => StatedSubject | null);
}

// Patterns run on folded text (no accents, lower case, đ → d). Longer, more specific labels first.
const RULES: LabelRule[] = [
  { pattern: /thanh toan (phi|le phi)|phi, le phi|paid online|fees? (and charges )?paid/, subject: 'payment' },
  { pattern: /so hoa|digiti[sz]/, subject: 'digitisation' },
  { pattern: /tong so ho so (da )?tiep nhan|total dossiers received|tong so tiep nhan|tiep nhan (tong so|tong cong)/, subject: 'received' },
  { pattern: /tiep nhan truc tuyen|nop truc tuyen|received online/, subject: 'received.online' },
  { pattern: /tiep nhan (truc tiep|qua buu chinh)|in person/, subject: 'received.direct' },
  { pattern: /tiep nhan (moi )?trong ky|received in the period/, subject: 'received.new' },
  { pattern: /ky truoc chuyen (sang|qua)|tu ky truoc|ton ky truoc|carried over/, subject: 'received.carried' },
  // The parts of "resolved" come before the group's own label: "đã giải quyết đúng hạn: N" is the part.
  { pattern: /(dung|truoc)( han)?(,| va| hoac) (truoc|dung) han|on time or early|early or on time|early and on time|on time and early/, subject: 'resolved.early+onTime' },
  { pattern: /(?<!dang )(tra |giai quyet )?truoc han|returned early/, subject: 'resolved.early' },
  { pattern: /(?<!dang )(tra |giai quyet )?dung han|returned on time/, subject: 'resolved.onTime' },
  { pattern: /tra qua han|(?<!dang )giai quyet qua han|returned late/, subject: 'resolved.late' },
  { pattern: /tu choi|khong (duoc )?giai quyet|rejected/, subject: 'resolved.rejected' },
  // "Hồ sơ rút", "công dân rút 12 hồ sơ", "Số hồ sơ đã rút: 12"; not "rút ngắn thời gian", "rút kinh nghiệm".
  { pattern: /ho so rut|rut ho so|withdrawn|(?<![a-z])rut(?![a-z])(?! (gon|ngan|bot|ra|kinh nghiem))/, subject: 'resolved.withdrawn' },
  {
    pattern: /(da )?(xu ly|giai quyet) va tra ket qua|(?<![a-z])da (giai quyet|xu ly)|processed and returned|dossiers resolved/,
    subject: 'resolved',
  },
  { pattern: /dang (giai quyet|xu ly)|chua (giai quyet|xu ly)|ho so ton(?![a-z])(?! ky| tu ky)|being processed/, subject: 'pending' },
  { pattern: /trong han|within the time limit/, subject: (block) => (block === 'pending' ? 'pending.inTime' : null) },
  { pattern: /qua han|overdue/, subject: (block) => (block === 'pending' ? 'pending.overdue' : 'resolved.late') },
  { pattern: /bo sung|additional documents/, subject: 'pending.supplement' },
];

/**
 * The group a figure with a fixed subject puts the text in: "đang giải quyết 57" and "chờ bổ sung
 * 10" are about pending dossiers, so a later bare "quá hạn" is pending overdue. Taken from the
 * words, not from bullets: Word list bullets, flat "-" lists and running prose carry no markers.
 */
function groupOf(subject: StatedSubject): Block {
  if (subject === 'payment' || subject === 'digitisation') return null;
  const group = subject.split('.')[0];
  return group === 'received' || group === 'resolved' || group === 'pending' ? group : null;
}

/** The fields paragraph names per-field counts: not totals of section I.2. */
const FIELD_LINE = /^[-–•+]?\s*(cac linh vuc|linh vuc|khong co linh vuc|fields? (with|of)|no field)/;

const SECTION_HEADING = /^\s*(?:i\.\s*)?2\s*[.)]\s*(ket qua tiep nhan|ket qua giai quyet|tiep nhan va)|^\s*2\.\s*administrative-procedure/;
const NEXT_HEADING = /^\s*(?:\d+\s*[.)]|[ivx]+\s*[.)])\s+\S/;

/** Folds each character alone so that indexes in the folded text are indexes in the original. */
function foldKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (folded === 'đ') folded = 'd';
    out += folded.length === ch.length ? folded : ch.length === 1 ? ' ' : ch;
  }
  return out;
}

// "3.575", "3,575", "3 575", "98,4%", "98.4 %": parseNumberText decides which separator is which.
const NUMBER_TOKEN = /(?<![\d/.,])(\d{1,3}(?:[  ]\d{3})+|\d+(?:[.,]\d+)*)(?![\d/])(\s*%)?/g;

/**
 * A number followed by another unit is not a dossier count: "đã giải quyết 02 ý kiến phản ánh",
 * "sửa đổi, bổ sung 25 thủ tục", "rút ngắn 5 ngày".
 */
const OTHER_UNIT =
  /^\s*(thu tuc|tthc|y kien|phan anh|kien nghi|cong van|van ban|quyet dinh|ke hoach|bao cao|luot|nguoi|can bo|cong chuc|vien chuc|ngay|thang|nam|gio|phut|lan|don vi|linh vuc|dich vu|procedures?|days?|months?|times|people|comments?)(?![a-z])/;

interface NumberToken {
  index: number;
  /** Followed by a unit other than dossiers ("25 thủ tục"). */
  otherUnit: boolean;
  raw: string;
  value: number;
  decimals: number;
  percent: boolean;
  /** "1.000%" is 1 in English and 1000 in Vietnamese: the other reading, when there is one. */
  grouped?: number;
}

function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    const raw = match[0].replace(/\s+%$/, '%');
    const parsed = parseNumberText(raw.replace(/[  ]/g, ''));
    if (!parsed) continue;
    // "năm 2026", "tháng 4" and footnote-style numbers are not figures.
    const before = text.slice(Math.max(0, (match.index ?? 0) - 8), match.index).toLowerCase();
    if (!parsed.percent && /(nam|thang|ngay|quy|year|month)\s*$/.test(before)) continue;
    const index = match.index ?? 0;
    const otherUnit = !parsed.percent && OTHER_UNIT.test(text.slice(index + match[0].length, index + match[0].length + 24));
    const token: NumberToken = { index, otherUnit, raw, value: parsed.value, decimals: parsed.decimals, percent: parsed.percent };
    if (parsed.percent && /^\d{1,3}([.,]\d{3})+%$/.test(raw)) token.grouped = Number(raw.replace(/[.,%]/g, ''));
    tokens.push(token);
  }
  return tokens;
}

interface LabelHit {
  index: number;
  end: number;
  rule: LabelRule;
}

function labelHits(folded: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const rule of RULES) {
    const global = new RegExp(rule.pattern.source, 'g');
    for (const match of folded.matchAll(global)) {
      const index = match.index ?? 0;
      const end = index + match[0].length;
      if (hits.some((h) => index < h.end && end > h.index)) continue;
      hits.push({ index, end, rule });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

function findSection(lines: string[]): { start: number; end: number } | null {
  const start = lines.findIndex((line) => SECTION_HEADING.test(foldKeepingLength(line.normalize('NFC'))));
  if (start < 0) return null;
  let end = lines.length - 1;
  for (let i = start + 1; i < lines.length; i++) {
    if (NEXT_HEADING.test(foldKeepingLength(lines[i].normalize('NFC')))) {
      end = i - 1;
      break;
    }
  }
  return { start, end };
}

export interface ReconcileOptions {
  /** The table's columns, to name them in messages ("(4)"); optional. */
  columns?: TableColumn[];
  /** The table's field rows, to check the fields paragraph ("Chứng thực 1.922 hồ sơ (53,8%)"). */
  fields?: FieldFigures[];
}

/** How the table names the column(s) of a count: "(4)", "(4)+(5)", or a column letter. */
function columnRef(role: Role, columns: TableColumn[] | undefined): string {
  const name = (r: Role) => {
    const column = columns?.find((c) => c.role === r);
    if (!column) return undefined;
    return column.number !== undefined ? `(${column.number})` : column.letter;
  };
  const direct = name(role);
  if (direct) return direct;
  const parts: Record<string, Role[]> = {
    'received.new': ['received.online', 'received.direct'],
    'resolved.early+onTime': ['resolved.early', 'resolved.onTime'],
  };
  const derived = parts[role]?.map(name);
  if (derived && derived.every((n) => n !== undefined)) return derived.join('+');
  if (role === 'received.new') {
    const received = name('received');
    const carried = name('received.carried');
    if (received && carried) return `${received}-${carried}`;
  }
  return role;
}

/**
 * What a label may mean in a clerk's words, most likely first; a mismatch is reported against the
 * first the table has. "Đúng hạn" alone usually counts the early ones too — the official indicator
 * "tỷ lệ hồ sơ giải quyết đúng hạn" is early plus on time — so it is (8)+(9) first, (9) alone second;
 * but when the same line states "trước hạn" as a figure of its own ("trước hạn: 3.000; đúng hạn:
 * 488"), "đúng hạn" is the rest: (9) first.
 */
function meaningsOf(subject: Role, counts: Counts, earlyStated: boolean): Role[] {
  const meanings: Role[] =
    subject === 'resolved.onTime' ? (earlyStated ? ['resolved.onTime', 'resolved.early+onTime'] : ['resolved.early+onTime', 'resolved.onTime']) : [subject];
  return meanings.filter((role) => counts[role] !== undefined);
}

/** The group total a part may also be taken against: "trong hạn 47 (82,5%)" of the 57 pending. */
function parentRole(role: Role): Role | undefined {
  if (role.startsWith('resolved.')) return 'resolved';
  if (role.startsWith('pending.')) return 'pending';
  return undefined;
}

type Check = Pick<ReconcileItem, 'expected' | 'status' | 'message'>;

function checkCount(subject: Role, token: NumberToken, counts: Counts, columns: TableColumn[] | undefined, earlyStated: boolean): Check & { meaning: Role } {
  const label = reconcileTexts.labels[subject];
  const stated: [string, string] = [formatNumber(token.value, 'vi'), formatNumber(token.value, 'en')];
  const meanings = meaningsOf(subject, counts, earlyStated);
  if (meanings.length === 0) {
    return { meaning: subject, expected: null, status: 'not-checkable', message: reconcileTexts.columnMissing(label, stated[0], stated[1]) };
  }
  const meaning = meanings.find((role) => counts[role] === token.value);
  if (meaning) {
    const column = reconcileTexts.column(columnRef(meaning, columns));
    return { meaning, expected: token.value, status: 'consistent', message: localize((lang) => reconcileTexts.countMatches(label, stated[0], stated[1], column[lang])[lang]) };
  }
  const likeliest = meanings[0];
  const expected = counts[likeliest] as number;
  const column = reconcileTexts.column(columnRef(likeliest, columns));
  const table: [string, string] = [formatNumber(expected, 'vi'), formatNumber(expected, 'en')];
  return { meaning: likeliest, expected, status: 'mismatch', message: localize((lang) => reconcileTexts.countDiffers(label, stated, table, column[lang])[lang]) };
}

/** The rate as stated, on the table's counts, for one numerator/denominator pair; null when it cannot be computed. */
function statedPrecisionRate(token: NumberToken, numerator: number, denominator: number): { value: number; text?: number } | null {
  // A rate written "100%" or "98,4%" is checked at one decimal at least: the narrative's own precision.
  const value = rateOf(numerator, denominator, Math.max(token.decimals, 1));
  if (value === null) return null;
  // "1.000%" may be a thousand percent written the Vietnamese way.
  if (token.grouped !== undefined && value !== token.value && rateOf(numerator, denominator, 1) === token.grouped) return { value: token.grouped, text: token.grouped };
  return { value };
}

/** `meaning`: what the line's count matched, tried first. */
function checkRate(subject: Role, meaning: Role | undefined, token: NumberToken, counts: Counts, columns: TableColumn[] | undefined, earlyStated: boolean): Check {
  const label = reconcileTexts.labels[subject];
  let stated: [string, string] = [`${formatNumber(token.value, 'vi')}%`, `${formatNumber(token.value, 'en')}%`];
  const grouped = (ref: string) => (/[+-]/.test(ref) ? `(${ref})` : ref);
  const definitionOf = (numerator: Role, denominator: Role) => `${grouped(columnRef(numerator, columns))}/${grouped(columnRef(denominator, columns))}`;
  const numerators = [...new Set([...(meaning ? [meaning] : []), ...meaningsOf(subject, counts, earlyStated)])].filter((role) => counts[role] !== undefined);
  const denominators = [rateDenominatorRole(subject), parentRole(subject)].filter((role): role is Role => role !== undefined);
  let primary: { value: number; definition: string } | null = null;
  for (const numeratorRole of numerators) {
    for (const denominatorRole of denominators) {
      const numerator = counts[numeratorRole];
      const denominator = counts[denominatorRole];
      if (numerator === undefined || denominator === undefined) continue;
      const rate = statedPrecisionRate(token, numerator, denominator);
      const definition = definitionOf(numeratorRole, denominatorRole);
      if (rate === null) continue;
      primary ??= { value: rate.value, definition };
      if (rate.value === (rate.text ?? token.value)) {
        if (rate.text !== undefined) stated = [`${formatNumber(rate.text, 'vi')}%`, `${formatNumber(rate.text, 'en')}%`];
        return { expected: rate.value, status: 'consistent', message: reconcileTexts.rateMatches(label, stated[0], stated[1], definition) };
      }
    }
  }
  if (numerators.length === 0 || counts[denominators[0]] === undefined) {
    return { expected: null, status: 'not-checkable', message: reconcileTexts.columnMissing(label, stated[0], stated[1]) };
  }
  if (primary === null) {
    return { expected: null, status: 'not-checkable', message: reconcileTexts.rateUndefined(label, stated[0], stated[1], definitionOf(numerators[0], denominators[0])) };
  }
  const table: [string, string] = [`${formatNumber(primary.value, 'vi')}%`, `${formatNumber(primary.value, 'en')}%`];
  return { expected: primary.value, status: 'mismatch', message: reconcileTexts.rateDiffers(label, stated, table, primary.definition) };
}

function localize(make: (lang: 'vi' | 'en') => string): LocalizedText {
  return { vi: make('vi'), en: make('en') };
}

/** What a fields line lists: received with shares, returned late, or pending overdue. */
function fieldLineRole(folded: string): Role | null {
  if (/dang giai quyet qua han|overdue dossiers being processed/.test(folded)) return 'pending.overdue';
  if (/tra qua han|returned late/.test(folded)) return 'resolved.late';
  if (/tiep nhan|received/.test(folded)) return 'received';
  return null;
}

/**
 * Checks "Chứng thực 1.922 hồ sơ (53,8%); Hộ tịch 1.066 hồ sơ (29,8%)" against the field rows:
 * each listed field's count, and its share of the total received.
 */
function checkFieldLine(line: string, folded: string, lineNumber: number, counts: Counts, fields: FieldFigures[]): ReconcileItem[] {
  const role = fieldLineRole(folded);
  const colon = folded.indexOf(':');
  if (role === null || colon < 0 || fields.length === 0) return [];
  const byLength = [...fields].sort((a, b) => fieldName(b).length - fieldName(a).length);
  const items: ReconcileItem[] = [];
  let offset = colon + 1;
  for (const entry of folded.slice(colon + 1).split(';')) {
    const start = offset + (entry.length - entry.trimStart().length);
    offset += entry.length + 1;
    const entryText = folded.slice(start, start + entry.trim().length);
    const field = byLength.find((f) => entryText.startsWith(foldKeepingLength(fieldName(f).normalize('NFC'))));
    const tokens = numberTokens(entryText);
    const count = tokens.find((t) => !t.percent);
    if (!field || !count) continue;
    const name = fieldName(field);
    const base = { line: lineNumber, text: line, subject: role, field: name };
    const expected = field.values[role];
    const stated: [string, string] = [formatNumber(count.value, 'vi'), formatNumber(count.value, 'en')];
    if (expected === undefined) {
      items.push({ ...base, measure: 'count', statedText: count.raw, stated: count.value, expected: null, status: 'not-checkable', message: reconcileTexts.columnMissing({ vi: name, en: name }, stated[0], stated[1]) });
      continue;
    }
    const label = reconcileTexts.fieldLabel(name, reconcileTexts.labels[role]);
    const table: [string, string] = [formatNumber(expected, 'vi'), formatNumber(expected, 'en')];
    items.push({
      ...base,
      measure: 'count',
      statedText: count.raw,
      stated: count.value,
      expected,
      status: expected === count.value ? 'consistent' : 'mismatch',
      message: expected === count.value ? reconcileTexts.fieldMatches(label, stated) : reconcileTexts.fieldDiffers(label, stated, table),
    });
    const share = tokens.find((t) => t.percent);
    if (share && role === 'received') {
      const computed = rateOf(expected, counts.received, Math.max(share.decimals, 1));
      const statedShare: [string, string] = [`${formatNumber(share.value, 'vi')}%`, `${formatNumber(share.value, 'en')}%`];
      const tableShare: [string, string] = computed === null ? ['—', '—'] : [`${formatNumber(computed, 'vi')}%`, `${formatNumber(computed, 'en')}%`];
      items.push({
        ...base,
        measure: 'rate',
        statedText: share.raw,
        stated: share.value,
        expected: computed,
        status: computed === null ? 'not-checkable' : computed === share.value ? 'consistent' : 'mismatch',
        message: computed === share.value ? reconcileTexts.fieldShareMatches(name, statedShare) : reconcileTexts.fieldShareDiffers(name, statedShare, tableShare),
      });
    }
  }
  return items;
}

/**
 * Finds the figures section I.2 of `text` states and checks each against the table's totals.
 * Without a recognisable I.2 heading the whole text is read.
 */
export function reconcileText(text: string, totals: Counts, options: ReconcileOptions = {}): ReconcileReport {
  const counts = narrativeCounts(totals);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const section = findSection(lines);
  const first = section ? section.start + 1 : 0;
  const last = section ? section.end : lines.length - 1;
  const items: ReconcileItem[] = [];
  const fields = fieldsByName(options.fields ?? []);
  let block: Block = null;
  for (let i = first; i <= last; i++) {
    const line = lines[i].normalize('NFC').trim();
    if (line === '') continue;
    const folded = foldKeepingLength(line);
    if (FIELD_LINE.test(folded)) {
      items.push(...checkFieldLine(line, folded, i + 1, counts, fields));
      block = null;
      continue;
    }
    const hits = labelHits(folded);
    const tokens = numberTokens(folded);
    const earlyStated = hits.some((hit) => hit.rule.subject === 'resolved.early');
    hits.forEach((hit, h) => {
      const fixed = typeof hit.rule.subject !== 'function';
      const subject = typeof hit.rule.subject === 'function' ? hit.rule.subject(block) : hit.rule.subject;
      if (fixed && subject !== null) block = groupOf(subject);
      if (subject === null) return;
      const segmentEnd = hits[h + 1]?.index ?? folded.length;
      const inSegment = tokens.filter((t) => t.index >= hit.end && t.index < segmentEnd);
      const count = inSegment.find((t) => !t.percent && !t.otherUnit);
      const rates = inSegment.filter((t) => t.percent);
      const base = { line: i + 1, text: line, subject };
      if (subject === 'payment' || subject === 'digitisation') {
        for (const token of inSegment) {
          const label = reconcileTexts.labels[subject];
          const statedVi = token.percent ? `${formatNumber(token.value, 'vi')}%` : formatNumber(token.value, 'vi');
          const statedEn = token.percent ? `${formatNumber(token.value, 'en')}%` : formatNumber(token.value, 'en');
          items.push({
            ...base,
            measure: token.percent ? 'rate' : 'count',
            statedText: token.raw,
            stated: token.value,
            expected: null,
            status: 'not-checkable',
            message: reconcileTexts.notInAnnex(label, statedVi, statedEn),
          });
        }
        return;
      }
      let meaning: Role | undefined;
      if (count) {
        const { meaning: counted, ...check } = checkCount(subject, count, counts, options.columns, earlyStated);
        meaning = counted;
        items.push({ ...base, measure: 'count', statedText: count.raw, stated: count.value, ...check });
      }
      for (const rate of rates.slice(0, 1)) {
        items.push({ ...base, measure: 'rate', statedText: rate.raw, stated: rate.value, ...checkRate(subject, meaning, rate, counts, options.columns, earlyStated) });
      }
    });
  }
  return {
    section: section ? { start: section.start + 1, end: section.end + 1 } : null,
    items,
    summary: {
      consistent: items.filter((item) => item.status === 'consistent').length,
      mismatch: items.filter((item) => item.status === 'mismatch').length,
      notCheckable: items.filter((item) => item.status === 'not-checkable').length,
    },
  };
}
