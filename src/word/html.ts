// The clipboard payload for Word: formatted HTML (Times New Roman 14 pt, justified, first-line
// indent, blanks highlighted, optionally the annex as a bordered table with merged headers) and
// the same content as plain text.

import type { PrintedAnnex } from '../core/narrative/printed-annex';
import { narrativeLines } from '../i18n/narrative/plain';
import type { NarrativeParagraph, NarrativeRun, NarrativeText } from '../i18n/narrative/render';
import { BLANK_MARK } from '../i18n/narrative/templates';
import { annexCaption } from './captions';
import { BODY_PT, CLIPBOARD_TABLE_PT, FIRST_LINE_INDENT_CM, FONT, LINE_SPACING, PARAGRAPH_AFTER_PT } from './layout';

export interface ClipboardPayload {
  html: string;
  text: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

const FONT_CSS = `font-family:'${FONT}',serif`;

function runHtml(run: NarrativeRun): string {
  if (run.type === 'blank') {
    return `<span style="background:yellow;mso-highlight:yellow" title="${escapeHtml(run.hint)}">${escapeHtml(BLANK_MARK)}</span>`;
  }
  return escapeHtml(run.text);
}

function paragraphHtml(paragraph: NarrativeParagraph): string {
  const style = [
    'margin:0 0 ' + PARAGRAPH_AFTER_PT + 'pt 0',
    'text-align:justify',
    `text-indent:${FIRST_LINE_INDENT_CM}cm`,
    `line-height:${Math.round(LINE_SPACING * 100)}%`,
    FONT_CSS,
    `font-size:${BODY_PT}pt`,
  ].join(';');
  const inner = paragraph.runs.map(runHtml).join('');
  const content = paragraph.style === 'heading' ? `<b>${inner}</b>` : paragraph.style === 'note' ? `<i>${inner}</i>` : inner;
  return `<p style="${style}">${content}</p>`;
}

const CELL_BORDER = 'border:solid windowtext 1.0pt';

function annexHtml(annex: PrintedAnnex, narrative: NarrativeText): string {
  const caption = annexCaption(narrative);
  const centered = `margin:0 0 ${PARAGRAPH_AFTER_PT}pt 0;text-align:center;${FONT_CSS};font-size:${BODY_PT}pt`;
  const captionHtml = [
    `<p style="${centered}"><b>${escapeHtml(caption.title)}</b></p>`,
    `<p style="${centered}"><b>${escapeHtml(caption.subtitle)}</b></p>`,
    caption.range ? `<p style="${centered}"><i>${escapeHtml(caption.range)}</i></p>` : '',
  ].join('');
  return `${captionHtml}${annexTableHtml(annex)}`;
}

/** The annex as a bordered HTML table with its merged headers, for the clipboard. */
export function annexTableHtml(annex: PrintedAnnex): string {
  const colgroup = `<colgroup>${annex.columnWidths.map((w) => `<col style="width:${(w * 100).toFixed(1)}%">`).join('')}</colgroup>`;
  const rows = annex.rows
    .map((row) => {
      const weight = row.kind === 'header' || row.kind === 'total' ? 'font-weight:bold;' : '';
      const slant = row.kind === 'numbering' ? 'font-style:italic;' : '';
      const cells = row.cells
        .map((cell) => {
          const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
          const style = `${CELL_BORDER};padding:1pt 3pt;vertical-align:middle;text-align:${cell.align};${weight}${slant}`;
          const content = row.kind === 'numbering' ? escapeHtml(cell.text).replace(/([=+])(?=\S)/g, '$1<wbr>') : escapeHtml(cell.text);
          return `<td${spans} style="${style}">${content}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  const tableStyle = `border-collapse:collapse;width:100%;${FONT_CSS};font-size:${CLIPBOARD_TABLE_PT}pt`;
  return `<table border="1" cellspacing="0" cellpadding="0" style="${tableStyle}">${colgroup}${rows}</table>`;
}

/** The annex as tab-separated lines: merged cells give their text once, at their top-left. */
export function annexPlainText(annex: PrintedAnnex): string[] {
  const grid: (string | null)[][] = annex.rows.map(() => new Array(annex.columnCount).fill(null));
  annex.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (col < annex.columnCount && grid[r][col] !== null) col++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < grid.length; dr++) {
        for (let dc = 0; dc < cell.colSpan && col + dc < annex.columnCount; dc++) grid[r + dr][col + dc] = '';
      }
      grid[r][col] = cell.text;
      col += cell.colSpan;
    }
  });
  return grid.map((line) => line.map((text) => (text ?? '').replace(/[\t\r\n]+/g, ' ')).join('\t'));
}

/** What "Copy to Word" puts on the clipboard. */
export function clipboardPayload(narrative: NarrativeText, annex?: PrintedAnnex): ClipboardPayload {
  const body = narrative.paragraphs.map(paragraphHtml).join('');
  const table = annex ? annexHtml(annex, narrative) : '';
  const html = `<meta charset="utf-8"><div style="${FONT_CSS};font-size:${BODY_PT}pt">${body}${table}</div>`;
  const lines = narrativeLines(narrative);
  if (annex) {
    const caption = annexCaption(narrative);
    lines.push('', caption.title, caption.subtitle, ...(caption.range ? [caption.range] : []), ...annexPlainText(annex));
  }
  return { html, text: lines.join('\r\n') + '\r\n' };
}
