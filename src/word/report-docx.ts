// The whole report as a new .docx, in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: the header
// table without borders (issuer left, national title right, each with its rule), the kind and
// summary centred in bold, the body justified with a first-line indent, "Nơi nhận" and the signing
// block side by side, page numbers at the top centre from page 2, and the annex alone on a
// landscape page.

import type { DocParagraph, DocRun, ReportDocument } from '../core/report/document';
import { BLANK_MARK } from '../i18n/narrative/templates';
import { annexPageWidths, fieldColumnOf } from '../core/report/annex-widths';
import { annexTableElement } from './annex-table';
import { loadDocx, pageProperties } from './docx';
import {
  BODY_PT,
  FIRST_LINE_INDENT_CM,
  FONT,
  HEADER_LEFT_SHARE,
  HEADER_PT,
  LANDSCAPE_TEXT_WIDTH_MM,
  LINE_SPACING,
  MOTTO_PT,
  NUMBERING_PT,
  PARAGRAPH_AFTER_PT,
  PORTRAIT_TEXT_WIDTH_MM,
  RECIPIENTS_LABEL_PT,
  RECIPIENTS_PT,
  REPORT_TABLE_PT,
  twips,
} from './layout';
import { xmlSafe } from './xml-safe';

import type { IParagraphOptions, IRunOptions, ISectionOptions } from 'docx';

type DocxModule = typeof import('docx');
type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size'>;

const halfPoints = (pt: number) => pt * 2;
const pt = (points: number) => points * 20;

/** A run's text as written: a blank as "[…]", a place to write as "[what to write]". */
export function runText(run: DocRun): string {
  if (run.type === 'blank') return BLANK_MARK;
  if (run.type === 'write') return `[${run.hint}]`;
  return run.text;
}

function textRuns(d: DocxModule, runs: DocRun[], style: RunStyle = {}) {
  return runs.map((run) =>
    run.type === 'blank' || run.type === 'write'
      ? new d.TextRun({ text: xmlSafe(runText(run)), highlight: 'yellow', ...style, italics: run.type === 'write' ? true : style.italics })
      : new d.TextRun({ text: xmlSafe(run.text), ...style }),
  );
}

function centred(d: DocxModule, runs: DocRun[], style: RunStyle, options: Partial<IParagraphOptions> = {}) {
  return new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: textRuns(d, runs, style), ...options });
}

const plain = (text: string): DocRun[] => [{ type: 'text', text }];

/** A short rule: an empty tiny paragraph with a bottom border, as wide as `lengthMm`, centred in `cellMm`. */
function rule(d: DocxModule, lengthMm: number, cellMm: number) {
  const side = twips(Math.max(0, (cellMm - lengthMm) / 2));
  return new d.Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: pt(6), line: 20, lineRule: d.LineRuleType.EXACT },
    border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

/** About how wide a line of bold capitals or bold text is in Times New Roman, in mm. */
function textWidthMm(text: string, points: number, capitals: boolean): number {
  const em = capitals ? 0.68 : 0.5;
  return text.length * em * points * 0.3528;
}

const NO_BORDERS = (d: DocxModule) => {
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
};

function twoColumns(d: DocxModule, left: InstanceType<DocxModule['Paragraph']>[], right: InstanceType<DocxModule['Paragraph']>[], leftShare: number) {
  const width = twips(PORTRAIT_TEXT_WIDTH_MM);
  const leftWidth = Math.round(width * leftShare);
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cellBorders = { top: none, bottom: none, left: none, right: none };
  const cell = (children: InstanceType<DocxModule['Paragraph']>[], size: number) =>
    new d.TableCell({ children, width: { size, type: d.WidthType.DXA }, borders: cellBorders, margins: { left: 0, right: 0, top: 0, bottom: 0 } });
  return new d.Table({
    rows: [new d.TableRow({ children: [cell(left, leftWidth), cell(right, width - leftWidth)] })],
    width: { size: width, type: d.WidthType.DXA },
    columnWidths: [leftWidth, width - leftWidth],
    layout: d.TableLayoutType.FIXED,
    borders: NO_BORDERS(d),
  });
}

function headerBlock(d: DocxModule, doc: ReportDocument) {
  const { header } = doc;
  const leftMm = PORTRAIT_TEXT_WIDTH_MM * HEADER_LEFT_SHARE;
  const rightMm = PORTRAIT_TEXT_WIDTH_MM - leftMm;
  const issuerLast = header.issuer[header.issuer.length - 1] ?? [];
  const issuerWidth = textWidthMm(issuerLast.map(runText).join(''), HEADER_PT, true);
  const left = [
    ...(header.superior ? [centred(d, plain(header.superior), { size: halfPoints(HEADER_PT) })] : []),
    ...header.issuer.map((line) => centred(d, line, { bold: true, size: halfPoints(HEADER_PT) })),
    // Nghị định 30: a rule a third to a half as long as the issuer's line.
    rule(d, Math.min(leftMm * 0.6, Math.max(15, issuerWidth * 0.45)), leftMm),
    centred(d, plain(header.number), { size: halfPoints(HEADER_PT) }, { spacing: { before: pt(6), after: 0 } }),
  ];
  const right = [
    centred(d, plain(header.nation), { bold: true, size: halfPoints(HEADER_PT) }),
    centred(d, plain(header.motto), { bold: true, size: halfPoints(MOTTO_PT) }),
    // …and as long as the motto under it.
    rule(d, Math.min(rightMm, textWidthMm(header.motto, MOTTO_PT, false)), rightMm),
    centred(d, header.placeDate, { italics: true, size: halfPoints(BODY_PT) }, { spacing: { before: pt(6), after: 0 } }),
  ];
  return twoColumns(d, left, right, HEADER_LEFT_SHARE);
}

function titleBlock(d: DocxModule, doc: ReportDocument) {
  const summaryWidth = Math.min(PORTRAIT_TEXT_WIDTH_MM * 0.45, textWidthMm(doc.summary[0]?.map(runText).join('') ?? '', BODY_PT, false) * 0.4);
  return [
    centred(d, plain(doc.kind), { bold: true, size: halfPoints(BODY_PT) }, { spacing: { before: pt(18), after: 0 } }),
    ...doc.summary.map((line) => centred(d, line, { bold: true, size: halfPoints(BODY_PT) })),
    rule(d, Math.max(30, summaryWidth), PORTRAIT_TEXT_WIDTH_MM),
  ];
}

function bodyParagraph(d: DocxModule, paragraph: DocParagraph) {
  const bold = paragraph.style === 'part' || paragraph.style === 'heading';
  const italics = paragraph.style === 'note';
  return new d.Paragraph({
    children: textRuns(d, paragraph.runs, { bold, italics }),
    alignment: d.AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(FIRST_LINE_INDENT_CM * 10) },
    spacing: { before: paragraph.style === 'part' ? pt(6) : 0, after: pt(PARAGRAPH_AFTER_PT), line: Math.round(240 * LINE_SPACING) },
  });
}

function closingBlock(d: DocxModule, doc: ReportDocument) {
  const left = [
    new d.Paragraph({ children: textRuns(d, plain(doc.recipients.label), { bold: true, italics: true, size: halfPoints(RECIPIENTS_LABEL_PT) }) }),
    ...doc.recipients.items.map((item) => new d.Paragraph({ children: textRuns(d, plain(item), { size: halfPoints(RECIPIENTS_PT) }) })),
  ];
  const right = [
    ...doc.signing.title.map((line) => centred(d, line, { bold: true, size: halfPoints(BODY_PT) })),
    // Room for the signature and the seal.
    ...[0, 1, 2, 3].map(() => centred(d, [], {})),
    centred(d, doc.signing.name, { bold: true, size: halfPoints(BODY_PT) }),
  ];
  return twoColumns(d, left, right, 0.45);
}

function pageNumberHeaders(d: DocxModule) {
  return {
    default: new d.Header({
      children: [
        new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: [d.PageNumber.CURRENT], size: halfPoints(HEADER_PT) })] }),
      ],
    }),
    first: new d.Header({ children: [new d.Paragraph({ children: [] })] }),
  };
}

function annexSection(d: DocxModule, doc: ReportDocument): ISectionOptions | null {
  const annex = doc.annex;
  if (!annex) return null;
  const width = twips(LANDSCAPE_TEXT_WIDTH_MM);
  // A small letter of Times New Roman is about 0.45 em wide (the unit of annexPageWidths).
  const lineChars = width / (REPORT_TABLE_PT * 20 * 0.45);
  const shares = annexPageWidths(annex.table, fieldColumnOf(annex.table), { lineChars, numberingScale: NUMBERING_PT / REPORT_TABLE_PT });
  return {
    properties: { ...pageProperties(d, 'landscape'), type: d.SectionType.NEXT_PAGE },
    headers: pageNumberHeaders(d),
    children: [
      centred(d, plain(annex.label), { bold: true, size: halfPoints(BODY_PT) }),
      centred(d, plain(annex.title), { bold: true, size: halfPoints(BODY_PT) }),
      ...annex.lines.map((line, i) =>
        centred(d, plain(line), { italics: true, size: halfPoints(HEADER_PT) }, { spacing: { before: 0, after: i === annex.lines.length - 1 ? pt(6) : 0 } }),
      ),
      annexTableElement(d, annex.table, { pt: REPORT_TABLE_PT, numberingPt: NUMBERING_PT, identityOnTwoLines: true, width, shares, cellPadding: 10 }),
    ],
  };
}

/** The report as a `docx` Document. */
export async function buildFullReport(doc: ReportDocument) {
  const d = await loadDocx();
  const sections: ISectionOptions[] = [
    {
      properties: { ...pageProperties(d, 'portrait'), titlePage: true },
      headers: pageNumberHeaders(d),
      children: [headerBlock(d, doc), ...titleBlock(d, doc), ...doc.body.map((p) => bodyParagraph(d, p)), centred(d, [], {}), closingBlock(d, doc)],
    },
  ];
  const annex = annexSection(d, doc);
  if (annex) sections.push(annex);
  return new d.Document({
    creator: 'tthc-report',
    title: doc.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(BODY_PT), language: { value: doc.lang === 'vi' ? 'vi-VN' : 'en-GB' } } },
      },
    },
    sections,
  });
}

/** A document holding the annex page alone: what an updated previous report gets appended. */
export async function annexOnlyBuffer(doc: ReportDocument): Promise<Uint8Array | null> {
  const d = await loadDocx();
  const section = annexSection(d, doc);
  if (!section) return null;
  const { headers: _headers, ...withoutHeaders } = section;
  const document = new d.Document({
    creator: 'tthc-report',
    styles: { default: { document: { run: { font: FONT, size: halfPoints(BODY_PT) } } } },
    sections: [withoutHeaders],
  });
  return d.Packer.toBuffer(document);
}

export async function fullReportBuffer(doc: ReportDocument): Promise<Uint8Array> {
  const d = await loadDocx();
  return d.Packer.toBuffer(await buildFullReport(doc));
}

export async function fullReportBlob(doc: ReportDocument): Promise<Blob> {
  const d = await loadDocx();
  return d.Packer.toBlob(await buildFullReport(doc));
}
