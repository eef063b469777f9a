// The consolidated workbook in the clerk's words: sheet names, title lines (Vietnamese in both
// languages, like the form: the narrative reads the period back), the marks on units, the ranking
// columns' headings with their formula, and the "Kiểm tra" sheet's rows.
import type { ConsolidatedModel, UnitSource } from '../../core/consolidate/types';
import type { ConsolidatePlan, ConsolidateWords } from '../../core/consolidate/plan';
import type { AnnexWorkbook, RowsSheet, TypedCell } from '../../core/build/workbook-model';
import type { CalendarDate } from '../../core/calendar';
import type { Lang } from '../../core/types';
import { dayNumberOf } from '../../shared/civil';
import { formatDay, quarterOf, romanQuarter } from '../../shared/dates';
import { formatNumber } from '../../shared/numbers';
import { annexPrintTitle, annexTitleLines } from '../build/forms';
import { noteText, sourceFindingLines, sourceVerdict, unreadReason } from './notes';

const TEXT = {
  byField: { vi: 'Tổng hợp', en: 'Tổng hợp' },
  byUnit: { vi: 'Theo đơn vị', en: 'Theo đơn vị' },
  checks: { vi: 'Kiểm tra', en: 'Kiểm tra' },
  checksTitle: { vi: 'Kiểm tra các bảng được tổng hợp', en: 'Checks of the tables consolidated' },
  headers: {
    vi: ['Tệp', 'Trang tính', 'Đơn vị', 'Vùng bảng', 'Kết quả kiểm tra', 'Lỗi đầu tiên (ô)'],
    en: ['File', 'Sheet', 'Unit', 'Table range', 'Verdict', 'First findings (cell)'],
  },
  unreadable: { vi: 'không đọc được', en: 'could not be read' },
  missing: { vi: 'Đơn vị chưa nộp', en: 'Units that sent nothing' },
  decisions: { vi: 'Các quyết định khi tổng hợp', en: 'Decisions taken' },
  none: { vi: '(không có)', en: '(none)' },
} satisfies Record<string, Record<Lang, string | string[]>>;

const day = (date: CalendarDate) => formatDay(dayNumberOf(date));

function periodParts(model: ConsolidatedModel): Parameters<typeof annexTitleLines> | null {
  const p = model.period;
  if (!p?.from || !p.to) return null;
  const quarter = p.kind ? quarterOf(p.kind) : undefined;
  const span = p.kind === '6M' || p.kind === '9M' || p.kind === 'Y' ? p.kind : undefined;
  return [day(p.from), day(p.to), quarter !== undefined ? romanQuarter(quarter) : undefined, p.kind ? p.year : undefined, span];
}

const counted = (model: ConsolidatedModel) => model.units.filter((u) => !u.skipped).length;

export function consolidateWords(model: ConsolidatedModel): ConsolidateWords {
  const parts = periodParts(model);
  const lines = parts ? annexTitleLines(...parts) : ['KẾT QUẢ TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH'];
  const [first, ...rest] = lines;
  const units = `(Tổng hợp từ ${formatNumber(counted(model), 'vi')} đơn vị${model.missing.length > 0 ? `; ${formatNumber(model.missing.length, 'vi')} đơn vị chưa nộp` : ''})`;
  const invalid = model.units.filter((u) => u.invalid && !u.skipped).map((u) => u.name);
  const notes = [
    ...(invalid.length > 0 ? [`Lưu ý: bảng của ${invalid.join(', ')} có lỗi khi kiểm tra; số liệu được tổng hợp như đã ghi (xem trang Kiểm tra).`] : []),
    ...(model.missing.length > 0 ? [`Chưa nộp: ${model.missing.map((m) => m.name).join(', ')}.`] : []),
  ];
  return {
    byFieldName: TEXT.byField.vi,
    byUnitName: TEXT.byUnit.vi,
    checksName: TEXT.checks.vi,
    byFieldTitle: [`TỔNG HỢP ${first}`, ...rest, units],
    byUnitTitle: [`TỔNG HỢP THEO ĐƠN VỊ — ${first}`, ...rest, units],
    byFieldNotes: notes,
    totalLabel: 'Tổng cộng',
    ratesLabel: 'Tỷ lệ:',
    unitHeader: 'Đơn vị',
    unitLabel: (unit) => (unit.invalid ? `${unit.name} (có lỗi)` : unit.name),
    missingText: 'Chưa nộp',
    skippedText: 'Có lỗi — không tổng hợp (--skip-invalid)',
    ranking: {
      onTime: 'Tỷ lệ giải quyết đúng hạn trên số đã giải quyết',
      online: 'Tỷ lệ tiếp nhận trực tuyến trên hồ sơ mới',
      overdue: 'Số hồ sơ quá hạn (đã và đang giải quyết)',
    },
  };
}

const s = (v: string): TypedCell => ({ t: 's', v });

function sourceRow(source: UnitSource, unit: string, lang: Lang): TypedCell[] {
  const findings = sourceFindingLines(source)
    .map((line) => line[lang])
    .join('\n');
  return [s(source.file), s(source.sheet), s(unit), s(source.range), s(sourceVerdict(source)[lang]), findings ? s(findings) : null];
}

export function checksRows(model: ConsolidatedModel, lang: Lang): TypedCell[][] {
  const rows: TypedCell[][] = [[s(TEXT.checksTitle[lang])], (TEXT.headers[lang] as string[]).map(s)];
  for (const unit of model.units) for (const source of unit.sources) rows.push(sourceRow(source, unit.name, lang));
  for (const unread of model.unread)
    rows.push([s(unread.file), unread.sheet ? s(unread.sheet) : null, null, null, s(TEXT.unreadable[lang]), s(unreadReason(unread, lang))]);
  rows.push([], [s(TEXT.missing[lang])]);
  if (model.missing.length === 0) rows.push([s(TEXT.none[lang])]);
  for (const missing of model.missing) rows.push([s(missing.name), missing.group ? s(missing.group) : null]);
  rows.push([], [s(TEXT.decisions[lang])]);
  if (model.notes.length === 0) rows.push([s(TEXT.none[lang])]);
  for (const note of model.notes) rows.push([s(noteText(note)[lang])]);
  return rows;
}

export function consolidatePrintTitle(model: ConsolidatedModel, lang: Lang): string {
  const parts = periodParts(model);
  const base = parts ? annexPrintTitle(...parts)[lang] : lang === 'vi' ? 'Kết quả tiếp nhận, giải quyết hồ sơ TTHC' : 'Dossiers received and resolved';
  return lang === 'vi' ? `Tổng hợp — ${base}` : `Consolidated — ${base}`;
}

export function checksSheet(model: ConsolidatedModel, lang: Lang): RowsSheet {
  return { name: TEXT.checks.vi, widths: [34, 18, 28, 12, 26, 90], rows: checksRows(model, lang), boldFirstRow: true };
}

/** The three sheets for a writer: Tổng hợp (the annex), Theo đơn vị, Kiểm tra. */
export interface ConsolidatedWorkbook {
  byField: AnnexWorkbook;
  byUnit: { name: string; layout: AnnexWorkbook['annex'] };
  checks: RowsSheet;
}

export function renderConsolidatedWorkbook(plan: Extract<ConsolidatePlan, { ready: true }>, lang: Lang): ConsolidatedWorkbook {
  return {
    byField: { annexName: plan.words.byFieldName, annex: plan.byField, printTitle: consolidatePrintTitle(plan.model, lang), sheets: [] },
    byUnit: { name: plan.words.byUnitName, layout: plan.byUnit },
    checks: checksSheet(plan.model, lang),
  };
}

export const CHART_WORDS = {
  sheet: 'Biểu đồ',
  onTime: {
    vi: 'Xếp hạng đơn vị theo tỷ lệ giải quyết đúng hạn (trước hạn + đúng hạn) trên số đã giải quyết',
    en: 'Units ranked by on-time share (early + on time) of resolved dossiers',
  },
  received: { vi: 'Số hồ sơ tiếp nhận theo lĩnh vực', en: 'Dossiers received by field' },
  unitHeaders: { vi: ['Hạng', 'Đơn vị', 'Tỷ lệ đúng hạn'], en: ['Rank', 'Unit', 'On-time share'] },
  fieldHeaders: { vi: ['STT', 'Lĩnh vực', 'Tiếp nhận'], en: ['No.', 'Field', 'Received'] },
  marked: {
    vi: 'Thanh màu cam: bảng của đơn vị có lỗi khi kiểm tra (xem trang Kiểm tra).',
    en: 'Orange bars: the unit’s table has errors (see the Kiểm tra sheet).',
  },
} as const;
