// The standalone page: the file bar on top, the sheet on the left and the add-in's own panels on
// the right (src/taskpane/app.ts), all over the file-backed host. Opening a file validates its
// first visible sheet at once, as pressing "Kiểm tra" would.
import type { Lang } from '../core/types';
import { validateGrid } from '../core/validate';
import { standalonePaneTexts, standaloneTexts, type StandaloneTexts } from '../i18n/standalone';
import { createPane, type Pane } from '../taskpane/app';
import { h } from '../taskpane/dom';
import { panelsFor } from '../taskpane/panels';
import { downloadBlob } from '../word/download';
import { annotatedDownload } from './annotated-download';
import { pageBuildHost } from './build-host';
import { createFileBar } from './file-bar';
import { FileSheetHost } from './file-host';
import { openWorkbookFile } from './open-file';
import { createSheetView } from './sheet-view';

export interface PageOptions {
  initialLang: Lang;
  saveLang(lang: Lang): void;
  logoSrc: string;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
}

export interface StandalonePage {
  pane: Pane;
  host: FileSheetHost;
  open(file: File): Promise<void>;
}

export function downloadBytes(doc: Document, bytes: Uint8Array, fileName: string, type: string): boolean {
  return downloadBlob(new Blob([bytes as BlobPart], { type }), fileName, doc);
}

export function mountStandalonePage(root: HTMLElement, options: PageOptions): StandalonePage {
  const doc = root.ownerDocument;
  let lang: Lang = options.initialLang;
  const texts = (): StandaloneTexts => standaloneTexts[lang];
  const host = new FileSheetHost(() => lang);
  const fileBar = createFileBar(doc, (file) => void open(file));
  const paneRoot = h('div', { className: 'app page__pane', attrs: { id: 'app' } });
  const buildHost = pageBuildHost({
    host,
    storage: options.storage,
    download: (bytes, fileName, type) => downloadBytes(doc, bytes, fileName, type),
    onDownloadBlocked: () => fileBar.setStatus(texts().downloadBlocked, 'error'),
  });
  const pane = createPane(paneRoot, {
    excel: host,
    validate: validateGrid,
    panels: panelsFor(buildHost),
    initialLang: lang,
    saveLang: options.saveLang,
    texts: standalonePaneTexts,
    logoSrc: options.logoSrc,
  });
  const controller = pane.controller;
  const sheetView = createSheetView({
    host,
    lang: () => lang,
    texts,
    tableOf: (sheet) => {
      const last = controller.lastValidation;
      return last && last.sheet === sheet && last.outcome.ok ? last.outcome.report.table : null;
    },
  });
  root.replaceChildren(h('div', { className: 'page' }, [h('div', { className: 'page__sheet' }, [fileBar.element, sheetView.element]), paneRoot]));

  function openedLine(): string {
    const workbook = host.workbook;
    return workbook ? texts().opened(workbook.fileName, workbook.format, workbook.sheets.length) : '';
  }

  async function open(file: File): Promise<void> {
    fileBar.setStatus(texts().reading(file.name));
    fileBar.setAnnotatedStatus('');
    const result = await openWorkbookFile(file, lang);
    if (!result.ok) return fileBar.setStatus(result.message, 'error');
    host.open(result.workbook);
    fileBar.setStatus(openedLine(), 'ok');
    pane.context.activate('validate');
    await controller.runValidation();
  }

  fileBar.annotatedButton.addEventListener('click', () => {
    const outcome = annotatedDownload(host, controller.lastValidation, lang);
    if (outcome.kind === 'refused') return fileBar.setAnnotatedStatus(outcome.message, 'error');
    const saved = downloadBytes(doc, outcome.bytes, outcome.fileName, outcome.type);
    fileBar.setAnnotatedStatus(saved ? texts().annotatedReady(outcome.fileName, outcome.cells) : texts().downloadBlocked, saved ? 'ok' : 'error');
  });

  function renderTexts(): void {
    fileBar.renderTexts(texts());
    if (host.workbook) fileBar.setStatus(openedLine(), 'ok');
    sheetView.render();
  }
  pane.context.onLanguageChange((next) => {
    lang = next;
    renderTexts();
  });
  controller.subscribe((state) => {
    // The sheet just validated is the one shown, its table's header frozen.
    if (state.kind === 'validated') host.show(state.sheet);
    if (state.kind === 'validated' || state.kind === 'cleared') sheetView.render();
  });
  renderTexts();
  return { pane, host, open };
}
