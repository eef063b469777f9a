// What the annotated copy says, for the CLI and the standalone page alike: the same marks and note
// words as the pane (core/marks.ts, i18n), and a results sheet listing every finding with a link
// to its cell.
import { planMarks } from '../core/marks';
import type { Lang, ValidateOutcome } from '../core/types';
import { annotateTexts } from '../i18n/annotate';
import { findingText, markLines, outcomeProblemText } from '../i18n/findings';
import { noteText } from '../i18n/pane';
import { verdictLine } from '../i18n/verdict';
import type { AnnotationRequest, ResultsSheet } from '../workbook/annotate';

export function annotationRequest(sheetName: string, outcome: ValidateOutcome, lang: Lang): AnnotationRequest {
  const t = annotateTexts;
  const columns = [t.columns.severity[lang], t.columns.cell[lang], t.columns.row[lang], t.columns.message[lang]];
  const results: ResultsSheet = { name: t.sheetName[lang], columns, rows: [] };
  if (!outcome.ok) {
    results.rows.push({ values: [t.noTable[lang], '', '', outcomeProblemText(outcome)[lang]] });
    return { sheet: sheetName, cells: [], results };
  }
  const { report } = outcome;
  const cells = planMarks(report).map((mark) => ({
    address: mark.address,
    severity: mark.severity,
    style: mark.style,
    note: noteText(markLines(report, mark), lang),
  }));
  results.rows.push({ values: [t.verdict[lang], '', '', verdictLine(report)[lang]] });
  for (const finding of report.findings) {
    const cell = finding.culprit ?? finding.anchor;
    results.rows.push({
      values: [t.severity[finding.severity][lang], cell, finding.rowLabel ?? '', findingText(finding)[lang]],
      link: { sheet: sheetName, address: cell },
    });
  }
  return { sheet: sheetName, cells, results };
}
