// The .docx of the report section: section I.2 on portrait A4, then the annex table in a
// landscape section, laid out per Nghị định 30/2020/NĐ-CP. The `docx` library is loaded on
// demand, in its own webpack chunk, so the pane's first load stays small.

import type { PrintedAnnex } from '../core/narrative/printed-annex';
import type { NarrativeParagraph, NarrativeText } from '../i18n/narrative/render';
import { BLANK_MARK } from '../i18n/narrative/templates';
import { wordTexts } from '../i18n/narrative/word';
import { annexTableElement } from './annex-table';
import { annexCaption, periodWords } from './captions';
import { xmlSafe } from './xml-safe';

export { breakableIdentity } from './annex-table';
export { xmlSafe };
import { A4, BODY_PT, FIRST_LINE_INDENT_CM, FONT, LANDSCAPE_TEXT_WIDTH_MM, LINE_SPACING, MARGIN_MM, PARAGRAPH_AFTER_PT, TABLE_PT, twips } from './layout';

import type { ISectionOptions } from 'docx';

type DocxModule = typeof import('docx');

let docxModule: Promise<DocxModule> | null = null;

/** Loads `docx` once; call early (when the pane opens) so a click does not wait for it. */
export function loadDocx(): Promise<DocxModule> {
  docxModule ??= import(/* webpackChunkName: "docx" */ 'docx');
  return docxModule;
}

export interface ReportDocxInput {
  narrative: NarrativeText;
  /** The annex table; without it the document holds the narrative only. */
  annex?: PrintedAnnex;
}

const halfPoints = (pt: number) => pt * 2;

export function pageProperties(d: DocxModule, orientation: 'portrait' | 'landscape') {
  return {
    page: {
      // docx swaps width and height itself for landscape: always pass the portrait size.
      size: {
        width: twips(A4.widthMm),
        height: twips(A4.heightMm),
        orientation: orientation === 'landscape' ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT,
      },
      margin: { top: twips(MARGIN_MM.top), bottom: twips(MARGIN_MM.bottom), left: twips(MARGIN_MM.left), right: twips(MARGIN_MM.right) },
    },
  };
}

function narrativeParagraph(d: DocxModule, paragraph: NarrativeParagraph) {
  const bold = paragraph.style === 'heading';
  const italics = paragraph.style === 'note';
  const children = paragraph.runs.map((run) =>
    run.type === 'blank' ? new d.TextRun({ text: BLANK_MARK, highlight: 'yellow', bold, italics }) : new d.TextRun({ text: xmlSafe(run.text), bold, italics }),
  );
  return new d.Paragraph({
    children,
    alignment: d.AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(FIRST_LINE_INDENT_CM * 10) },
    spacing: { after: PARAGRAPH_AFTER_PT * 20, line: Math.round(240 * LINE_SPACING) },
  });
}

function centeredParagraph(d: DocxModule, text: string, options: { bold?: boolean; italics?: boolean; after?: number } = {}) {
  return new d.Paragraph({
    children: [new d.TextRun({ text: xmlSafe(text), bold: options.bold, italics: options.italics })],
    alignment: d.AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
  });
}

/** The Word document: narrative on portrait A4, annex on a landscape page. */
export async function buildReportDocument(input: ReportDocxInput) {
  const d = await loadDocx();
  const { narrative, annex } = input;
  const sections: ISectionOptions[] = [
    {
      properties: pageProperties(d, 'portrait'),
      children: narrative.paragraphs.map((p) => narrativeParagraph(d, p)),
    },
  ];
  if (annex) {
    const caption = annexCaption(narrative);
    sections.push({
      properties: { ...pageProperties(d, 'landscape'), type: d.SectionType.NEXT_PAGE },
      children: [
        centeredParagraph(d, caption.title, { bold: true }),
        centeredParagraph(d, caption.subtitle, { bold: true }),
        ...(caption.range ? [centeredParagraph(d, caption.range, { italics: true })] : []),
        centeredParagraph(d, '', { after: 120 }),
        annexTableElement(d, annex, { pt: TABLE_PT, numberingPt: TABLE_PT, identityOnTwoLines: false, width: twips(LANDSCAPE_TEXT_WIDTH_MM) }),
      ],
    });
  }
  return new d.Document({
    creator: 'tthc-report',
    title: wordTexts.documentTitle(periodWords(narrative))[narrative.lang],
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(BODY_PT), language: { value: narrative.lang === 'vi' ? 'vi-VN' : 'en-GB' } } },
      },
    },
    sections,
  });
}

/** The .docx as bytes, for the CLI. */
export async function reportDocxBuffer(input: ReportDocxInput): Promise<Uint8Array> {
  const d = await loadDocx();
  return d.Packer.toBuffer(await buildReportDocument(input));
}

/** The .docx as a Blob, for the pane's download. */
export async function reportDocxBlob(input: ReportDocxInput): Promise<Blob> {
  const d = await loadDocx();
  return d.Packer.toBlob(await buildReportDocument(input));
}
