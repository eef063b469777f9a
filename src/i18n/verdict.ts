// The one-line verdict on a validated table, the same in the CLI and the pane: "Bảng hợp lệ" only
// when everything was read and checked and holds; otherwise what is wrong, or what was not checked.
import { formatNumber } from '../shared/numbers';
import type { FindingGroup, LocalizedText, RuleId, ValidationReport } from '../core/types';

const n = (value: number, lang: 'vi' | 'en') => formatNumber(value, lang);
const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export interface VerdictCounts {
  culprits: number;
  undecided: number;
  wrongRates: number;
  badValues: number;
  otherErrors: number;
  warnings: number;
  unread: number;
  ambiguous: number;
  unchecked: number;
}

/** Warnings that mean part of the table was not read or checked: said as such, not as "cảnh báo". */
const UNCHECKED: RuleId[] = ['unread-row', 'ambiguous-total', 'rate-not-checked', 'no-cached-value'];

function countRule(report: ValidationReport, rules: RuleId[]): number {
  return report.findings.filter((f) => rules.includes(f.rule)).length;
}

export function verdictCounts(report: ValidationReport): VerdictCounts {
  const cards = (kind: FindingGroup['kind'], severity: 'error' | 'warning') => report.groups.filter((g) => g.kind === kind && g.severity === severity).length;
  const singles = (rule: RuleId) =>
    report.groups.filter((g) => g.kind === 'single' && g.severity === 'error' && report.findings[g.findings[0]].rule === rule).length;
  return {
    culprits: cards('culprit', 'error'),
    undecided: cards('undecided', 'error'),
    wrongRates: singles('rate'),
    badValues: singles('bad-value'),
    otherErrors: cards('single', 'error') - singles('rate') - singles('bad-value'),
    warnings: report.groups.filter((g) => g.severity === 'warning' && !UNCHECKED.includes(report.findings[g.findings[0]].rule)).length,
    unread: countRule(report, ['unread-row']),
    ambiguous: countRule(report, ['ambiguous-total']),
    unchecked: countRule(report, ['rate-not-checked', 'no-cached-value']),
  };
}

function errorParts(c: VerdictCounts): LocalizedText[] {
  const parts: LocalizedText[] = [];
  if (c.culprits)
    parts.push({ vi: `${n(c.culprits, 'vi')} ô nhiều khả năng sai`, en: `${n(c.culprits, 'en')} ${plural(c.culprits, 'cell', 'cells')} most likely wrong` });
  if (c.undecided)
    parts.push({
      vi: `${n(c.undecided, 'vi')} chỗ không khớp chưa chỉ ra được ô sai`,
      en: `${n(c.undecided, 'en')} ${plural(c.undecided, 'mismatch', 'mismatches')} whose wrong cell cannot be named`,
    });
  if (c.wrongRates) parts.push({ vi: `${n(c.wrongRates, 'vi')} tỷ lệ sai`, en: `${n(c.wrongRates, 'en')} wrong ${plural(c.wrongRates, 'rate', 'rates')}` });
  if (c.badValues)
    parts.push({
      vi: `${n(c.badValues, 'vi')} ô có giá trị không hợp lệ`,
      en: `${n(c.badValues, 'en')} ${plural(c.badValues, 'cell', 'cells')} with an invalid value`,
    });
  if (c.otherErrors)
    parts.push({ vi: `${n(c.otherErrors, 'vi')} lỗi khác`, en: `${n(c.otherErrors, 'en')} other ${plural(c.otherErrors, 'error', 'errors')}` });
  return parts;
}

function uncheckedParts(c: VerdictCounts): LocalizedText[] {
  const parts: LocalizedText[] = [];
  if (c.unread)
    parts.push({
      vi: `${n(c.unread, 'vi')} dòng có số liệu không đọc được`,
      en: `${n(c.unread, 'en')} ${plural(c.unread, 'row', 'rows')} with numbers that could not be read`,
    });
  if (c.ambiguous)
    parts.push({ vi: `${n(c.ambiguous, 'vi')} dòng tổng cần xác nhận`, en: `${n(c.ambiguous, 'en')} totals ${plural(c.ambiguous, 'row', 'rows')} to confirm` });
  if (c.unchecked)
    parts.push({
      vi: `${n(c.unchecked, 'vi')} tỷ lệ hoặc công thức chưa kiểm tra được`,
      en: `${n(c.unchecked, 'en')} ${plural(c.unchecked, 'rate or formula', 'rates or formulas')} not checked`,
    });
  return parts;
}

function join(parts: LocalizedText[], lang: 'vi' | 'en'): string {
  return parts.map((p) => p[lang]).join(', ');
}

/** "Bảng hợp lệ…", "2 ô nhiều khả năng sai, 1 lỗi khác; 1 cảnh báo.", "Chưa kết luận được…". */
export function verdictLine(report: ValidationReport): LocalizedText {
  const c = verdictCounts(report);
  const unchecked = uncheckedParts(c);
  const warnings = c.warnings;
  const warningText = (lang: 'vi' | 'en') =>
    warnings > 0 ? (lang === 'vi' ? `${n(warnings, 'vi')} cảnh báo` : `${n(warnings, 'en')} ${plural(warnings, 'warning', 'warnings')}`) : '';
  const tail = (lang: 'vi' | 'en') => [unchecked.length ? join(unchecked, lang) : '', warningText(lang)].filter((t) => t !== '').join('; ');
  switch (report.summary.verdict) {
    case 'valid':
      return {
        vi: `Bảng hợp lệ: mọi phép cộng và tỷ lệ đều khớp${warnings > 0 ? ` (${warningText('vi')})` : ''}.`,
        en: `The table is consistent: every sum and rate agrees${warnings > 0 ? ` (${warningText('en')})` : ''}.`,
      };
    case 'incomplete':
      return {
        vi: `Chưa kết luận được bảng hợp lệ: không có phép cộng nào sai, nhưng ${tail('vi')}.`,
        en: `The table cannot be declared consistent yet: no sum is wrong, but ${tail('en')}.`,
      };
    case 'invalid': {
      const errors = errorParts(c);
      return {
        vi: `${join(errors, 'vi')}${tail('vi') ? `; ${tail('vi')}` : ''}.`.replace(/^./, (ch) => ch.toUpperCase()),
        en: `${join(errors, 'en')}${tail('en') ? `; ${tail('en')}` : ''}.`.replace(/^./, (ch) => ch.toUpperCase()),
      };
    }
  }
}
