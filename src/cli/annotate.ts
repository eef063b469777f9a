// `validate … --annotate OUT.xlsx | --annotate-dir DIR`: the annotated copy of a validated file,
// made by the same code as the standalone page's download (app/annotation + workbook/annotate).
import { promises as fs } from 'fs';
import * as path from 'path';
import { annotationRequest } from '../app/annotation';
import type { Lang, ValidateOutcome } from '../core/types';
import { annotateProblemText, annotateTexts } from '../i18n/annotate';
import { AnnotateError, annotateWorkbook, type AnnotateProblem } from '../workbook/annotate';
import type { WorkbookFormat } from '../workbook/types';
import { InputError } from './errors';

/** Where the copy of `file` goes in an --annotate-dir folder: "phu-luc.xlsx" → "DIR/phu-luc-danh-dau.xlsx". */
export function annotatedPathIn(dir: string, file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  return path.join(dir, `${base}-danh-dau.xlsx`);
}

/** Writes the copy; returns the line to tell the clerk, or throws an InputError with the reason. */
export async function writeAnnotatedCopy(
  file: string,
  format: WorkbookFormat,
  out: string,
  outcome: Extract<ValidateOutcome, { ok: true }>,
  lang: Lang,
): Promise<string> {
  const problem = (p: AnnotateProblem) => new InputError(annotateProblemText(file, p)[lang]);
  // The reader has said what the file is: an .xls, .et or .ods is told so before any bytes are edited.
  if (format === 'xls' || format === 'et' || format === 'ods') throw problem({ kind: 'not-xlsx', format });
  if (path.resolve(out) === path.resolve(file)) throw new InputError(annotateTexts.sameAsInput(out)[lang]);
  const original = await fs.readFile(file);
  const request = annotationRequest(outcome.report.sheet, outcome, lang);
  let copy: Uint8Array;
  try {
    copy = annotateWorkbook(new Uint8Array(original.buffer, original.byteOffset, original.byteLength), request);
  } catch (error) {
    if (error instanceof AnnotateError) throw problem(error.problem);
    throw error;
  }
  try {
    await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await fs.writeFile(out, copy);
  } catch (error) {
    throw new InputError(annotateTexts.cannotWrite(out, String((error as NodeJS.ErrnoException).code ?? error))[lang]);
  }
  return annotateTexts.written(out, request.cells.length)[lang];
}
