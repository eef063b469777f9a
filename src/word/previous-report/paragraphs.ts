// The paragraphs of a WordprocessingML part, with where each piece of their text stands in the
// XML: a number Word cut across runs ("2.8" + "36") is one text to read, and each piece can be
// rewritten in place while the rest of the XML stays byte for byte as it was.

import { decodeEntities } from '../../workbook/xml';

export interface TextAtom {
  /** A <w:t> (editable) or a tab, break or hyphen standing for one character of text. */
  editable: boolean;
  /** Offset of the atom's text in the paragraph's text. */
  offset: number;
  text: string;
  /** The element's span in the XML (the whole <w:t …>…</w:t>). */
  xmlStart: number;
  xmlEnd: number;
  /** The enclosing run's <w:rPr>…</w:rPr>, or ''. */
  runProperties: string;
}

export interface XmlParagraph {
  /** Span of <w:p …>…</w:p> in the XML. */
  start: number;
  end: number;
  /** The paragraph's <w:pPr>…</w:pPr>, or ''. */
  properties: string;
  atoms: TextAtom[];
  text: string;
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
const CHARACTER_ELEMENTS: Record<string, string> = { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'w:noBreakHyphen': '-' };

/** Every paragraph not inside another (text boxes' paragraphs belong to none), in document order. */
export function readParagraphs(xml: string): XmlParagraph[] {
  const paragraphs: XmlParagraph[] = [];
  let current: XmlParagraph | null = null;
  let depth = 0;
  let runStart = -1;
  let runProperties = '';
  let propertiesStart = -1;
  let runPropertiesStart = -1;
  let textStart = -1;
  let textContentStart = -1;
  let inRun = false;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(xml); match; match = TAG.exec(xml)) {
    const [whole, closing, name, , selfClosing] = match;
    if (name === undefined) continue;
    const at = match.index;
    const after = at + whole.length;
    if (name === 'w:p') {
      if (closing) {
        depth--;
        if (depth === 0 && current) {
          current.end = after;
          paragraphs.push(current);
          current = null;
        }
      } else if (selfClosing) {
        if (depth === 0) paragraphs.push({ start: at, end: after, properties: '', atoms: [], text: '' });
      } else {
        depth++;
        if (depth === 1) current = { start: at, end: -1, properties: '', atoms: [], text: '' };
      }
      continue;
    }
    if (!current || depth !== 1) continue;
    if (name === 'w:pPr' && !inRun) {
      if (closing) current.properties = xml.slice(propertiesStart, after);
      else if (selfClosing) current.properties = whole;
      else propertiesStart = at;
    } else if (name === 'w:r') {
      if (closing) inRun = false;
      else if (!selfClosing) {
        inRun = true;
        runStart = at;
        runProperties = '';
      }
    } else if (name === 'w:rPr' && inRun && runStart >= 0) {
      if (closing) runProperties = xml.slice(runPropertiesStart, after);
      else if (selfClosing) runProperties = '';
      else runPropertiesStart = at;
    } else if (name === 'w:t' && inRun) {
      if (selfClosing) continue;
      if (!closing) {
        textStart = at;
        textContentStart = after;
        continue;
      }
      const text = decodeEntities(xml.slice(textContentStart, at));
      current.atoms.push({ editable: true, offset: current.text.length, text, xmlStart: textStart, xmlEnd: after, runProperties });
      current.text += text;
    } else if (inRun && !closing && CHARACTER_ELEMENTS[name] !== undefined) {
      const text = CHARACTER_ELEMENTS[name];
      current.atoms.push({ editable: false, offset: current.text.length, text, xmlStart: at, xmlEnd: after, runProperties });
      current.text += text;
    }
  }
  return paragraphs;
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
