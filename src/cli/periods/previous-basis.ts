// `narrative` / `report --previous LAST.xlsx[:SHEET]`: the table to compare with, read and
// validated; what the clerk should know about it (its own errors, a broken carry-over) on stderr.
import { comparisonBasis } from '../../core/periods/basis';
import { periodTableOf } from '../../core/periods/book';
import { checkCarryOver, carryOverErrors } from '../../core/periods/carry-over';
import type { ComparisonBasis, NarrativeModel } from '../../core/narrative';
import type { Grid, Lang, ValidationReport } from '../../core/types';
import { omittedLineNames } from '../../i18n/narrative/reconcile';
import { periodsCliTexts } from '../../i18n/periods/cli';
import { verdictLine } from '../../i18n/verdict';
import type { CliIo } from '../io';
import { loadPeriodTable } from './tables';

export async function previousBasis(
  io: CliIo,
  argument: string,
  current: { file: string; grid: Grid; report: ValidationReport },
  lang: Lang,
): Promise<ComparisonBasis> {
  const previous = await loadPeriodTable(argument, lang);
  io.stderr(periodsCliTexts.comparedWith(previous)[lang]);
  if (previous.report.summary.verdict !== 'valid') io.stderr(periodsCliTexts.previousNotValid(verdictLine(previous.report)[lang])[lang]);
  const check = checkCarryOver(previous, periodTableOf(current.grid, current.report, current.file));
  if (check.checked && carryOverErrors(check) > 0) io.stderr(periodsCliTexts.carryOverBroken(carryOverErrors(check))[lang]);
  return comparisonBasis(previous);
}

/** Lines of the narrative the previous table had no figure for. */
export function warnNotCompared(io: CliIo, model: NarrativeModel, lang: Lang): void {
  const missing = model.comparison?.missing ?? [];
  if (missing.length > 0) io.stderr(periodsCliTexts.notCompared([omittedLineNames(missing, lang)])[lang]);
}
