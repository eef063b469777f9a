// The Báo cáo panel's "Tải báo cáo đầy đủ .docx": the whole report, or last period's report
// brought up to date when one is picked, with the review list shown under the button. On Excel
// for Mac, where the pane cannot download, the new report goes to the clipboard as formatted HTML.
// Loaded in its own chunk by full-report.ts.
import type { NarrativeBundle } from '../../../core/narrative';
import { reportDocumentFor, type ReportRequest } from '../../../app/report-document';
import { bringUpToDate } from '../../../word/previous-report/bring-up-to-date';
import { PreviousReportError } from '../../../word/previous-report/update';
import { fullReportBlob } from '../../../word/report-docx';
import { reportClipboardPayload } from '../../../word/report-html';
import { errorMessage } from '../../../app/validation';
import type { NarrativeText } from '../../../i18n/narrative/render';
import { fullReportPaneTexts } from '../../../i18n/report/pane';
import { previousReportTexts, reviewLines } from '../../../i18n/report/review';
import { docxFileName } from '../../../word/captions';
import { copyRichText, type CopyMethod } from '../../../word/clipboard';
import { downloadBlob } from '../../../word/download';
import type { ClipboardPayload } from '../../../word/html';
import { officePlatform } from '../../../excel/platform';
import { clear, h } from '../../dom';
import type { PaneContext } from '../types';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface FullReportDeps {
  download(blob: Blob, fileName: string): boolean;
  copy(payload: ClipboardPayload): Promise<CopyMethod>;
  platform(): string | undefined;
}

export const fullReportBrowserDeps: FullReportDeps = {
  download: (blob, fileName) => downloadBlob(blob, fileName, document),
  copy: (payload) => copyRichText(payload, document),
  platform: officePlatform,
};

export type FullReportSource = () => { bundle: NarrativeBundle; narrative: NarrativeText } | null;

export function createFullReportView(context: PaneContext, source: FullReportSource, deps: FullReportDeps = fullReportBrowserDeps) {
  const title = h('h2', { className: 'rule__title', attrs: { id: 'narrative-full-title' } });
  const intro = h('p', { className: 'narrative__intro' });
  const previousLabel = h('label', { attrs: { for: 'narrative-previous-report' } });
  const previous = h('input', { attrs: { type: 'file', id: 'narrative-previous-report', accept: '.docx,.doc' } }) as HTMLInputElement;
  const signerLabel = h('label', { attrs: { for: 'narrative-signer' } });
  const signer = h('input', { attrs: { type: 'text', id: 'narrative-signer' } }) as HTMLInputElement;
  const signerTitleLabel = h('label', { attrs: { for: 'narrative-signer-title' } });
  const signerTitle = h('input', { attrs: { type: 'text', id: 'narrative-signer-title' } }) as HTMLInputElement;
  const button = h('button', { className: 'button button--primary', attrs: { type: 'button', id: 'narrative-full-report' } }) as HTMLButtonElement;
  const feedback = h('div', { className: 'narrative__feedback', attrs: { role: 'status', 'aria-live': 'polite', id: 'narrative-full-feedback' } });
  const reviewTitle = h('h3', { attrs: { id: 'narrative-review-title' } });
  const review = h('ul', { attrs: { id: 'narrative-review', 'aria-labelledby': 'narrative-review-title' } });
  const reviewBox = h('div', { className: 'narrative__notes' }, [reviewTitle, review]);
  const element = h('section', { attrs: { id: 'narrative-full' } }, [
    title,
    intro,
    h('div', { className: 'field' }, [previousLabel, previous]),
    h('div', { className: 'field' }, [signerLabel, signer]),
    h('div', { className: 'field' }, [signerTitleLabel, signerTitle]),
    h('div', { className: 'actions' }, [button]),
    feedback,
    reviewBox,
  ]);
  let feedbackLines: string[] = [];
  let reviewItems: string[] = [];
  let busy = false;

  function render(): void {
    const t = fullReportPaneTexts[context.lang()];
    title.textContent = t.title;
    intro.textContent = t.intro;
    previousLabel.textContent = t.previousLabel;
    signerLabel.textContent = t.signerLabel;
    signerTitleLabel.textContent = t.signerTitleLabel;
    signerTitle.placeholder = t.signerTitlePlaceholder;
    button.textContent = t.download;
    button.disabled = busy || source() === null;
    reviewTitle.textContent = t.reviewTitle;
    clear(feedback);
    for (const line of feedbackLines) feedback.append(h('p', { text: line }));
    clear(review);
    for (const line of reviewItems) review.append(h('li', { text: line }));
    reviewBox.hidden = reviewItems.length === 0;
  }

  const request = (): ReportRequest => ({ signer: signer.value, signerTitle: signerTitle.value });

  /** Runs inside the click: on a Mac the clipboard needs the user gesture, so nothing is awaited before copying. */
  function start(): void {
    const current = source();
    if (!current || busy) return;
    const t = fullReportPaneTexts[context.lang()];
    const file = previous.files?.[0];
    reviewItems = [];
    if (!file && deps.platform() === 'Mac') {
      deps
        .copy(reportClipboardPayload(reportDocumentFor({ ...current.bundle, text: current.narrative }, request())))
        .then(
          () => (feedbackLines = [t.mac]),
          (error) => (feedbackLines = [t.failed(errorMessage(error))]),
        )
        .finally(render);
      return;
    }
    busy = true;
    feedbackLines = [t.building];
    render();
    void build(current, file).finally(() => {
      busy = false;
      render();
    });
  }

  async function build(current: NonNullable<ReturnType<FullReportSource>>, file: File | undefined): Promise<void> {
    const lang = context.lang();
    const t = fullReportPaneTexts[lang];
    const fileName = docxFileName(current.narrative);
    const bundle = { ...current.bundle, text: current.narrative };
    try {
      if (file) {
        const result = await bringUpToDate(new Uint8Array(await file.arrayBuffer()), reportDocumentFor(bundle, request()), bundle);
        reviewItems = [...result.plan.problems.map((p) => previousReportTexts.problem[p][lang]), ...reviewLines(result.plan.findings, lang, '')];
        const started = deps.download(new Blob([result.bytes as BlobPart], { type: DOCX_TYPE }), fileName);
        feedbackLines = [deps.platform() === 'Mac' ? t.macWithPrevious(fileName) : started ? t.updated(fileName, file.name) : t.failed('URL.createObjectURL')];
      } else {
        const started = deps.download(await fullReportBlob(reportDocumentFor(bundle, request())), fileName);
        feedbackLines = [started ? t.downloaded(fileName) : t.failed('URL.createObjectURL')];
      }
    } catch (error) {
      feedbackLines = [
        error instanceof PreviousReportError
          ? previousReportTexts.fileProblem(file?.name ?? '', error.problem, error.detail)[lang]
          : t.failed(errorMessage(error)),
      ];
    }
  }

  button.addEventListener('click', start);
  return { element, render };
}
