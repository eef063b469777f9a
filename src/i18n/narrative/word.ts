// The words around the narrative in Word: the document's title and the annex's captions.
import type { LocalizedText } from '../../core/types';

/** The Word output: document texts and the annex table. */
export const wordTexts = {
  annexTitle: { vi: 'PHỤ LỤC', en: 'ANNEX' },
  annexSubtitle: (period: string, unit: string | undefined): LocalizedText => ({
    vi: `Kết quả giải quyết thủ tục hành chính ${period}${unit ? ` của ${unit}` : ''}`,
    en: `Results of administrative procedures, ${period}${unit ? `, ${unit}` : ''}`,
  }),
  annexRange: (range: string): LocalizedText => ({
    vi: `(Số liệu tính ${range})`,
    en: `(Figures ${range})`,
  }),
  documentTitle: (period: string): LocalizedText => ({
    vi: `Báo cáo kết quả giải quyết TTHC ${period}`,
    en: `Report on TTHC dossiers, ${period}`,
  }),
};
