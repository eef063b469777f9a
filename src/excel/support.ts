/** Which newer Excel APIs this Excel has; the manifest only asks for ExcelApi 1.1 (so Excel 2016 loads the pane and can say what to use instead). */
export interface ApiSupport {
  /** ExcelApi 1.9: Range.getCellProperties (tells "No Fill" from white) and RangeAreas (getRanges). */
  cellProperties: boolean;
  rangeAreas: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: worksheet notes, where the reason of a highlight is written. */
  notes: boolean;
  /** ExcelApi 1.10: comments, where the reason goes when notes are missing (Office 2021). */
  comments: boolean;
}

export const FULL_SUPPORT: ApiSupport = { cellProperties: true, rangeAreas: true, mergedAreas: true, notes: true, comments: true };
export const MINIMUM_SUPPORT: ApiSupport = { cellProperties: false, rangeAreas: false, mergedAreas: false, notes: false, comments: false };

function excelApi(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export function detectApiSupport(): ApiSupport {
  return {
    cellProperties: excelApi('1.9'),
    rangeAreas: excelApi('1.9'),
    mergedAreas: excelApi('1.13'),
    notes: excelApi('1.18'),
    comments: excelApi('1.10'),
  };
}

/**
 * ExcelApi 1.4 carries what every read and highlight uses (workbook settings, getItemOrNullObject,
 * getUsedRangeOrNullObject): without it the pane says so instead of failing on the first click.
 */
export function supportsCorePath(): boolean {
  return excelApi('1.4');
}
