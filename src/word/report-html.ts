// The whole report as formatted HTML for the clipboard, where a download cannot be saved (Excel
// on Mac): header block as a borderless two-column table, title, body, recipients and signing
// block, the annex table after them. Word keeps the fonts, bold, italics, highlights and table.

import { runsText, type DocParagraph, type DocRun, type ReportDocument } from '../core/report/document';
import { BLANK_MARK } from '../i18n/narrative/templates';
import { annexPlainText, annexTableHtml, escapeHtml, type ClipboardPayload } from './html';
import { BODY_PT, FIRST_LINE_INDENT_CM, FONT, HEADER_PT, LINE_SPACING, MOTTO_PT, PARAGRAPH_AFTER_PT, RECIPIENTS_LABEL_PT, RECIPIENTS_PT } from './layout';

const FONT_CSS = `font-family:'${FONT}',serif`;
const HIGHLIGHT = 'background:yellow;mso-highlight:yellow';

const mark = (run: Extract<DocRun, { type: 'blank' | 'write' }>) => (run.type === 'blank' ? BLANK_MARK : `[${run.hint}]`);

function runsHtml(runs: DocRun[]): string {
  return runs
    .map((run) =>
      run.type === 'blank' || run.type === 'write'
        ? `<span style="${HIGHLIGHT}${run.type === 'write' ? ';font-style:italic' : ''}">${escapeHtml(mark(run))}</span>`
        : escapeHtml(run.text),
    )
    .join('');
}

const centred = (runs: DocRun[], pt: number, extra = '') =>
  `<p style="margin:0;text-align:center;${FONT_CSS};font-size:${pt}pt;${extra}">${runsHtml(runs)}</p>`;
const plain = (text: string): DocRun[] => [{ type: 'text', text }];

function bodyHtml(paragraph: DocParagraph): string {
  const weight = paragraph.style === 'part' || paragraph.style === 'heading' ? 'font-weight:bold;' : '';
  const slant = paragraph.style === 'note' ? 'font-style:italic;' : '';
  const style = `margin:0 0 ${PARAGRAPH_AFTER_PT}pt 0;text-align:justify;text-indent:${FIRST_LINE_INDENT_CM}cm;line-height:${Math.round(LINE_SPACING * 100)}%;${FONT_CSS};font-size:${BODY_PT}pt;${weight}${slant}`;
  return `<p style="${style}">${runsHtml(paragraph.runs)}</p>`;
}

function twoColumns(left: string, right: string, leftShare: number): string {
  const cell = (content: string, share: number) => `<td style="width:${share}%;vertical-align:top;border:none;padding:0">${content}</td>`;
  return `<table style="border-collapse:collapse;border:none;width:100%"><tr>${cell(left, leftShare)}${cell(right, 100 - leftShare)}</tr></table>`;
}

export function reportClipboardPayload(doc: ReportDocument): ClipboardPayload {
  const h = doc.header;
  const left = [
    ...(h.superior ? [centred(plain(h.superior), HEADER_PT)] : []),
    ...h.issuer.map((line) => centred(line, HEADER_PT, 'font-weight:bold')),
    centred(plain(h.number), HEADER_PT, 'margin-top:6pt'),
  ].join('');
  const right = [
    centred(plain(h.nation), HEADER_PT, 'font-weight:bold'),
    centred(plain(h.motto), MOTTO_PT, 'font-weight:bold'),
    centred(h.placeDate, BODY_PT, 'font-style:italic;margin-top:6pt'),
  ].join('');
  const title = [
    centred(plain(doc.kind), BODY_PT, 'font-weight:bold;margin-top:18pt'),
    ...doc.summary.map((line) => centred(line, BODY_PT, 'font-weight:bold')),
  ].join('');
  const recipients = [
    `<p style="margin:0;${FONT_CSS};font-size:${RECIPIENTS_LABEL_PT}pt;font-weight:bold;font-style:italic">${escapeHtml(doc.recipients.label)}</p>`,
    ...doc.recipients.items.map((item) => `<p style="margin:0;${FONT_CSS};font-size:${RECIPIENTS_PT}pt">${escapeHtml(item)}</p>`),
  ].join('');
  const signing = [
    ...doc.signing.title.map((line) => centred(line, BODY_PT, 'font-weight:bold')),
    '<p style="margin:0">&nbsp;</p>'.repeat(3),
    centred(doc.signing.name, BODY_PT, 'font-weight:bold'),
  ].join('');
  const annex = doc.annex
    ? [
        centred(plain(doc.annex.label), BODY_PT, 'font-weight:bold;margin-top:24pt'),
        centred(plain(doc.annex.title), BODY_PT, 'font-weight:bold'),
        ...doc.annex.lines.map((line) => centred(plain(line), HEADER_PT, 'font-style:italic')),
        annexTableHtml(doc.annex.table),
      ].join('')
    : '';
  const html = `<meta charset="utf-8"><div style="${FONT_CSS};font-size:${BODY_PT}pt">${twoColumns(left, right, 40)}${title}${doc.body.map(bodyHtml).join('')}${twoColumns(recipients, signing, 45)}${annex}</div>`;
  const text = [
    ...(h.superior ? [h.superior] : []),
    ...h.issuer.map((line) => runsText(line, mark)),
    h.number,
    h.nation,
    h.motto,
    runsText(h.placeDate, mark),
    '',
    doc.kind,
    ...doc.summary.map((line) => runsText(line, mark)),
    '',
    ...doc.body.map((p) => runsText(p.runs, mark)),
    '',
    doc.recipients.label,
    ...doc.recipients.items,
    '',
    ...doc.signing.title.map((line) => runsText(line, mark)),
    runsText(doc.signing.name, mark),
    ...(doc.annex ? ['', doc.annex.label, doc.annex.title, ...doc.annex.lines, ...annexPlainText(doc.annex.table)] : []),
  ];
  return { html, text: text.join('\r\n') + '\r\n' };
}
