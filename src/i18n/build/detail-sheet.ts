// The words of the "Chi tiết" sheet: its headers, the labels of each dossier's cells and its notes.
import type { Lang } from '../../core/types';
import type { DetailEntry } from '../../core/build/detail';
import type { DossierRecord } from '../../core/build/types';
import type { TypedCell } from '../../core/build/workbook-model';
import { describeFillNote, statusCountedAs } from './codes';
import { CHANNEL_LABEL, statusLabel } from './labels';
import { numberedColumnTitle } from '../columns';

type Texts = Record<Lang, string>;

export const DETAIL_HEADERS: Texts[] = [
  { vi: 'STT', en: 'No.' },
  { vi: 'Mã hồ sơ', en: 'Dossier code' },
  { vi: 'Lĩnh vực', en: 'Field' },
  { vi: 'Thủ tục hành chính', en: 'Procedure' },
  { vi: 'Kênh nộp', en: 'Channel' },
  { vi: 'Ngày tiếp nhận', en: 'Received' },
  { vi: 'Ngày hẹn trả', en: 'Due' },
  { vi: 'Ngày kết thúc', en: 'Ended' },
  { vi: 'Trạng thái', en: 'Status' },
  { vi: 'Ô tiếp nhận', en: 'Received cell' },
  { vi: 'Nhóm tiếp nhận', en: 'Received as' },
  { vi: 'Ô kết quả', en: 'Result cell' },
  { vi: 'Nhóm kết quả', en: 'Result' },
  { vi: 'Nguồn (tệp: dòng)', en: 'Source (file: line)' },
  { vi: 'Ghi chú', en: 'Note' },
];

const DETAIL_NOTE = {
  conflict: { vi: 'các hệ thống ghi khác nhau, lấy bản ghi có trạng thái tiến xa nhất', en: 'systems disagree; the most advanced record was used' },
  noDueDate: { vi: 'không có ngày hẹn trả', en: 'no due date' },
  statusInferred: { vi: 'trạng thái xác định theo ngày (theo lựa chọn cho tệp)', en: 'status read from the dates (as chosen for the file)' },
  statusFromDates: {
    vi: 'trạng thái chưa kết thúc nhưng có ngày trả kết quả: tính theo ngày',
    en: 'status not ended but a return date is given: counted by the date',
  },
  channelAssumed: { vi: 'kênh nộp theo lựa chọn cho tệp', en: 'channel as chosen for the file' },
  fieldAssumed: { vi: 'lĩnh vực theo lựa chọn cho tệp', en: 'field as chosen for the file' },
} satisfies Record<string, Texts>;

/** Column widths of the detail sheet, in characters. */
export const DETAIL_WIDTHS = [6, 24, 30, 40, 16, 12, 12, 12, 18, 9, 30, 9, 30, 22, 40];
/** 0-based detail columns whose texts are mostly unique (codes, sources, notes). */
export const DETAIL_UNIQUE_COLUMNS = [1, 13, 14];

export function detailHeaders(lang: Lang): string[] {
  return DETAIL_HEADERS.map((header) => header[lang]);
}

const s = (v: string): TypedCell => ({ t: 's', v });
const n = (v: number): TypedCell => ({ t: 'n', v });
const d = (v: number | null): TypedCell => (v === null ? null : { t: 'd', v });

function notes({ dossier, fills }: DetailEntry, lang: Lang): string {
  const parts: string[] = [];
  const record = dossier.record;
  if (dossier.conflict) parts.push(DETAIL_NOTE.conflict[lang]);
  if (fills.length > 0) parts.push(describeFillNote(fills, lang));
  if (record.due === null) parts.push(DETAIL_NOTE.noDueDate[lang]);
  if (record.statusInferred) parts.push(DETAIL_NOTE.statusInferred[lang]);
  if (record.statusFromDates) parts.push(DETAIL_NOTE.statusFromDates[lang]);
  if (record.channelAssumed && dossier.receivedLeaf !== 'received.carried') parts.push(DETAIL_NOTE.channelAssumed[lang]);
  if (record.fieldAssumed) parts.push(DETAIL_NOTE.fieldAssumed[lang]);
  return parts.join('; ');
}

/** The text as written, its meaning beside a portal code ("2 – trực tuyến"), the meaning alone when blank. */
export function withMeaning(text: string, meaning: string): string {
  if (text === '') return meaning;
  return /^\d+$/.test(text) && meaning !== '' ? `${text} – ${meaning}` : text;
}

/** The status as written; a code written as digits with where it counts ("9 – đã giải quyết (8)/(9)/(10)"). */
export function statusText(record: DossierRecord, lang: Lang): string {
  if (record.status !== null && /^\d+$/.test(record.statusText)) return `${record.statusText} – ${statusCountedAs(record.status, lang)}`;
  return record.statusText || statusLabel(record.status, lang);
}

/** One row of typed cells per entry, in the entries' order, produced lazily. */
export function* detailRows(entries: Iterable<DetailEntry>, lang: Lang): Generator<TypedCell[]> {
  let index = 0;
  for (const entry of entries) {
    const { dossier } = entry;
    const record = dossier.record;
    const channel = withMeaning(record.channelText, record.channel ? CHANNEL_LABEL[record.channel][lang] : '');
    yield [
      n(++index),
      s(record.rawCode.trim()),
      s(dossier.field),
      s(record.procedure),
      s(channel),
      d(record.received),
      d(record.due),
      d(record.ended),
      s(statusText(record, lang)),
      s(entry.receivedCell),
      s(numberedColumnTitle(entry.receivedColumn, dossier.receivedLeaf)[lang]),
      s(entry.resultCell),
      s(numberedColumnTitle(entry.resultColumn, dossier.resultLeaf)[lang]),
      s(dossier.mergedFrom.map((from) => `${from.source}: ${from.line}`).join('; ')),
      s(notes(entry, lang)),
    ];
  }
}
