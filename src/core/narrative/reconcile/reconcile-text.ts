// Checks an existing report text against the table. Every number of the lines read gets a
// reading: a figure named by its label (or a field's) compared with the table's count or computed
// rate; a change against another period, a target, a number of something else or a number named
// by nothing, each said as not checkable; dates and cited documents listed apart.
import { narrativeCounts } from '../counts';
import { fieldsByName } from '../fields';
import { checkChange } from './change-check';
import { comparisonTokens, sentenceBounds, targetTokens } from './clauses';
import { checkFieldLine } from './field-lines';
import { fieldScopes, readFieldMentions } from './field-mentions';
import { readLabelled, resolveHits } from './labelled';
import { annexStart, FIELD_LINE, findSection, labelHits, type Block } from './lexicon';
import { referenceSpans } from './references';
import { foldKeepingLength, numberTokens, unitAfter, type NumberToken } from './tokens';
import type { ReconcileItem, ReconcileOptions, ReconcileReference, ReconcileReport } from './types';
import type { Counts } from '../counts';
import type { Role } from '../../types';

// "1.", "2.1.", "3)" opening a heading or a list item: the outline's numbering, not a figure.
const NUMBERING = /^\s*(\d+\.)*\d+[.)](?=\s)/;
const RANK = /(xep hang|thu hang|hang thu|xep thu|ranked?)\s*(thu\s*)?$/;

/** Numbers left without a reading so far, each said with why it cannot be checked. */
function leftoverItems(
  line: string,
  folded: string,
  lineNumber: number,
  tokens: NumberToken[],
  why: { comparisons: Set<NumberToken>; targets: Set<NumberToken> },
): ReconcileItem[] {
  const ranks = new Set<NumberToken>();
  for (const token of tokens) {
    const previous = [...ranks].pop();
    if (RANK.test(folded.slice(Math.max(0, token.index - 16), token.index)) || (previous && previous.end + 1 === token.index && folded[previous.end] === '/'))
      ranks.add(token);
  }
  return tokens.map((token) => {
    const sentence = sentenceBounds(folded, token.index);
    const base = {
      line: lineNumber,
      text: line,
      offset: token.index,
      measure: token.percent ? ('rate' as const) : ('count' as const),
      statedText: token.raw,
      stated: token.value,
      expected: null,
      status: 'not-checkable' as const,
      sentence: line.slice(sentence.start, sentence.end).trim(),
    };
    if (why.comparisons.has(token)) return { ...base, subject: 'comparison', basis: { kind: 'comparison' } };
    if (why.targets.has(token)) return { ...base, subject: 'other', basis: { kind: 'target' } };
    if (ranks.has(token)) return { ...base, subject: 'other', basis: { kind: 'rank' } };
    const unit = token.percent ? null : unitAfter(folded, line, token.end);
    return unit ? { ...base, subject: 'other', basis: { kind: 'other-unit', unit } } : { ...base, subject: 'other', basis: { kind: 'unlabelled' } };
  });
}

/** Each comparison number checked as the change of the figure stated before it, when the previous table has it. */
function checkedChanges(
  line: string,
  folded: string,
  lineNumber: number,
  tokens: NumberToken[],
  stated: ReconcileItem[],
  counts: Counts,
  previous: Counts,
): ReconcileItem[] {
  const checked: ReconcileItem[] = [];
  for (const token of tokens) {
    const of = stated
      .filter(
        (item) =>
          item.offset < token.index &&
          item.subject !== 'comparison' &&
          item.subject !== 'other' &&
          item.subject !== 'payment' &&
          item.subject !== 'digitisation' &&
          !item.field,
      )
      .pop();
    if (!of) continue;
    const sentence = sentenceBounds(folded, token.index);
    const text = { before: folded.slice(sentence.start, token.index), after: folded.slice(token.end) };
    const check = checkChange(token, text, { role: of.subject as Role }, counts, previous);
    if (!check) continue;
    checked.push({
      line: lineNumber,
      text: line,
      offset: token.index,
      measure: token.percent ? 'rate' : 'count',
      statedText: token.raw,
      stated: token.value,
      ...check,
    });
  }
  return checked;
}

interface LineReading {
  items: ReconcileItem[];
  references: { kind: ReconcileReference['kind']; text: string; offset: number; length: number }[];
  block: Block;
}

function readLine(
  line: string,
  lineNumber: number,
  counts: Counts,
  options: ReconcileOptions,
  fields: ReturnType<typeof fieldsByName>,
  block: Block,
): LineReading {
  const folded = foldKeepingLength(line);
  const spans = referenceSpans(folded, line);
  const references = spans.map((span) => ({ kind: span.kind, text: line.slice(span.index, span.end), offset: span.index, length: span.end - span.index }));
  const numbering = NUMBERING.exec(folded)?.[0].length ?? 0;
  const tokens = numberTokens(folded).filter((t) => t.index >= numbering && !spans.some((s) => t.index < s.end && t.end > s.index));
  const items: ReconcileItem[] = [];
  const claimed = new Set<NumberToken>();
  const claim = (result: { items: ReconcileItem[] }) => {
    items.push(...result.items);
    for (const item of result.items) {
      const token = tokens.find((t) => t.index === item.offset);
      if (token) claimed.add(token);
    }
  };
  const hits = labelHits(folded);
  const targets = targetTokens(folded, tokens);
  const comparisons = comparisonTokens(
    folded,
    tokens,
    hits.map((h) => h.index),
  );
  const free = tokens.filter((t) => !targets.has(t) && !comparisons.has(t));
  // The product's fields paragraph ("Các lĩnh vực …: Chứng thực 1.922 hồ sơ (53,8%); …"); a line
  // of one field's figures ("- Lĩnh vực Chứng thực: tiếp nhận 1.573 hồ sơ, …") is read as prose.
  const listed = FIELD_LINE.test(folded) ? checkFieldLine(line, folded, lineNumber, counts, fields) : [];
  if (listed.length > 0) {
    claim({ items: listed });
    block = null;
  } else {
    const resolved = resolveHits(hits, block);
    block = resolved.block;
    const mentions = readFieldMentions({ line, folded, lineNumber, tokens: free, hits: resolved.resolved }, fields, counts);
    claim(mentions);
    const scopes = fieldScopes(folded, line, fields);
    // A line about fields states no totals: what its fields' reading leaves is said, not matched to the totals.
    const forLabels = FIELD_LINE.test(folded) ? [] : free.filter((t) => !scopes.some((s) => t.index >= s.start && t.index < s.end));
    claim(readLabelled({ line, folded, lineNumber, tokens: forLabels, hits: resolved.resolved, counts, columns: options.columns }));
  }
  if (options.previous)
    claim({
      items: checkedChanges(
        line,
        folded,
        lineNumber,
        [...comparisons].filter((t) => !claimed.has(t)),
        items,
        counts,
        options.previous,
      ),
    });
  const left = tokens.filter((t) => !claimed.has(t));
  items.push(...leftoverItems(line, folded, lineNumber, left, { comparisons, targets }));
  items.sort((a, b) => a.offset - b.offset);
  return { items, references, block };
}

/** Adds a line's references to the list, each text once with every place it is written. */
function addReferences(list: ReconcileReference[], lineNumber: number, found: LineReading['references']): void {
  for (const reference of found) {
    const key = foldKeepingLength(reference.text).replace(/\s+/g, ' ');
    const place = { line: lineNumber, offset: reference.offset, length: reference.length };
    const seen = list.find((r) => r.kind === reference.kind && foldKeepingLength(r.text).replace(/\s+/g, ' ') === key);
    if (seen) seen.places.push(place);
    else list.push({ kind: reference.kind, text: reference.text, places: [place] });
  }
}

/**
 * Finds the figures section I.2 of `text` states and checks each against the table's totals.
 * Without a recognisable I.2 heading the whole text is read.
 */
export function reconcileText(text: string, totals: Counts, options: ReconcileOptions = {}): ReconcileReport {
  const counts = narrativeCounts(totals);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const section = findSection(lines);
  const first = section ? section.start + 1 : 0;
  const last = section ? section.end : annexStart(lines) - 1;
  const items: ReconcileItem[] = [];
  const references: ReconcileReference[] = [];
  const fields = fieldsByName(options.fields ?? []);
  let block: Block = null;
  // The heading's period ("từ ngày 15/3 đến ngày 14/6/2026") is listed with the dates; its words are not figures.
  if (section)
    addReferences(references, section.start + 1, readLine(lines[section.start].normalize('NFC').trim(), section.start + 1, {}, {}, [], null).references);
  for (let i = first; i <= last; i++) {
    const line = lines[i].normalize('NFC').trim();
    if (line === '') continue;
    const reading = readLine(line, i + 1, counts, options, fields, block);
    block = reading.block;
    items.push(...reading.items);
    addReferences(references, i + 1, reading.references);
  }
  return {
    section: section ? { start: section.start + 1, end: section.end + 1 } : null,
    items,
    references,
    summary: {
      consistent: items.filter((item) => item.status === 'consistent').length,
      mismatch: items.filter((item) => item.status === 'mismatch').length,
      notCheckable: items.filter((item) => item.status === 'not-checkable').length,
    },
  };
}
