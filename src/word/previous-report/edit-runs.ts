// Rewrites a paragraph's text in place: each edit's characters are taken out of the runs that
// hold them and its new text put where it starts, in a run of its own when it is highlighted
// (same formatting plus the highlight). Runs no edit touches keep their XML.

import type { EditMark, TextEdit } from '../../core/report/previous/edits';
import { orderedEdits } from '../../core/report/previous/edits';
import { xmlSafe } from '../xml-safe';
import { escapeXmlText, type XmlParagraph } from './paragraphs';

export const MARK_COLOURS: Record<EditMark, string> = { corrected: 'green', review: 'yellow' };

/** w:rPr's children come in the schema's order: the highlight goes before the first of these. */
const AFTER_HIGHLIGHT = [
  'w:u',
  'w:effect',
  'w:bdr',
  'w:shd',
  'w:fitText',
  'w:vertAlign',
  'w:rtl',
  'w:cs',
  'w:em',
  'w:lang',
  'w:eastAsianLayout',
  'w:specVanish',
  'w:oMath',
  'w:rPrChange',
];

/** The run properties with a highlight of `colour`, any other highlight dropped. */
export function withHighlight(runProperties: string, colour: string): string {
  const highlight = `<w:highlight w:val="${colour}"/>`;
  if (runProperties === '') return `<w:rPr>${highlight}</w:rPr>`;
  const plain = runProperties.replace(/<w:highlight\b[^>]*\/>/g, '');
  let at = plain.lastIndexOf('</w:rPr>');
  for (const name of AFTER_HIGHLIGHT) {
    const found = plain.search(new RegExp(`<${name}[\\s/>]`));
    if (found >= 0 && found < at) at = found;
  }
  return plain.slice(0, at) + highlight + plain.slice(at);
}

const textElement = (text: string) => `<w:t xml:space="preserve">${escapeXmlText(xmlSafe(text))}</w:t>`;

type Piece = { text: string; mark?: EditMark };

/** The paragraph's XML with the edits made (offsets are into `paragraph.text`). */
export function editParagraphXml(xml: string, paragraph: XmlParagraph, edits: TextEdit[]): string {
  const ordered = orderedEdits(edits).filter((e) => e.end > e.start);
  if (ordered.length === 0) return xml.slice(paragraph.start, paragraph.end);
  const placed = new Set<TextEdit>();
  const editable = paragraph.atoms.filter((a) => a.editable);
  let out = '';
  let copied = paragraph.start;
  for (const atom of editable) {
    const from = atom.offset;
    const to = atom.offset + atom.text.length;
    const touching = ordered.filter((e) => e.start < to && e.end > from);
    if (touching.length === 0) continue;
    const pieces: Piece[] = [];
    let at = from;
    for (const edit of touching) {
      if (edit.start > at) pieces.push({ text: paragraph.text.slice(at, edit.start) });
      if (!placed.has(edit)) {
        pieces.push({ text: edit.text, mark: edit.mark });
        placed.add(edit);
      }
      at = Math.max(at, Math.min(edit.end, to));
    }
    if (at < to) pieces.push({ text: paragraph.text.slice(at, to) });
    let replacement = '';
    for (const piece of pieces) {
      if (!piece.mark) replacement += textElement(piece.text);
      else replacement += `</w:r><w:r>${withHighlight(atom.runProperties, MARK_COLOURS[piece.mark])}${textElement(piece.text)}</w:r><w:r>${atom.runProperties}`;
    }
    out += xml.slice(copied, atom.xmlStart) + replacement;
    copied = atom.xmlEnd;
  }
  return out + xml.slice(copied, paragraph.end);
}
