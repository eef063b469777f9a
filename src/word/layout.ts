// Page and type layout of administrative documents, Nghị định 30/2020/NĐ-CP, Phụ lục I:
// A4; Times New Roman 13–14 pt; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm;
// first-line indent 1–1.27 cm; at least 6 pt between paragraphs; line spacing 1 to 1.5 lines.

export const FONT = 'Times New Roman';
export const BODY_PT = 14;
/** The 16-column annex stays readable in a landscape section at the bottom of the allowed range. */
export const TABLE_PT = 13;
/** The clipboard table lands in whatever page the clerk pastes into, often portrait: smaller. */
export const CLIPBOARD_TABLE_PT = 11;

export const MM_TO_TWIP = 1440 / 25.4;
export const twips = (mm: number): number => Math.round(mm * MM_TO_TWIP);

export const A4 = { widthMm: 210, heightMm: 297 };
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 };
export const FIRST_LINE_INDENT_CM = 1.27;
export const PARAGRAPH_AFTER_PT = 6;
/** Line spacing as a multiple of single spacing. */
export const LINE_SPACING = 1.15;

/** Text width of a landscape A4 page between the margins, in mm. */
export const LANDSCAPE_TEXT_WIDTH_MM = A4.heightMm - MARGIN_MM.left - MARGIN_MM.right;

/** The whole report (issue 15): header block, closing block and the annex page. */
export const HEADER_PT = 13;
export const MOTTO_PT = 14;
export const RECIPIENTS_LABEL_PT = 12;
export const RECIPIENTS_PT = 11;
/** The annex on one landscape page: 11–12 pt in the table, the identities of the numbering row smaller. */
export const REPORT_TABLE_PT = 11;
export const NUMBERING_PT = 9;
/** The header block's left column (issuer, number), as a share of the text width. */
export const HEADER_LEFT_SHARE = 0.4;
/** Text width of a portrait A4 page between the margins, in mm. */
export const PORTRAIT_TEXT_WIDTH_MM = A4.widthMm - MARGIN_MM.left - MARGIN_MM.right;
