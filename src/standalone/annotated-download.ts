// "Tải bản đã đánh dấu": the clerk's own .xlsx with the flagged cells filled, a note on each and a
// "Kết quả kiểm tra" sheet, made by the same code as the CLI's --annotate (src/workbook/annotate,
// src/app/annotation.ts). Only an .xlsx can be copied this way; any other file gets one line.
import { annotationRequest } from '../app/annotation';
import type { ValidationState } from '../app/validation';
import type { Lang } from '../core/types';
import { annotateProblemText } from '../i18n/annotate';
import { standaloneTexts } from '../i18n/standalone';
import { AnnotateError, annotateWorkbook } from '../workbook/annotate';
import type { FileSheetHost } from './file-host';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type AnnotatedDownload = { kind: 'refused'; message: string } | { kind: 'file'; bytes: Uint8Array; fileName: string; type: string; cells: number };

/** "phu-luc.xlsx" → "phu-luc - đã đánh dấu.xlsx" (English: "phu-luc - marked.xlsx"). */
export function annotatedFileName(original: string, lang: Lang): string {
  const base = original.replace(/\.[^.]+$/, '') || 'phu-luc';
  return `${base} - ${lang === 'vi' ? 'đã đánh dấu' : 'marked'}.xlsx`;
}

export function annotatedDownload(host: FileSheetHost, last: Extract<ValidationState, { kind: 'validated' }> | null, lang: Lang): AnnotatedDownload {
  const texts = standaloneTexts[lang];
  const workbook = host.workbook;
  if (!workbook) return { kind: 'refused', message: texts.noFile };
  if (workbook.format !== 'xlsx') return { kind: 'refused', message: texts.annotatedNeedsXlsx(workbook.format) };
  if (!last || !last.outcome.ok || !workbook.sheets.some((sheet) => sheet.sheetName === last.sheet))
    return { kind: 'refused', message: texts.annotatedNeedsValidation };
  const request = annotationRequest(last.sheet, last.outcome, lang);
  try {
    const bytes = annotateWorkbook(workbook.bytes, request);
    return { kind: 'file', bytes, fileName: annotatedFileName(workbook.fileName, lang), type: XLSX_TYPE, cells: request.cells.length };
  } catch (error) {
    const message =
      error instanceof AnnotateError ? annotateProblemText(workbook.fileName, error.problem)[lang] : error instanceof Error ? error.message : String(error);
    return { kind: 'refused', message: texts.annotatedFailed(message) };
  }
}
