// What the workbook reader gives its callers (CLI, pane, standalone page): bytes in, the core's
// grids out. No Node or DOM types, so the browser can use it as it is.
import type { Grid } from '../core/types';

/** The file formats clerks send, as read from the bytes (not from the file name). */
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods' | 'et' | 'csv';

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * One worksheet as the core's Grid (values as Excel shows them: merged areas in their top-left
 * cell, dates as serial days, formulas with their cached results), plus what a reader of exports
 * needs besides: the sheet's visibility and its hidden rows.
 */
export interface WorkbookSheet extends Grid {
  visibility: SheetVisibility;
  /** Absolute 0-based rows the clerk has hidden. */
  hiddenRows: number[];
}

export interface WorkbookContents {
  format: WorkbookFormat;
  /** Worksheets in workbook order (chart sheets and dialog sheets hold no cells and are left out). */
  sheets: WorkbookSheet[];
}

/**
 * Why a file could not be read, as data (the words are in src/i18n/cli.ts, workbookProblemText):
 * - encrypted: a password-protected workbook (an OLE package holding EncryptionInfo and
 *   EncryptedPackage, or an .xls with a FILEPASS record);
 * - damaged: a workbook of a known format whose content cannot be read;
 * - html / xml-2003: a web page or an Excel 2003 XML spreadsheet saved with a spreadsheet's name
 *   (what many portals export as ".xls");
 * - xlsb: Excel's binary workbook;
 * - other-office: a Word or PowerPoint file (or another OpenDocument);
 * - unknown: not a spreadsheet at all; empty: a file of 0 bytes.
 */
export type WorkbookProblem =
  | { kind: 'encrypted'; format: 'xlsx' | 'xls' | 'et' }
  | { kind: 'damaged'; format: WorkbookFormat; detail: string }
  | { kind: 'html' }
  | { kind: 'xml-2003' }
  | { kind: 'xlsb' }
  | { kind: 'other-office' }
  | { kind: 'unknown' }
  | { kind: 'empty' };

export class WorkbookReadError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(problem.kind === 'damaged' ? `${problem.format}: ${problem.detail}` : problem.kind);
    this.name = 'WorkbookReadError';
  }
}
