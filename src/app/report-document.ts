// The whole report from a narrative bundle and the clerk's options: what the CLI and the pane share.
import type { NarrativeBundle } from '../core/narrative';
import type { ReportDocument } from '../core/report/document';
import { reportFacts, type ReportOptions } from '../core/report/facts';
import type { NarrativeText } from '../i18n/narrative/render';
import { renderReport } from '../i18n/report/render';
import { updatePreviousReport } from '../word/previous-report/update';
import { annexOnlyBuffer } from '../word/report-docx';

export interface ReportRequest extends ReportOptions {
  /** Leave the annex page out. */
  withoutAnnex?: boolean;
}

/** The report document: the seed's structure around section I.2, in the narrative's language. */
export function reportDocumentFor(bundle: Pick<NarrativeBundle, 'model' | 'annex'> & { text: NarrativeText }, request: ReportRequest): ReportDocument {
  const facts = reportFacts(bundle.model.period, { ...request, unit: request.unit ?? bundle.model.unit });
  return renderReport({ facts, narrative: bundle.text, annex: request.withoutAnnex ? undefined : bundle.annex });
}

/** Section I.2 of the report document, as the previous report's update puts it in. */
export function generatedSection(document: ReportDocument) {
  return document.body.filter((p) => p.key.startsWith('narrative.'));
}

/** Last period's report brought up to date with this bundle's period, section I.2 and figures. */
export async function updatedReport(bytes: Uint8Array, bundle: Pick<NarrativeBundle, 'model' | 'annex' | 'figures'> & { text: NarrativeText }, request: ReportRequest) {
  const document = reportDocumentFor(bundle, request);
  const annex = (await annexOnlyBuffer(document)) ?? undefined;
  return updatePreviousReport({
    annex,
    bytes,
    section: generatedSection(document),
    period: bundle.model.period,
    totals: bundle.figures.totals,
    reconcile: { fields: bundle.figures.fields },
  });
}
