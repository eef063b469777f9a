// The whole report in words: the facts of the document (core/report/facts.ts) and section I.2 in
// words (i18n/narrative/render.ts) put into the seed report's structure, the other sections left
// as marked places to write.

import type { DocParagraph, DocRun, ReportAnnexPage, ReportDocument } from '../../core/report/document';
import type { NextPeriod, ReportFacts } from '../../core/report/facts';
import type { PrintedAnnex } from '../../core/narrative/printed-annex';
import type { Lang } from '../../core/types';
import { formatDateRange } from '../../shared/dates';
import { periodLabel, reportingPeriodName, rangeName } from '../calendar';
import type { NarrativeParagraph, NarrativeText } from '../narrative/render';
import { blankHints } from '../narrative/templates';
import { reportWords, type ReportWords } from './words';

type Slots = Record<string, DocRun[] | string>;

/** A template's {slots} filled with text or runs; neighbouring text runs joined. */
export function fillRuns(template: string, slots: Slots): DocRun[] {
  const runs: DocRun[] = [];
  const push = (run: DocRun) => {
    const last = runs[runs.length - 1];
    if (run.type === 'text' && run.text === '') return;
    if (run.type === 'text' && last?.type === 'text') last.text += run.text;
    else runs.push({ ...run });
  };
  const parts = template.split(/\{([a-zA-Z]+)\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) return push({ type: 'text', text: part });
    const slot = slots[part];
    if (slot === undefined) throw new Error(`Report template slot {${part}} has no value in: ${template}`);
    if (typeof slot === 'string') push({ type: 'text', text: slot });
    else slot.forEach(push);
  });
  return runs;
}

const text = (value: string): DocRun[] => [{ type: 'text', text: value }];
const blank = (hint: string): DocRun[] => [{ type: 'blank', hint }];
/** A gap shown with what goes there: "[họ và tên người ký]". */
const named = (hint: string): DocRun[] => [{ type: 'write', hint }];
const upper = (value: string, lang: Lang) => value.toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en-GB');

function nextName(next: NextPeriod, withYear: boolean, w: ReportWords, lang: Lang): string {
  if (next.kind === 'H2') return withYear ? w.secondHalf.withYear.replace('{year}', String(next.year)) : w.secondHalf.bare;
  if (next.kind === 'Y') return w.nextYear.replace('{year}', String(next.year));
  return reportingPeriodName(next.kind, withYear ? next.year : undefined, lang);
}

/** The period's name with its year, or its dates, or blanks. */
function periodRuns(facts: ReportFacts, lang: Lang): DocRun[] {
  const label = periodLabel(facts.period, lang);
  if (facts.period.kind !== undefined && facts.period.year !== undefined) return text(label);
  if (facts.period.kind === undefined && facts.period.from && facts.period.to) return text(label);
  const year = facts.period.year !== undefined ? text(String(facts.period.year)) : blank(blankHints.year[lang]);
  const quarter = facts.period.kind !== undefined ? text(reportingPeriodName(facts.period.kind, undefined, lang)) : blank(blankHints.quarter[lang]);
  return [...quarter, ...text(lang === 'vi' ? ' năm ' : ' of '), ...year];
}

/** "quý II, nhiệm vụ trọng tâm quý III năm 2026"; each with its year when the years differ or a name ends in "năm". */
function periodAndNextRuns(facts: ReportFacts, w: ReportWords, lang: Lang): DocRun[] {
  const { kind, year } = facts.period;
  const next = facts.next;
  if (kind === undefined || year === undefined || !next) {
    return fillRuns(w.periodAndNext.years, { periodYear: periodRuns(facts, lang), nextYear: blank(w.unknownNext) });
  }
  const bare = reportingPeriodName(kind, undefined, lang);
  const nextBare = nextName(next, false, w, lang);
  const sameYear = next.year === year && kind !== 'Y' && kind !== '6M' && next.kind !== 'H2';
  if (sameYear) return fillRuns(w.periodAndNext.sameYear, { period: bare, next: nextBare, year: String(year) });
  return fillRuns(w.periodAndNext.years, { periodYear: reportingPeriodName(kind, year, lang), nextYear: nextName(next, true, w, lang) });
}

const plainOf = (runs: DocRun[]) => runs.map((r) => (r.type === 'text' || r.type === 'figure' ? r.text : '[…]')).join('');

function upperRuns(runs: DocRun[], lang: Lang): DocRun[] {
  return runs.map((run) => (run.type === 'text' || run.type === 'figure' ? { ...run, text: upper(run.text, lang) } : run));
}

function narrativeParagraph(paragraph: NarrativeParagraph): DocParagraph {
  const runs: DocRun[] = paragraph.runs.map((run) => (run.type === 'blank' ? { type: 'blank', hint: run.hint } : { type: run.type, text: run.text }));
  return { key: `narrative.${paragraph.key}`, style: paragraph.style, runs };
}

function issuerInText(facts: ReportFacts, w: ReportWords): DocRun[] {
  const unit = facts.unit ? text(facts.unit) : named(w.unitHint);
  return [...text(`${facts.issuer ?? w.issuerInText} `), ...unit];
}

function body(facts: ReportFacts, narrative: NarrativeText, w: ReportWords, lang: Lang): DocParagraph[] {
  const periodAndNext = periodAndNextRuns(facts, w, lang);
  const nextUpper = facts.next ? nextName(facts.next, true, w, lang) : null;
  const write = (key: keyof ReportWords['write']): DocParagraph => ({ key: `write.${key}`, style: 'write', runs: [{ type: 'write', hint: w.write[key] }] });
  return [
    { key: 'intro', style: 'body', runs: fillRuns(w.intro, { direction: named(w.write.direction), issuer: issuerInText(facts, w), periodAndNext }) },
    { key: 'part.results', style: 'part', runs: fillRuns(w.partResults, { period: upperRuns(periodRuns(facts, lang), lang) }) },
    { key: 'leadership', style: 'heading', runs: text(w.leadership) },
    write('leadership'),
    ...narrative.paragraphs.map(narrativeParagraph),
    { key: 'ranking', style: 'heading', runs: text(w.ranking) },
    write('ranking'),
    { key: 'difficulties', style: 'heading', runs: text(w.difficulties) },
    write('difficulties'),
    { key: 'part.tasks', style: 'part', runs: fillRuns(w.partTasks, { next: nextUpper ? upper(nextUpper, lang) : blank(w.unknownNext) }) },
    write('tasks'),
    { key: 'closing', style: 'body', runs: fillRuns(w.closing, { unit: facts.unit ? text(facts.unit) : named(w.unitHint), periodAndNext }) },
  ];
}

function annexPage(facts: ReportFacts, table: PrintedAnnex, w: ReportWords, lang: Lang): ReportAnnexPage {
  const period = plainOf(periodRuns(facts, lang));
  const unit = facts.unit ? w.annexOfUnit.replace('{unit}', facts.unit) : '';
  const lines: string[] = [];
  const { from, to, kind } = facts.period;
  if (from && to && kind !== undefined) lines.push(w.annexRange.replace('{range}', rangeName({ from, to }, lang)));
  lines.push(w.annexAttached.replace('{issuer}', plainOf(issuerInText(facts, w))));
  return { label: w.annexLabel, title: upper(w.annexTitle.replace('{period}', period) + unit, lang), lines, table };
}

export interface ReportRenderInput {
  facts: ReportFacts;
  narrative: NarrativeText;
  annex?: PrintedAnnex;
}

/** The report document in the narrative's language. */
export function renderReport(input: ReportRenderInput): ReportDocument {
  const { facts, narrative } = input;
  const lang = narrative.lang;
  const w = reportWords[lang];
  const unitLine: DocRun[] = facts.unit ? text(upper(facts.unit, lang)) : named(w.unitHint);
  const issuer = (facts.issuer ?? w.defaultIssuer).split('|').map((line) => text(upper(line.trim(), lang)));
  const gap = w.dayGap;
  const placeDate = fillRuns(w.placeDate, {
    place: facts.place ? text(facts.place) : named(w.placeHint),
    gap,
    month: facts.dated.month !== undefined ? String(facts.dated.month) : gap,
    year: facts.dated.year !== undefined ? String(facts.dated.year) : blank(blankHints.year[lang]),
  });
  const summary = [fillRuns(w.summary, { periodAndNext: periodAndNextRuns(facts, w, lang) })];
  const { from, to } = facts.period;
  if (from && to) {
    const range = formatDateRange(from, to);
    summary.push(fillRuns(w.summaryRange, { from: range.from, to: range.to }));
  }
  return {
    lang,
    title: w.documentTitle.replace('{period}', plainOf(periodRuns(facts, lang))),
    header: {
      superior: facts.superior ? upper(facts.superior, lang) : undefined,
      issuer: [...issuer, unitLine],
      number: w.number,
      nation: w.nation,
      motto: w.motto,
      placeDate,
    },
    kind: w.kind,
    summary,
    body: body(facts, narrative, w, lang),
    recipients: { label: w.recipientsLabel, items: w.recipients },
    signing: {
      title: facts.signerTitle.length > 0 ? facts.signerTitle.map((line) => text(upper(line, lang))) : [named(w.signerTitleHint)],
      name: facts.signer ? text(facts.signer) : named(w.signerHint),
    },
    annex: input.annex ? annexPage(facts, input.annex, w, lang) : undefined,
  };
}
