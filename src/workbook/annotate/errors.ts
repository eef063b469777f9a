// Why an annotated copy could not be made, as data (the words are in src/i18n/annotate.ts).
import type { WorkbookProblem } from '../types';

/**
 * - not-xlsx: a workbook the reader reads (.xls, WPS .et, .ods) but whose package this writer does
 *   not edit: the clerk saves it as .xlsx first;
 * - no-sheet: the request names a sheet the workbook does not have;
 * - the reader's problems (encrypted, damaged, not a workbook…) as they are.
 */
export type AnnotateProblem = WorkbookProblem | { kind: 'not-xlsx'; format: 'xls' | 'et' | 'ods' } | { kind: 'no-sheet'; sheet: string };

export class AnnotateError extends Error {
  constructor(readonly problem: AnnotateProblem) {
    super(problem.kind === 'damaged' ? `${problem.format}: ${problem.detail}` : problem.kind === 'no-sheet' ? `no sheet "${problem.sheet}"` : problem.kind);
    this.name = 'AnnotateError';
  }
}

/** A part that cannot be edited: the package is damaged. */
export function damaged(detail: string): AnnotateError {
  return new AnnotateError({ kind: 'damaged', format: 'xlsx', detail });
}
