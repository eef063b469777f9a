// The page's top bar: pick or drop a workbook, what was read, and the annotated copy's button.
import type { StandaloneTexts } from '../i18n/standalone';
import { h } from '../taskpane/dom';

export interface FileBar {
  element: HTMLElement;
  annotatedButton: HTMLButtonElement;
  setStatus(text: string, kind?: 'info' | 'error' | 'ok'): void;
  setAnnotatedStatus(text: string, kind?: 'error' | 'ok'): void;
  renderTexts(texts: StandaloneTexts): void;
}

export function createFileBar(doc: Document, onFile: (file: File) => void): FileBar {
  const input = h('input', { className: 'visually-hidden', attrs: { type: 'file', id: 'file-input', accept: '.xlsx,.xlsm,.xls,.ods,.et,.ett' } });
  const chooseLabel = h('button', {
    className: 'button button--primary file-bar__choose',
    attrs: { type: 'button', id: 'file-choose' },
    on: { click: () => input.click() },
  });
  const intro = h('p', { className: 'file-bar__intro' });
  const dropHint = h('span', { className: 'file-bar__hint' });
  const privacy = h('p', { className: 'file-bar__privacy' });
  const status = h('p', { className: 'file-bar__status', attrs: { id: 'file-status', role: 'status', 'aria-live': 'polite' } });
  const annotatedButton = h('button', { className: 'button', attrs: { type: 'button', id: 'download-annotated' } });
  const annotatedHint = h('p', { className: 'file-bar__hint' });
  const annotatedStatus = h('p', { className: 'file-bar__status', attrs: { id: 'annotated-status', role: 'status', 'aria-live': 'polite' } });
  const dropOverlay = h('div', { className: 'drop-overlay', attrs: { id: 'drop-overlay', 'aria-hidden': 'true' } });
  const element = h('section', { className: 'file-bar', attrs: { id: 'file-bar' } }, [
    h('div', { className: 'file-bar__open' }, [intro, h('div', { className: 'file-bar__row' }, [input, chooseLabel, dropHint]), privacy, status]),
    h('div', { className: 'file-bar__annotated' }, [annotatedButton, annotatedHint, annotatedStatus]),
    dropOverlay,
  ]);

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  });
  let depth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  doc.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth++;
    dropOverlay.classList.add('drop-overlay--shown');
  });
  doc.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropOverlay.classList.remove('drop-overlay--shown');
  });
  doc.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  doc.addEventListener('drop', (event) => {
    depth = 0;
    dropOverlay.classList.remove('drop-overlay--shown');
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    onFile(file);
  });

  const statusOf = (target: HTMLElement, text: string, kind?: string) => {
    target.textContent = text;
    target.className = kind ? `file-bar__status file-bar__status--${kind}` : 'file-bar__status';
    target.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  };

  return {
    element,
    annotatedButton,
    setStatus: (text, kind) => statusOf(status, text, kind),
    setAnnotatedStatus: (text, kind) => statusOf(annotatedStatus, text, kind),
    renderTexts(texts) {
      intro.textContent = texts.intro;
      chooseLabel.textContent = texts.chooseFile;
      dropHint.textContent = texts.dropHint;
      privacy.textContent = texts.privacy;
      annotatedButton.textContent = texts.downloadAnnotated;
      annotatedHint.textContent = texts.downloadAnnotatedHint;
      dropOverlay.textContent = texts.dropHere;
    },
  };
}
