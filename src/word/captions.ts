// The words around the annex table, shared by the clipboard and the .docx.

import type { NarrativeText } from '../i18n/narrative/render';
import { formatDateRange, quarterOf, romanQuarter } from '../shared/dates';
import { BLANK_MARK, narrativeTemplates } from '../i18n/narrative/templates';
import { wordTexts } from '../i18n/narrative/word';

/** "quý II năm 2026", with "[…]" for unknown parts; a period that is no official one by its dates. */
export function periodWords(narrative: NarrativeText): string {
  const t = narrativeTemplates[narrative.lang];
  if (!narrative.period.kind && narrative.period.from && narrative.period.to) return rangeWords(narrative) as string;
  const year = narrative.period.year !== undefined ? String(narrative.period.year) : BLANK_MARK;
  if (narrative.period.kind) return t.period[narrative.period.kind].replace('{year}', year);
  return t.periodUnknown.replace('{quarter}', BLANK_MARK).replace('{year}', year);
}

/** "từ ngày 15/3 đến hết ngày 14/6/2026" style range, or null when the dates are unknown. */
export function rangeWords(narrative: NarrativeText): string | null {
  if (!narrative.period.from || !narrative.period.to) return null;
  const range = formatDateRange(narrative.period.from, narrative.period.to);
  return narrativeTemplates[narrative.lang].range.replace('{from}', range.from).replace('{to}', range.to);
}

export interface AnnexCaption {
  title: string;
  subtitle: string;
  range: string | null;
}

export function annexCaption(narrative: NarrativeText): AnnexCaption {
  // A period named by its dates has them in the subtitle already.
  const range = narrative.period.kind ? rangeWords(narrative) : null;
  return {
    title: wordTexts.annexTitle[narrative.lang],
    subtitle: wordTexts.annexSubtitle(periodWords(narrative), narrative.unit)[narrative.lang],
    range: range ? wordTexts.annexRange(range)[narrative.lang] : null,
  };
}

/** A file name for the .docx: "bao-cao-tthc-quy-II-2026.docx", "bao-cao-tthc-21-7-den-20-8-2026.docx". */
export function docxFileName(narrative: NarrativeText): string {
  const kind = narrative.period.kind;
  if (!kind && narrative.period.from && narrative.period.to) {
    const range = formatDateRange(narrative.period.from, narrative.period.to);
    return `bao-cao-tthc-${range.from.replace(/\//g, '-')}-den-${range.to.replace(/\//g, '-')}.docx`;
  }
  const quarter = kind ? quarterOf(kind) : undefined;
  const part = !kind
    ? 'ky-bao-cao'
    : quarter !== undefined
      ? `quy-${romanQuarter(quarter)}`
      : { '6M': '6-thang', '9M': '9-thang', Y: 'nam' }[kind as '6M' | '9M' | 'Y'];
  const year = narrative.period.year !== undefined ? `-${narrative.period.year}` : '';
  return `bao-cao-tthc-${part}${year}.docx`;
}
