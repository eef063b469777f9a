// The words around the annex table, shared by the clipboard and the .docx.

import type { NarrativeModel } from '../core/narrative/model';
import { formatDateRange, quarterOf, romanQuarter } from '../core/calendar';
import { narrativeTemplates, wordTexts, BLANK_MARK } from '../i18n/narrative';

/** "quý II năm 2026", with "[…]" for unknown parts; a period that is no official one by its dates. */
export function periodWords(model: NarrativeModel): string {
  const t = narrativeTemplates[model.lang];
  if (!model.period.kind && model.period.from && model.period.to) return rangeWords(model) as string;
  const year = model.period.year !== undefined ? String(model.period.year) : BLANK_MARK;
  if (model.period.kind) return t.period[model.period.kind].replace('{year}', year);
  return t.periodUnknown.replace('{quarter}', BLANK_MARK).replace('{year}', year);
}

/** "từ ngày 15/3 đến hết ngày 14/6/2026" style range, or null when the dates are unknown. */
export function rangeWords(model: NarrativeModel): string | null {
  if (!model.period.from || !model.period.to) return null;
  const range = formatDateRange(model.period.from, model.period.to);
  return narrativeTemplates[model.lang].range.replace('{from}', range.from).replace('{to}', range.to);
}

export interface AnnexCaption {
  title: string;
  subtitle: string;
  range: string | null;
}

export function annexCaption(model: NarrativeModel): AnnexCaption {
  // A period named by its dates has them in the subtitle already.
  const range = model.period.kind ? rangeWords(model) : null;
  return {
    title: wordTexts.annexTitle[model.lang],
    subtitle: wordTexts.annexSubtitle(periodWords(model), model.unit)[model.lang],
    range: range ? wordTexts.annexRange(range)[model.lang] : null,
  };
}

/** A file name for the .docx: "bao-cao-tthc-quy-II-2026.docx", "bao-cao-tthc-21-7-den-20-8-2026.docx". */
export function docxFileName(model: NarrativeModel): string {
  const kind = model.period.kind;
  if (!kind && model.period.from && model.period.to) {
    const range = formatDateRange(model.period.from, model.period.to);
    return `bao-cao-tthc-${range.from.replace(/\//g, '-')}-den-${range.to.replace(/\//g, '-')}.docx`;
  }
  const quarter = kind ? quarterOf(kind) : undefined;
  const part = !kind ? 'ky-bao-cao' : quarter !== undefined ? `quy-${romanQuarter(quarter)}` : { '6M': '6-thang', '9M': '9-thang', Y: 'nam' }[kind as '6M' | '9M' | 'Y'];
  const year = model.period.year !== undefined ? `-${model.period.year}` : '';
  return `bao-cao-tthc-${part}${year}.docx`;
}
