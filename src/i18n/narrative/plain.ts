// The narrative as plain text: one line per paragraph, blanks as "[…]".
import type { NarrativeParagraph, NarrativeRun, NarrativeText } from './render';
import { BLANK_MARK } from './templates';

export function runText(run: NarrativeRun): string {
  return run.type === 'blank' ? BLANK_MARK : run.text;
}

export function paragraphText(paragraph: NarrativeParagraph): string {
  return paragraph.runs.map(runText).join('');
}

/** One line per paragraph, as the report writes them. */
export function narrativeLines(narrative: NarrativeText): string[] {
  return narrative.paragraphs.map(paragraphText);
}

export function narrativeToPlainText(narrative: NarrativeText, newline = '\n'): string {
  return narrativeLines(narrative).join(newline) + newline;
}
