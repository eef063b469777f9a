// Section I.2 in words: each line of the narrative model through its template, figures formatted
// the language's way, blanks with their hint. Plain text, clipboard HTML and .docx are written
// from this.

import { formatDateRange } from '../../shared/dates';
import type { Figure, LineChange, NarrativeLine, NarrativeModel, OmittedLine, ParagraphStyle, RatedLineKey } from '../../core/narrative/model';
import type { ResolvedPeriod } from '../../core/narrative/period-choice';
import { formatNumber, formatPercent } from '../../shared/numbers';
import type { Lang, Role } from '../../core/types';
import { lineChangeText } from '../periods/comparison';
import { blankHints, narrativeTemplates, type NarrativeTemplates } from './templates';

export type NarrativeRun =
  | { type: 'text'; text: string }
  /** A number taken or computed from the table, as written. */
  | { type: 'figure'; text: string; role: Role; measure: Figure['measure']; value: number }
  /** Something the annex cannot give, for the clerk to fill in; `hint` says what. */
  | { type: 'blank'; hint: string };

export interface NarrativeParagraph {
  /** Stable name of the line, e.g. "received", "resolved.late", "fields.top". */
  key: string;
  style: ParagraphStyle;
  runs: NarrativeRun[];
}

/** The narrative in one language, as the pane, the clipboard and the .docx show it. */
export interface NarrativeText {
  lang: Lang;
  period: ResolvedPeriod;
  unit?: string;
  paragraphs: NarrativeParagraph[];
  omitted: OmittedLine[];
  totalsSource: NarrativeModel['totalsSource'];
}

type Slots = Record<string, NarrativeRun[]>;

/** Splits a template at its {slots} and puts the given runs in their place. */
export function fillTemplate(template: string, slots: Slots): NarrativeRun[] {
  const runs: NarrativeRun[] = [];
  const pushText = (text: string) => {
    if (text === '') return;
    const last = runs[runs.length - 1];
    if (last && last.type === 'text') last.text += text;
    else runs.push({ type: 'text', text });
  };
  let rest = template;
  for (let match = /\{([a-z0-9]+)\}/i.exec(rest); match; match = /\{([a-z0-9]+)\}/i.exec(rest)) {
    pushText(rest.slice(0, match.index));
    const slot = slots[match[1]];
    if (!slot) throw new Error(`Template slot {${match[1]}} has no value in: ${template}`);
    for (const run of slot) {
      if (run.type === 'text') pushText(run.text);
      else runs.push(run);
    }
    rest = rest.slice(match.index + match[0].length);
  }
  pushText(rest);
  return runs;
}

const text = (value: string): NarrativeRun[] => [{ type: 'text', text: value }];

function figureRuns(figure: Figure, lang: Lang): NarrativeRun[] {
  const written = figure.measure === 'count' ? formatNumber(figure.value, lang) : formatPercent(figure.value, lang);
  return [{ type: 'figure', text: written, role: figure.role, measure: figure.measure, value: figure.value }];
}

const blank = (hint: keyof typeof blankHints, lang: Lang): NarrativeRun[] => [{ type: 'blank', hint: blankHints[hint][lang] }];

/** The heading's period words and dates, with blanks for what is not known. */
function headingRuns(t: NarrativeTemplates, period: ResolvedPeriod, lang: Lang): NarrativeRun[] {
  if (!period.kind && period.from && period.to) {
    // Not an official period: named by its dates alone ("từ ngày 21/7 đến ngày 20/8/2026").
    const range = formatDateRange(period.from, period.to);
    return fillTemplate(t.headingByDates, { range: fillTemplate(t.range, { from: text(range.from), to: text(range.to) }) });
  }
  const year = period.year !== undefined ? text(String(period.year)) : blank('year', lang);
  const periodRuns = period.kind ? fillTemplate(t.period[period.kind], { year }) : fillTemplate(t.periodUnknown, { quarter: blank('quarter', lang), year });
  let from = blank('from', lang);
  let to = blank('to', lang);
  if (period.from && period.to) {
    const range = formatDateRange(period.from, period.to);
    from = text(range.from);
    to = text(range.to);
  }
  return fillTemplate(t.heading, { period: periodRuns, range: fillTemplate(t.range, { from, to }) });
}

/** The template of each line that states one count and its rate. */
const RATED_TEMPLATE: Record<Exclude<RatedLineKey, 'received.online'>, keyof NarrativeTemplates> = {
  resolved: 'resolved',
  'resolved.early+onTime': 'earlyOnTime',
  'resolved.early': 'early',
  'resolved.onTime': 'onTime',
  'resolved.late': 'late',
  'resolved.rejected': 'rejected',
  'resolved.withdrawn': 'withdrawn',
  pending: 'pending',
  'pending.inTime': 'inTime',
  'pending.overdue': 'overdue',
  'pending.supplement': 'supplement',
};

/** " (tăng 412 hồ sơ, 13,0% so với quý I năm 2026)" after a count, or nothing. */
function changeSuffix(t: NarrativeTemplates, change: LineChange | undefined, lang: Lang): NarrativeRun[] {
  const words = lineChangeText(change, lang);
  return words ? fillTemplate(t.changeSuffix, { change: text(words) }) : [];
}

function joinRuns(items: NarrativeRun[][], separator: string): NarrativeRun[] {
  return items.flatMap((runs, i) => (i === 0 ? runs : [...text(separator), ...runs]));
}

function lineRuns(line: NarrativeLine, t: NarrativeTemplates, model: NarrativeModel, lang: Lang): NarrativeRun[] {
  const fig = (figure: Figure) => figureRuns(figure, lang);
  switch (line.key) {
    case 'heading':
      return headingRuns(t, model.period, lang);
    case 'received':
      return fillTemplate(t.received, { count: fig(line.count), change: changeSuffix(t, line.change, lang) });
    case 'received.new':
      return line.carried
        ? fillTemplate(t.newAndCarried, { new: fig(line.fresh), carried: fig(line.carried) })
        : fillTemplate(t.newOnly, { new: fig(line.fresh) });
    case 'received.carried':
      return fillTemplate(t.carriedOnly, { carried: fig(line.carried) });
    case 'received.online':
      return line.rate ? fillTemplate(t.online, { count: fig(line.count), rate: fig(line.rate) }) : fillTemplate(t.onlineNoRate, { count: fig(line.count) });
    case 'payment':
      return fillTemplate(t.payment, { blank: blank('payment', lang) });
    case 'digitisation':
      return fillTemplate(t.digitisation, { blank: blank('digitisedInput', lang), blank2: blank('digitisedResult', lang) });
    case 'fields.top': {
      const items = line.fields.map((field) =>
        fillTemplate(t.topFieldItem, { field: text(field.name), count: fig(field.count), share: field.share ? fig(field.share) : [] }),
      );
      return fillTemplate(line.fields.length > 1 ? t.topFieldsMany : t.topFieldsOne, { list: joinRuns(items, t.listSeparator) });
    }
    case 'fields.late':
    case 'fields.overdue': {
      const items = line.fields.map((field) => fillTemplate(t.fieldCountItem, { field: text(field.name), count: fig(field.count) }));
      return fillTemplate(line.key === 'fields.late' ? t.lateFields : t.overdueFields, { list: joinRuns(items, t.listSeparator) });
    }
    case 'fields.noOverdue':
      return text(t.noOverdueAnywhere);
    case 'annexNote':
      return text(t.annexNote);
    default: {
      const change = lineChangeText(line.change, lang);
      const rate = line.rate
        ? fillTemplate(change ? t.rateAndChangeSuffix : t.rateSuffix, { rate: fig(line.rate), change: text(change) })
        : changeSuffix(t, line.change, lang);
      return fillTemplate(t[RATED_TEMPLATE[line.key]] as string, { count: fig(line.count), rate });
    }
  }
}

/** The narrative model in words. */
export function renderNarrative(model: NarrativeModel, lang: Lang): NarrativeText {
  const t = narrativeTemplates[lang];
  return {
    lang,
    period: model.period,
    unit: model.unit,
    paragraphs: model.lines.map((line) => ({ key: line.key, style: line.style, runs: lineRuns(line, t, model, lang) })),
    omitted: model.omitted,
    totalsSource: model.totalsSource,
  };
}
