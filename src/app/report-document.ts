// The whole report from a narrative bundle and the clerk's options: what the CLI and the pane share.
import type { NarrativeBundle } from '../core/narrative';
import type { ReportDocument } from '../core/report/document';
import { reportFacts, type ReportOptions } from '../core/report/facts';
import type { NarrativeText } from '../i18n/narrative/render';
import { renderReport } from '../i18n/report/render';

export interface ReportRequest extends ReportOptions {
  /** Leave the annex page out. */
  withoutAnnex?: boolean;
}

/** The report document: the seed's structure around section I.2, in the narrative's language. */
export function reportDocumentFor(bundle: Pick<NarrativeBundle, 'model' | 'annex'> & { text: NarrativeText }, request: ReportRequest): ReportDocument {
  const facts = reportFacts(bundle.model.period, { ...request, unit: request.unit ?? bundle.model.unit });
  return renderReport({ facts, narrative: bundle.text, annex: request.withoutAnnex ? undefined : bundle.annex });
}
