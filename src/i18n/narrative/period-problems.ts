// The period's problems as the clerk reads them.
import type { PeriodProblem } from '../../core/narrative/period-choice';
import type { LocalizedText } from '../../core/types';

export const periodProblemMessages: Record<PeriodProblem, LocalizedText> = {
  'end-before-start': {
    vi: 'Ngày kết thúc kỳ báo cáo đứng trước ngày bắt đầu.',
    en: 'The reporting period ends before it starts.',
  },
  'dates-span-other-year': {
    vi: 'Ngày kết thúc kỳ báo cáo không thuộc năm báo cáo.',
    en: 'The end of the reporting period is not in the report year.',
  },
};
