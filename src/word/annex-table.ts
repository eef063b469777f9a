// The annex table in Word: fixed layout, widths in twips, merged header cells, header rows
// repeated on every page, no row split across pages. The numbering row's identities
// ("(13)=(14)+(15)+(16)") may wrap only between terms.

import type { PrintedAnnex, PrintedAnnexCell, PrintedAnnexRow } from '../core/narrative/printed-annex';
import { xmlSafe } from './xml-safe';

type DocxModule = typeof import('docx');

export interface AnnexTableStyle {
  /** Table text size in points. */
  pt: number;
  /** The numbering row's size; the identities there are long and may be smaller. */
  numberingPt: number;
  /** Put an identity's sum on a line of its own ("(13)=" / "(14)+(15)+(16)"). */
  identityOnTwoLines: boolean;
  /** The table's width in twips. */
  width: number;
  /** Shares of the width per column; the annex's own when not given. */
  shares?: number[];
  /** Space above and below a cell's text, in twips. */
  cellPadding?: number;
}

/** 0.5 mm either side of a cell's text, in twips: narrow count columns keep their words whole. */
const CELL_MARGIN = 28;

const halfPoints = (pt: number) => pt * 2;

/** "(3)=(4)+(5)+(6)" may wrap after "=" and "+" (zero-width spaces) in a narrow column. */
export function breakableIdentity(text: string): string {
  return text.replace(/([=+])(?=\S)/g, '$1\u200b');
}

/** The identity's two parts: "(13)=" and "(14)+(15)+(16)"; a plain "(4)" stays whole. */
export function identityParts(text: string): [string] | [string, string] {
  const equals = text.indexOf('=');
  if (equals < 0 || equals === text.length - 1) return [text];
  return [text.slice(0, equals + 1), text.slice(equals + 1)];
}

/** Column widths in twips summing exactly to the table's width. */
export function columnTwips(shares: number[], width: number): number[] {
  const widths = shares.map((w) => Math.floor(w * width));
  const rest = width - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] += rest;
  return widths;
}

function cellRuns(d: DocxModule, row: PrintedAnnexRow, cell: PrintedAnnexCell, style: AnnexTableStyle) {
  const bold = row.kind === 'header' || row.kind === 'total';
  if (row.kind !== 'numbering') return [new d.TextRun({ text: xmlSafe(cell.text), size: halfPoints(style.pt), bold })];
  const size = halfPoints(style.numberingPt);
  const parts = style.identityOnTwoLines ? identityParts(cell.text) : [cell.text];
  return parts.map((part, i) => new d.TextRun({ text: xmlSafe(breakableIdentity(part)), size, italics: true, break: i > 0 ? 1 : undefined }));
}

export function annexTableElement(d: DocxModule, annex: PrintedAnnex, style: AnnexTableStyle) {
  const widths = columnTwips(style.shares ?? annex.columnWidths, style.width);
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const rows = annex.rows.map((row, r) => {
    const cells = row.cells.map((cell) => {
      const width = widths.slice(cell.column, cell.column + cell.colSpan).reduce((a, b) => a + b, 0);
      const alignment = cell.align === 'left' ? d.AlignmentType.LEFT : cell.align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.CENTER;
      return new d.TableCell({
        children: [new d.Paragraph({ alignment, spacing: { before: 0, after: 0 }, children: cellRuns(d, row, cell, style) })],
        columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
        rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
        verticalAlign: d.VerticalAlign.CENTER,
        width: { size: width, type: d.WidthType.DXA },
        margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: style.cellPadding ?? 20, bottom: style.cellPadding ?? 20 },
        borders,
      });
    });
    return new d.TableRow({ children: cells, tableHeader: r < annex.headerRowCount ? true : undefined, cantSplit: true });
  });
  return new d.Table({
    rows,
    width: { size: style.width, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
  });
}
