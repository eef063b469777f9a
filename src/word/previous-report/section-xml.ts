// The generated section I.2 as paragraphs of the previous report's own formatting: the old
// heading's paragraph and run properties for the heading (and its number, "2." or "3."), the old
// "- " and "+ " lines' for the items, the note's for the note. A blank is a highlighted "[…]".

import type { DocParagraph, DocStyle } from '../../core/report/document';
import { BLANK_MARK } from '../../i18n/narrative/templates';
import { xmlSafe } from '../xml-safe';
import { MARK_COLOURS, withHighlight } from './edit-runs';
import { escapeXmlText, type XmlParagraph } from './paragraphs';

interface Template {
  properties: string;
  runProperties: string;
  /** The paragraph is a Word list item: its "- " is the list's, not typed. */
  listed: boolean;
}

function templateOf(paragraph: XmlParagraph): Template {
  const runProperties = (paragraph.atoms.find((a) => a.editable && a.text.trim() !== '')?.runProperties ?? '').replace(/<w:highlight\b[^>]*\/>/g, '');
  return { properties: paragraph.properties, runProperties, listed: /<w:numPr\b/.test(paragraph.properties) };
}

function withItalics(runProperties: string): string {
  if (/<w:i\b/.test(runProperties)) return runProperties;
  if (runProperties === '') return '<w:rPr><w:i/></w:rPr>';
  // w:i comes after w:b/w:bCs and before the rest; after rFonts/b is good enough for readers, and the schema order holds when placed after them.
  const anchor = /<w:bCs\b[^>]*\/>|<w:b\b[^>]*\/>|<w:rFonts\b[^>]*\/>|<w:rStyle\b[^>]*\/>/g;
  let at = runProperties.indexOf('>') + 1;
  for (const match of runProperties.matchAll(anchor)) at = (match.index ?? 0) + match[0].length;
  return runProperties.slice(0, at) + '<w:i/>' + runProperties.slice(at);
}

/** Templates for each style, from the old section's paragraphs (heading first). */
export function sectionTemplates(old: XmlParagraph[]): Record<DocStyle, Template> {
  const [heading, ...rest] = old;
  const starting = (prefix: RegExp) => rest.find((p) => prefix.test(p.text.trim()));
  const headingTemplate = templateOf(heading);
  const item = starting(/^[-–•]/) ?? rest.find((p) => /<w:numPr\b/.test(p.properties)) ?? rest.find((p) => p.text.trim() !== '');
  const itemTemplate = item ? templateOf(item) : headingTemplate;
  const sub = starting(/^\+/);
  const note = starting(/^\(/);
  const noteTemplate = note ? templateOf(note) : { ...itemTemplate, runProperties: withItalics(itemTemplate.runProperties) };
  const subTemplate = sub ? templateOf(sub) : itemTemplate;
  return {
    part: headingTemplate,
    heading: headingTemplate,
    item: itemTemplate,
    subitem: subTemplate,
    note: noteTemplate,
    body: itemTemplate,
    write: itemTemplate,
  };
}

/** "2." of the generated heading becomes the old heading's own number ("3."). */
function headingNumbered(text: string, oldHeading: string): string {
  const number = /^\s*(\d{1,2}\s*[.)])/.exec(oldHeading)?.[1];
  return number ? text.replace(/^\s*\d{1,2}\s*[.)]/, number) : text;
}

const run = (runProperties: string, text: string) => `<w:r>${runProperties}<w:t xml:space="preserve">${escapeXmlText(xmlSafe(text))}</w:t></w:r>`;

/** The generated paragraphs' XML, and what the old section held that must not be lost (notes, bookmarks, comments). */
export function sectionXml(paragraphs: DocParagraph[], old: XmlParagraph[], oldXml: string): string {
  const templates = sectionTemplates(old);
  const kept = keptMarkup(oldXml);
  return paragraphs
    .map((paragraph, index) => {
      const template = templates[paragraph.style];
      let first = true;
      const runs = paragraph.runs.map((r) => {
        if (r.type === 'blank' || r.type === 'write')
          return run(withHighlight(template.runProperties, MARK_COLOURS.review), r.type === 'blank' ? BLANK_MARK : `[${r.hint}]`);
        let text = r.text;
        if (first) {
          if (paragraph.style === 'heading') text = headingNumbered(text, old[0].text);
          if (template.listed) text = text.replace(/^[-+]\s+/, '');
        }
        first = false;
        return run(template.runProperties, text);
      });
      const tail = index === paragraphs.length - 1 ? kept : '';
      return `<w:p>${template.properties}${runs.join('')}${tail}</w:p>`;
    })
    .join('');
}

/** Footnote and comment references, bookmarks and comment ranges of the replaced paragraphs: moved, never dropped. */
export function keptMarkup(oldXml: string): string {
  const pieces: string[] = [];
  const pattern =
    /<w:r\b(?:[^>]*)>(?:(?!<\/w:r>)[\s\S])*?<w:(?:footnoteReference|endnoteReference|commentReference)\b[\s\S]*?<\/w:r>|<w:(?:bookmarkStart|bookmarkEnd|commentRangeStart|commentRangeEnd)\b[^>]*\/>/g;
  for (const match of oldXml.matchAll(pattern)) pieces.push(match[0].replace(/<w:t\b[^>]*>[\s\S]*?<\/w:t>/g, ''));
  return pieces.join('');
}
