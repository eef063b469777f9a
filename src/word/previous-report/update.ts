// Brings last period's report (.docx) up to date by editing its XML in place — the `docx`
// library writes new documents only. Every paragraph is kept, in order, with its formatting and
// footnotes, except what the plan (core/report/previous/plan.ts) changes: period words, section
// I.2 replaced by the generated one, figures corrected or marked. Other parts of the package
// (styles, footnotes, headers, pictures) are copied as they are.

import { unzipSync, zipSync, type Unzipped } from 'fflate';
import type { DocParagraph } from '../../core/report/document';
import { planUpdate, type UpdateInput, type UpdatePlan } from '../../core/report/previous/plan';
import { parseXml } from '../../workbook/xml';
import { editParagraphXml } from './edit-runs';
import { readParagraphs, type XmlParagraph } from './paragraphs';
import { sectionXml } from './section-xml';

export type PreviousReportProblem = 'word-97' | 'not-docx' | 'damaged';

export class PreviousReportError extends Error {
  constructor(
    readonly problem: PreviousReportProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}

export interface PreviousReportInput extends Omit<UpdateInput, 'texts'> {
  bytes: Uint8Array;
  /** The generated section I.2. */
  section: DocParagraph[];
  /** A .docx holding the new annex page alone (report-docx.ts annexOnlyBuffer), to append in its own section. */
  annex?: Uint8Array;
}

export interface PreviousReportResult {
  bytes: Uint8Array;
  plan: UpdatePlan;
  /** Old section I.2's paragraph count, replaced by `section`. */
  replaced: number;
  /** Paragraphs of the generated section put in its place. */
  inserted: number;
  /** Tables inside the old section I.2, kept after the new one. */
  keptTables: number;
}

const DOCUMENT = 'word/document.xml';
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function openPackage(bytes: Uint8Array): Unzipped {
  if (OLE.every((b, i) => bytes[i] === b)) throw new PreviousReportError('word-97');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new PreviousReportError('not-docx');
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw new PreviousReportError('damaged', (error as Error).message);
  }
}

/** Top-level tables (<w:tbl>…</w:tbl>, nesting counted) inside [from, to) of the XML. */
function tablesWithin(xml: string, from: number, to: number): string[] {
  const tables: string[] = [];
  const pattern = /<(\/?)w:tbl[\s>]/g;
  pattern.lastIndex = from;
  let depth = 0;
  let start = -1;
  for (let m = pattern.exec(xml); m && m.index < to; m = pattern.exec(xml)) {
    if (m[1] === '') {
      if (depth === 0) start = m.index;
      depth++;
    } else if (--depth === 0 && start >= 0) {
      const end = xml.indexOf('>', m.index) + 1;
      tables.push(xml.slice(start, end));
    }
  }
  return tables;
}

interface Appendix {
  content: string;
  sectionProperties: string;
}

/** The body of the annex-only document, and its (landscape) section properties. */
function appendixOf(bytes: Uint8Array): Appendix {
  const xml = new TextDecoder('utf-8').decode(unzipSync(bytes)[DOCUMENT]);
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  const at = body.lastIndexOf('<w:sectPr');
  return { content: at < 0 ? body : body.slice(0, at), sectionProperties: at < 0 ? '' : body.slice(at) };
}

/**
 * The annex after the report, on its own page: the report's last section properties move into a
 * section-break paragraph (its headers and page setup kept), the annex's become the body's last.
 */
function withAppendix(xml: string, appendix: Appendix): string {
  const end = xml.lastIndexOf('</w:body>');
  if (end < 0) return xml;
  const body = xml.slice(0, end);
  const lastBlock = Math.max(body.lastIndexOf('</w:p>'), body.lastIndexOf('</w:tbl>'));
  const sectAt = body.indexOf('<w:sectPr', lastBlock);
  const reportSection = sectAt < 0 ? '' : body.slice(sectAt);
  const content = sectAt < 0 ? body : body.slice(0, sectAt);
  return `${content}<w:p><w:pPr>${reportSection}</w:pPr></w:p>${appendix.content}${appendix.sectionProperties}${xml.slice(end)}`;
}

export function updatePreviousReport(input: PreviousReportInput): PreviousReportResult {
  const files = openPackage(input.bytes);
  const part = files[DOCUMENT];
  if (!part) throw new PreviousReportError('not-docx');
  const xml = new TextDecoder('utf-8').decode(part);
  try {
    parseXml(xml, {});
  } catch (error) {
    throw new PreviousReportError('damaged', (error as Error).message);
  }
  const paragraphs = readParagraphs(xml);
  const plan = planUpdate({ ...input, texts: paragraphs.map((p) => p.text) });
  const section = plan.replaceSection;
  // A section break inside the old section I.2 would go with it: then it stays, marked by the plan's problems.
  const replaceable = section !== null && !paragraphs.slice(section.start, section.end + 1).some((p) => /<w:sectPr\b/.test(p.properties));
  let out = '';
  let copied = 0;
  let keptTables = 0;
  paragraphs.forEach((paragraph: XmlParagraph, index) => {
    if (replaceable && section && index >= section.start && index <= section.end) {
      if (index !== section.start) return;
      const last = paragraphs[section.end];
      const oldXml = xml.slice(paragraph.start, last.end);
      const tables = tablesWithin(xml, paragraph.start, last.end);
      keptTables = tables.length;
      out += xml.slice(copied, paragraph.start) + sectionXml(input.section, paragraphs.slice(section.start, section.end + 1), oldXml) + tables.join('');
      copied = last.end;
      return;
    }
    const edits = plan.edits.get(index);
    if (!edits) return;
    out += xml.slice(copied, paragraph.start) + editParagraphXml(xml, paragraph, edits);
    copied = paragraph.end;
  });
  out += xml.slice(copied);
  if (input.annex) out = withAppendix(out, appendixOf(input.annex));
  if (section && !replaceable) plan.problems.push('no-results-section');
  const updated: Unzipped = {};
  for (const [name, data] of Object.entries(files)) updated[name] = name === DOCUMENT ? new TextEncoder().encode(out) : data;
  return {
    bytes: zipSync(updated),
    plan,
    replaced: replaceable && section ? section.end - section.start + 1 : 0,
    inserted: replaceable && section ? input.section.length : 0,
    keptTables,
  };
}
