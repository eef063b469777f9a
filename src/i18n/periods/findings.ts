// The findings between two periods in words, for the CLI, the JSON and the pane alike:
// "Hộ tịch: kỳ trước còn 4 hồ sơ đang giải quyết (Quý I!M5), kỳ này ghi từ kỳ trước 5 (F5)."
import type { CarryOverCheck } from '../../core/periods/carry-over';
import type { PeriodFinding, PeriodSide, SheetCell } from '../../core/periods/types';
import { formatNumber } from '../../shared/numbers';
import type { Lang, LocalizedText } from '../../core/types';
import { tablePeriodText } from './period-text';

export { tablePeriodText };

const n = (value: number, lang: Lang) => formatNumber(value, lang);

/** The file the current table is in: cells of that file are named by sheet alone. */
export interface CellContext {
  currentFile?: string;
  /** Name this table's cells with their sheet too (said away from this table: on a cumulative annex). */
  qualifyCurrent?: boolean;
}

/** "M5" on this table, "Quý I!M5" on another sheet, "q1.xlsx › Quý I!M5" in another file. */
export function cellReference(cell: SheetCell, side: PeriodSide, context: CellContext): string {
  if (side === 'current' && !context.qualifyCurrent) return cell.address;
  const inOtherFile = cell.file !== undefined && cell.file !== context.currentFile;
  return `${inOtherFile ? `${cell.file} › ` : ''}${cell.sheet}!${cell.address}`;
}

function references(cells: SheetCell[], side: PeriodSide, context: CellContext): string {
  return cells.map((cell) => cellReference(cell, side, context)).join(', ');
}

const SIDE: Record<PeriodSide, LocalizedText> = { previous: { vi: 'kỳ trước', en: 'the previous period' }, current: { vi: 'kỳ này', en: 'this period' } };
const TOTALS: LocalizedText = { vi: 'Tổng cộng', en: 'Totals' };

export function periodFindingText(finding: PeriodFinding, context: CellContext = {}): LocalizedText {
  switch (finding.rule) {
    case 'carry-over': {
      const label = finding.field ?? TOTALS.vi;
      const before = references(finding.previous, 'previous', context);
      const now = references(finding.current, 'current', context);
      return {
        vi: `${label}: kỳ trước còn ${n(finding.pending, 'vi')} hồ sơ đang giải quyết (${before}), kỳ này ghi từ kỳ trước ${n(finding.carried, 'vi')} (${now}).`,
        en: `${finding.field ?? TOTALS.en}: ${n(finding.pending, 'en')} dossiers were pending at the end of the previous period (${before}), this period carries over ${n(finding.carried, 'en')} (${now}).`,
      };
    }
    case 'carry-over-field-vanished': {
      const before = references(finding.previous, 'previous', context);
      return {
        vi: `${finding.field}: kỳ trước còn ${n(finding.pending, 'vi')} hồ sơ đang giải quyết (${before}) nhưng bảng kỳ này không có lĩnh vực này — các hồ sơ đó phải được ghi ở cột “Từ kỳ trước”.`,
        en: `${finding.field}: ${n(finding.pending, 'en')} dossiers were pending at the end of the previous period (${before}), but this table has no such field — they must be carried over.`,
      };
    }
    case 'carry-over-field-new': {
      const now = references(finding.current, 'current', context);
      return {
        vi: `${finding.field}: lĩnh vực không có trong bảng kỳ trước nhưng ghi từ kỳ trước ${n(finding.carried, 'vi')} hồ sơ (${now}).`,
        en: `${finding.field}: a field the previous table does not have, yet ${n(finding.carried, 'en')} dossiers are carried over (${now}).`,
      };
    }
    case 'carry-over-unchecked': {
      if (finding.cell) {
        const where = cellReference(finding.cell, finding.side, context);
        const label = finding.field ?? TOTALS.vi;
        return {
          vi: `${label}: ô ${where} không phải là số (“${finding.raw ?? ''}”) — chưa đối chiếu được số chuyển kỳ.`,
          en: `${finding.field ?? TOTALS.en}: cell ${where} is not a count (“${finding.raw ?? ''}”) — the carry-over could not be checked.`,
        };
      }
      return finding.role === 'pending'
        ? {
            vi: 'Bảng kỳ trước không có cột tổng số hồ sơ đang giải quyết: không đối chiếu được số chuyển kỳ.',
            en: 'The previous table has no column of pending dossiers in all: the carry-over cannot be checked.',
          }
        : {
            vi: 'Bảng kỳ này không có cột “Từ kỳ trước”: không đối chiếu được số chuyển kỳ.',
            en: 'This table has no “carried over” column: the carry-over cannot be checked.',
          };
    }
    case 'previous-not-adjacent':
      return {
        vi: `Bảng kỳ trước là ${tablePeriodText(finding.previous, 'vi')}, không liền ngay trước kỳ này, ${tablePeriodText(finding.current, 'vi')}: không đối chiếu số chuyển kỳ, chỉ so sánh số liệu.`,
        en: `The previous table is of ${tablePeriodText(finding.previous, 'en')}, which does not end the day before this period, ${tablePeriodText(finding.current, 'en')}: the carry-over is not checked, the figures are only compared.`,
      };
    case 'previous-period-unknown': {
      const sides = finding.sides.map((side) => SIDE[side]);
      return {
        vi: `Không đọc được kỳ báo cáo của bảng ${sides.map((s) => s.vi).join(' và ')} (tiêu đề, tên trang tính): coi hai bảng là hai kỳ liền nhau.`,
        en: `The reporting period of ${sides.map((s) => s.en).join(' and ')} cannot be read (title, sheet name): the two tables are taken as consecutive periods.`,
      };
    }
  }
}

/** The outcome of the check in one line. */
export function carryOverSummaryText(check: CarryOverCheck): LocalizedText {
  const errors = check.findings.filter((f) => f.severity === 'error').length;
  if (!check.checked) return { vi: 'Chưa đối chiếu số chuyển kỳ.', en: 'The carry-over was not checked.' };
  if (errors > 0) {
    return {
      vi: `Số chuyển kỳ: ${n(errors, 'vi')} chỗ không khớp.`,
      en: `Carry-over: ${n(errors, 'en')} ${errors === 1 ? 'mismatch' : 'mismatches'}.`,
    };
  }
  return {
    vi: `Số chuyển kỳ khớp: cột “Từ kỳ trước” bằng số hồ sơ đang giải quyết cuối kỳ trước (${n(check.compared, 'vi')} dòng đối chiếu).`,
    en: `The carry-over holds: “carried over” equals what was pending at the end of the previous period (${n(check.compared, 'en')} ${check.compared === 1 ? 'row' : 'rows'} compared).`,
  };
}
