import { BLANK_MARK } from '../../i18n/narrative';
import type { NarrativeModel, NarrativeParagraph, NarrativeRun } from './model';

export function runText(run: NarrativeRun): string {
  return run.type === 'blank' ? BLANK_MARK : run.text;
}

export function paragraphText(paragraph: NarrativeParagraph): string {
  return paragraph.runs.map(runText).join('');
}

/** One line per paragraph, as the report writes them. */
export function narrativeLines(model: NarrativeModel): string[] {
  return model.paragraphs.map(paragraphText);
}

export function narrativeToPlainText(model: NarrativeModel, newline = '\n'): string {
  return narrativeLines(model).join(newline) + newline;
}
