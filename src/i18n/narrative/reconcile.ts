// Reconciliation of a written report with the table: the labels of the figures a report states,
// and every message of the check, from the check's data.
import type { ReconcileItem, ReconcileReference, ReconcileStatus } from '../../core/narrative/reconcile/types';
import { formatNumber } from '../../shared/numbers';
import type { Lang } from '../../core/types';
import { figureLabels } from '../columns';

export { figureLabels } from '../columns';

export interface ReconcileWords {
  countMatches: (label: string, stated: string, column: string) => string;
  countDiffers: (label: string, stated: string, expected: string, column: string) => string;
  rateMatches: (label: string, stated: string, definition: string) => string;
  rateDiffers: (label: string, stated: string, expected: string, definition: string) => string;
  rateUndefined: (label: string, stated: string, definition: string) => string;
  notInAnnex: (label: string, stated: string) => string;
  columnMissing: (label: string, stated: string) => string;
  column: (ref: string) => string;
  fieldLabel: (field: string, what: string) => string;
  fieldMatches: (label: string, stated: string) => string;
  fieldDiffers: (label: string, stated: string, table: string) => string;
  fieldShareMatches: (field: string, stated: string) => string;
  fieldShareDiffers: (field: string, stated: string, table: string) => string;
  fieldRateMatches: (label: string, stated: string, of: 'field' | 'total') => string;
  fieldRateDiffers: (label: string, stated: string, expected: string, of: 'field' | 'total') => string;
  fieldUnknown: (field: string, stated: string) => string;
  comparison: (stated: string, sentence: string) => string;
  changeMatches: (label: string, change: string) => string;
  changeDiffers: (label: string, stated: string, expected: string) => string;
  direction: Record<'up' | 'down' | 'same', string>;
  pointsUnit: string;
  target: (stated: string, sentence: string) => string;
  otherUnit: (stated: string, unit: string, sentence: string) => string;
  unlabelled: (stated: string, sentence: string) => string;
  rank: (stated: string, sentence: string) => string;
  referenceKind: Record<ReconcileReference['kind'], string>;
  references: (dates: number, documents: number) => string;
  linesLabel: (lines: number[]) => string;
  noSection: string;
  nothingFound: string;
  status: Record<ReconcileStatus, string>;
  summary: (consistent: number, mismatched: number, notCheckable: number) => string;
  lineLabel: string;
}

export const reconcileWords: Record<Lang, ReconcileWords> = {
  vi: {
    countMatches: (label, stated, column) => `${label}: ${stated} hồ sơ, khớp với bảng (${column}).`,
    countDiffers: (label, stated, expected, column) => `${label}: văn bản ghi ${stated} hồ sơ, bảng ghi ${expected} (${column}).`,
    rateMatches: (label, stated, definition) => `${label}: tỷ lệ ${stated}, khớp với bảng (${definition}).`,
    rateDiffers: (label, stated, expected, definition) => `${label}: văn bản ghi tỷ lệ ${stated}, tính từ bảng là ${expected} (${definition}).`,
    rateUndefined: (label, stated, definition) => `${label}: tỷ lệ ${stated} không kiểm tra được — mẫu số ${definition} bằng 0.`,
    notInAnnex: (label, stated) => `${label}: ${stated} — phụ lục không có số liệu này, không đối chiếu được.`,
    columnMissing: (label, stated) => `${label}: ${stated} — bảng không có cột này, không đối chiếu được.`,
    column: (ref) => `cột ${ref}`,
    fieldLabel: (field, what) => `Lĩnh vực “${field}”, ${what.toLocaleLowerCase('vi')}`,
    fieldMatches: (label, stated) => `${label}: ${stated} hồ sơ, khớp với dòng của lĩnh vực trong bảng.`,
    fieldDiffers: (label, stated, table) => `${label}: văn bản ghi ${stated} hồ sơ, dòng của lĩnh vực trong bảng ghi ${table}.`,
    fieldShareMatches: (field, stated) => `Lĩnh vực “${field}”: chiếm ${stated} tổng số hồ sơ tiếp nhận, khớp với bảng.`,
    fieldShareDiffers: (field, stated, table) => `Lĩnh vực “${field}”: văn bản ghi chiếm ${stated} tổng số hồ sơ tiếp nhận, tính từ bảng là ${table}.`,
    fieldRateMatches: (label, stated, of) =>
      `${label}: tỷ lệ ${stated}, khớp với bảng (${of === 'field' ? 'trên số hồ sơ tiếp nhận của lĩnh vực' : 'trên tổng của bảng'}).`,
    fieldRateDiffers: (label, stated, expected, of) =>
      `${label}: văn bản ghi tỷ lệ ${stated}, tính từ bảng là ${expected} (${of === 'field' ? 'trên số hồ sơ tiếp nhận của lĩnh vực' : 'trên tổng của bảng'}).`,
    fieldUnknown: (field, stated) => `Lĩnh vực “${field}”: ${stated} — bảng không có dòng của lĩnh vực này, không đối chiếu được.`,
    changeMatches: (label, change) => `${label}, so với kỳ trước: ${change}, khớp với bảng kỳ trước.`,
    changeDiffers: (label, stated, expected) => `${label}, so với kỳ trước: văn bản ghi ${stated}, tính từ bảng kỳ trước là ${expected}.`,
    direction: { up: 'tăng', down: 'giảm', same: 'bằng' },
    pointsUnit: 'điểm phần trăm',
    comparison: (stated, sentence) => `${stated} — số so sánh với kỳ khác, không phải ô của bảng này, không đối chiếu được: “${sentence}”`,
    target: (stated, sentence) => `${stated} — chỉ tiêu, mục tiêu (không phải kết quả), không đối chiếu: “${sentence}”`,
    otherUnit: (stated, unit, sentence) => `${stated} ${unit} — không phải số hồ sơ, không đối chiếu được: “${sentence}”`,
    rank: (stated, sentence) => `${stated} — thứ hạng, không phải số hồ sơ, không đối chiếu được: “${sentence}”`,
    unlabelled: (stated, sentence) => `${stated} — câu không nêu số liệu nào của bảng, không đối chiếu được: “${sentence}”`,
    referenceKind: { date: 'ngày tháng', document: 'số văn bản' },
    references: (dates, documents) => `Nhận biết riêng, không đối chiếu với bảng: ${dates} ngày tháng, ${documents} số văn bản được trích dẫn.`,
    linesLabel: (lines) => `Dòng ${lines.join(', ')}`,
    noSection: 'Không tìm thấy mục “2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC” trong văn bản; đã đối chiếu toàn bộ văn bản.',
    nothingFound: 'Không tìm thấy số liệu nào của mục I.2 trong văn bản.',
    status: { consistent: 'khớp', mismatch: 'không khớp', 'not-checkable': 'không đối chiếu được' },
    summary: (consistent, mismatched, notCheckable) => `${consistent} số liệu khớp, ${mismatched} không khớp, ${notCheckable} không đối chiếu được.`,
    lineLabel: 'Dòng',
  },
  en: {
    countMatches: (label, stated, column) => `${label}: ${stated} dossiers, agrees with the table (${column}).`,
    countDiffers: (label, stated, expected, column) => `${label}: the text says ${stated} dossiers, the table gives ${expected} (${column}).`,
    rateMatches: (label, stated, definition) => `${label}: rate ${stated}, agrees with the table (${definition}).`,
    rateDiffers: (label, stated, expected, definition) => `${label}: the text says ${stated}, the table gives ${expected} (${definition}).`,
    rateUndefined: (label, stated, definition) => `${label}: rate ${stated} cannot be checked — the denominator ${definition} is 0.`,
    notInAnnex: (label, stated) => `${label}: ${stated} — the annex has no such figure, cannot be checked.`,
    columnMissing: (label, stated) => `${label}: ${stated} — the table has no such column, cannot be checked.`,
    column: (ref) => `column ${ref}`,
    fieldLabel: (field, what) => `Field “${field}”, ${what.toLowerCase()}`,
    fieldMatches: (label, stated) => `${label}: ${stated} dossiers, agrees with the field's row in the table.`,
    fieldDiffers: (label, stated, table) => `${label}: the text says ${stated} dossiers, the field's row gives ${table}.`,
    fieldShareMatches: (field, stated) => `Field “${field}”: ${stated} of all dossiers received, agrees with the table.`,
    fieldShareDiffers: (field, stated, table) => `Field “${field}”: the text says ${stated} of all dossiers received, the table gives ${table}.`,
    fieldRateMatches: (label, stated, of) =>
      `${label}: rate ${stated}, agrees with the table (${of === 'field' ? "of the field's dossiers received" : "of the table's total"}).`,
    fieldRateDiffers: (label, stated, expected, of) =>
      `${label}: the text says ${stated}, the table gives ${expected} (${of === 'field' ? "of the field's dossiers received" : "of the table's total"}).`,
    fieldUnknown: (field, stated) => `Field “${field}”: ${stated} — the table has no row for this field, cannot be checked.`,
    changeMatches: (label, change) => `${label}, against the previous period: ${change}, agrees with the previous table.`,
    changeDiffers: (label, stated, expected) => `${label}, against the previous period: the text says ${stated}, the previous table gives ${expected}.`,
    direction: { up: 'up', down: 'down', same: 'unchanged' },
    pointsUnit: 'percentage points',
    comparison: (stated, sentence) => `${stated} — a change against another period, not a cell of this table, cannot be checked: “${sentence}”`,
    target: (stated, sentence) => `${stated} — a target, not a result, not checked: “${sentence}”`,
    otherUnit: (stated, unit, sentence) => `${stated} ${unit} — not a count of dossiers, cannot be checked: “${sentence}”`,
    rank: (stated, sentence) => `${stated} — a rank, not a count of dossiers, cannot be checked: “${sentence}”`,
    unlabelled: (stated, sentence) => `${stated} — the sentence names no figure of the table, cannot be checked: “${sentence}”`,
    referenceKind: { date: 'date', document: 'document no.' },
    references: (dates, documents) => `Set apart, not checked against the table: ${dates} dates, ${documents} numbers of cited documents.`,
    linesLabel: (lines) => `Line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`,
    noSection: 'Section “2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC” not found in the text; the whole text was checked.',
    nothingFound: 'No figure of section I.2 was found in the text.',
    status: { consistent: 'agrees', mismatch: 'differs', 'not-checkable': 'not checkable' },
    summary: (consistent, mismatched, notCheckable) => `${consistent} figures agree, ${mismatched} differ, ${notCheckable} cannot be checked.`,
    lineLabel: 'Line',
  },
};

/** What the check of one stated figure found, in words. */
export function reconcileMessage(item: ReconcileItem, lang: Lang): string {
  const w = reconcileWords[lang];
  const number = (value: number) => formatNumber(value, lang);
  const written = (value: number) => (item.measure === 'rate' ? `${number(value)}%` : number(value));
  const stated = written(item.stated);
  const expected = item.expected === null ? '—' : written(item.expected);
  const label = figureLabels[item.subject]?.[lang] ?? '';
  const basis = item.basis;
  const sentence = quoted(item.sentence ?? item.text, item.statedText);
  switch (basis.kind) {
    case 'column':
      return item.status === 'consistent' ? w.countMatches(label, stated, w.column(basis.ref)) : w.countDiffers(label, stated, expected, w.column(basis.ref));
    case 'rate':
      return item.status === 'consistent'
        ? w.rateMatches(label, written(basis.statedAs ?? item.stated), basis.definition)
        : w.rateDiffers(label, stated, expected, basis.definition);
    case 'rate-undefined':
      return w.rateUndefined(label, stated, basis.definition);
    case 'not-in-annex':
      return w.notInAnnex(label, stated);
    case 'column-missing':
      return w.columnMissing(item.field ?? label, stated);
    case 'field-row': {
      const fieldLabel = w.fieldLabel(item.field ?? '', label);
      return item.status === 'consistent' ? w.fieldMatches(fieldLabel, stated) : w.fieldDiffers(fieldLabel, stated, expected);
    }
    case 'field-share':
      return item.status === 'consistent' ? w.fieldShareMatches(item.field ?? '', stated) : w.fieldShareDiffers(item.field ?? '', stated, expected);
    case 'field-rate': {
      const fieldLabel = w.fieldLabel(item.field ?? '', label);
      return item.status === 'consistent' ? w.fieldRateMatches(fieldLabel, stated, basis.of) : w.fieldRateDiffers(fieldLabel, stated, expected, basis.of);
    }
    case 'field-unknown':
      return w.fieldUnknown(item.field ?? '', item.statedText);
    case 'comparison':
      return w.comparison(item.statedText, sentence);
    case 'change': {
      const unit = basis.measure === 'points' ? ` ${w.pointsUnit}` : basis.measure === 'percent' ? '%' : '';
      const decimals = basis.measure === 'count' ? 0 : Math.max(1, /[.,](\d+)%?$/.exec(item.statedText)?.[1].length ?? 0);
      const amount = (value: number | null) => (value === null ? '—' : `${formatNumber(value, lang, decimals)}${unit}`);
      const real = `${w.direction[basis.direction]} ${amount(item.expected)}`;
      if (item.status === 'consistent') return w.changeMatches(label, real);
      const written = `${item.statedText}${basis.measure === 'points' ? unit : ''}`;
      return w.changeDiffers(label, written, real);
    }
    case 'target':
      return w.target(item.statedText, sentence);
    case 'other-unit':
      return w.otherUnit(item.statedText, basis.unit, sentence);
    case 'rank':
      return w.rank(item.statedText, sentence);
    case 'unlabelled':
      return w.unlabelled(item.statedText, sentence);
  }
}

const QUOTE_LENGTH = 160;

/** The sentence as written, cut around the figure when it is long. */
function quoted(sentence: string, statedText: string): string {
  if (sentence.length <= QUOTE_LENGTH) return sentence;
  const at = Math.max(0, sentence.indexOf(statedText));
  const start = Math.max(0, Math.min(at - QUOTE_LENGTH / 2, sentence.length - QUOTE_LENGTH));
  const cut = sentence.slice(start, start + QUOTE_LENGTH).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + QUOTE_LENGTH < sentence.length ? '…' : ''}`;
}

/** A date or cited document as the check lists it: "15/6/2026 — Dòng 3, 9". */
export function referenceLine(reference: ReconcileReference, lang: Lang): string {
  const lines = [...new Set(reference.places.map((place) => place.line))];
  return `${reference.text} — ${reconcileWords[lang].linesLabel(lines)}`;
}

export { omittedLineNames } from './omitted';
