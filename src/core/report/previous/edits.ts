// A change to a paragraph's text: characters [start, end) become `text`. `mark` says how the
// writer highlights it: corrected from the table, or left for the clerk to review.

export type EditMark = 'corrected' | 'review';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
  mark?: EditMark;
}

/** Edits in order, an edit overlapping an earlier one dropped (the first found wins). */
export function orderedEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  for (const edit of sorted) {
    const last = kept[kept.length - 1];
    if (last && edit.start < last.end) continue;
    kept.push(edit);
  }
  return kept;
}

/** The text after the edits. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of orderedEdits(edits)) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
