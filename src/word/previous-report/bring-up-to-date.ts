// Last period's report brought up to date from this period's report document (app/report-document.ts):
// its section I.2, its annex page, and the table's figures for the reconciliation.
import type { NarrativeBundle } from '../../core/narrative';
import type { ReportDocument } from '../../core/report/document';
import { annexOnlyBuffer } from '../report-docx';
import { updatePreviousReport, type PreviousReportResult } from './update';

/** Section I.2 of the report document, as the update puts it in. */
export function generatedSection(document: ReportDocument) {
  return document.body.filter((p) => p.key.startsWith('narrative.'));
}

export async function bringUpToDate(
  bytes: Uint8Array,
  document: ReportDocument,
  bundle: Pick<NarrativeBundle, 'model' | 'figures'>,
): Promise<PreviousReportResult> {
  const annex = (await annexOnlyBuffer(document)) ?? undefined;
  return updatePreviousReport({
    bytes,
    annex,
    section: generatedSection(document),
    period: bundle.model.period,
    totals: bundle.figures.totals,
    reconcile: { fields: bundle.figures.fields },
  });
}
