// The Báo cáo panel's preview: the paragraphs as they will be copied, blanks marked, and the notes
// on what the clerk should know about them (period read from the title, blanks, lines left out).
import type { NarrativeBundle } from '../../../core/narrative';
import type { NarrativePaneTexts } from '../../../i18n/narrative/pane';
import { writtenPeriodName } from '../../../i18n/narrative/period-conflicts';
import { omittedLineNames } from '../../../i18n/narrative/omitted';
import type { NarrativeParagraph, NarrativeText } from '../../../i18n/narrative/render';
import { BLANK_MARK } from '../../../i18n/narrative/templates';
import { h } from '../../dom';

function paragraphElement(paragraph: NarrativeParagraph): HTMLElement {
  const className = paragraph.style === 'heading' ? 'narrative__heading' : paragraph.style === 'note' ? 'narrative__note' : '';
  const children = paragraph.runs.map((run) => (run.type === 'blank' ? h('mark', { text: BLANK_MARK, attrs: { title: run.hint } }) : run.text));
  return h('p', { className, attrs: { 'data-key': paragraph.key } }, children);
}

/** Fills the (cleared) notes and preview elements. */
export function renderPreview(notes: HTMLElement, preview: HTMLElement, narrative: NarrativeText, bundle: NarrativeBundle, texts: NarrativePaneTexts): void {
  const lang = narrative.lang;
  const periodFromTitle = bundle.period.sheet.texts.length > 0 && bundle.period.conflicts.length === 0;
  if (periodFromTitle) notes.append(h('p', { text: texts.fromTitles(writtenPeriodName(narrative.period, lang)) }));
  if (narrative.period.datesFromCalendar) notes.append(h('p', { text: texts.fromCalendar }));
  const blanks = narrative.paragraphs.reduce((n, p) => n + p.runs.filter((r) => r.type === 'blank').length, 0);
  if (blanks > 0) notes.append(h('p', { text: texts.blanksToFill(blanks) }));
  if (narrative.totalsSource === 'field-sum') notes.append(h('p', { text: texts.totalsFromFields }));
  if (narrative.omitted.length > 0)
    notes.append(
      h('p', {
        text: texts.omitted(
          omittedLineNames(
            narrative.omitted.map((o) => o.key),
            lang,
          ),
        ),
      }),
    );
  preview.setAttribute('lang', lang);
  for (const paragraph of narrative.paragraphs) preview.append(paragraphElement(paragraph));
}

/** Selects the preview's text, so that a clerk whose clipboard was refused can press Ctrl+C. */
export function selectContents(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection?.();
  if (!selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
