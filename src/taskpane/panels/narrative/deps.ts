// What the Báo cáo panel needs from the browser and Office, replaceable in tests; the .docx and
// clipboard-HTML writers come with the report chunk (the `docx` library in a chunk of its own),
// asked for when the panel opens.
import { officePlatform } from '../../../excel/platform';
import { copyRichText, type CopyMethod } from '../../../word/clipboard';
import type { ReportDocxInput } from '../../../word/docx';
import { downloadBlob } from '../../../word/download';
import type { ClipboardPayload } from '../../../word/html';
import type { FullReportDeps } from './full-report';

/** What the panel needs from the browser and Office, replaceable in tests. */
export interface NarrativePanelDeps {
  copy(payload: ClipboardPayload): Promise<CopyMethod>;
  buildDocx(input: ReportDocxInput): Promise<Blob>;
  download(blob: Blob, fileName: string): boolean;
  /** Office's platform ("Mac", "OfficeOnline", "PC"…), undefined outside Office. */
  platform(): string | undefined;
  prefetchDocx(): void;
  /** The whole report's download and clipboard (full-report.ts); the browser's when not given. */
  fullReport?: FullReportDeps;
}

/** The .docx writers come with the report chunk (its `docx` library in a chunk of its own). */
const wordDocx = () => import(/* webpackChunkName: "report" */ '../../../word/docx');

type WordHtml = typeof import('../../../word/html');
let wordHtml: WordHtml | null = null;

/** The clipboard writer once loaded, for a click that must not wait. */
export const loadedWordHtml = (): WordHtml | null => wordHtml;
/** The clipboard HTML writer, with the report chunk; asked for when the panel opens, held once loaded. */
export const loadWordHtml = (): Promise<WordHtml> => import(/* webpackChunkName: "report" */ '../../../word/html').then((module) => (wordHtml = module));

export const browserDeps: NarrativePanelDeps = {
  copy: (payload) => copyRichText(payload, document),
  buildDocx: (input) => wordDocx().then((module) => module.reportDocxBlob(input)),
  download: (blob, fileName) => downloadBlob(blob, fileName, document),
  platform: officePlatform,
  prefetchDocx: () =>
    void wordDocx()
      .then((module) => module.loadDocx())
      .catch(() => undefined),
};
