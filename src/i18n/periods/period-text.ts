// A table's period in words, as the periods' messages name it.
import type { TablePeriod } from '../../core/periods/types';
import type { Lang } from '../../core/types';
import { periodLabel, rangeName } from '../calendar';

/** "quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026)"; the dates alone; or "kỳ không xác định". */
export function tablePeriodText(period: TablePeriod, lang: Lang): string {
  const name = period.kind !== undefined ? periodLabel(period, lang) : '';
  const range = period.from && period.to ? rangeName({ from: period.from, to: period.to }, lang) : '';
  if (name && range) return `${name} (${range})`;
  return name || range || (period.year !== undefined ? periodLabel(period, lang) : lang === 'vi' ? 'kỳ không xác định' : 'an unknown period');
}
