/** @jest-environment ./test/helpers/jsdom-environment.js */
import { copyRichText } from '../../src/word/clipboard';
import { downloadBlob } from '../../src/word/download';

const { URL } = window;

const payload = { html: '<p>Đoạn <b>một</b></p>', text: 'Đoạn một\r\n' };

/** Stands in for the browser: execCommand('copy') fires a copy event with a clipboardData store. */
function fakeExecCommand(result: boolean, store: Record<string, string>, fire = true) {
  return jest.fn((command: string) => {
    if (command !== 'copy') return false;
    if (fire) {
      const event = new window.Event('copy', { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(event, 'clipboardData', { value: { setData: (type: string, data: string) => (store[type] = data) } });
      document.dispatchEvent(event);
    }
    return result;
  });
}

afterEach(() => {
  delete (document as { execCommand?: unknown }).execCommand;
});

test('the copy event carries text/html and text/plain, and the helper is removed', async () => {
  const store: Record<string, string> = {};
  document.execCommand = fakeExecCommand(true, store);
  const button = document.createElement('button');
  document.body.append(button);
  button.focus();
  await expect(copyRichText(payload, document)).resolves.toBe('copy-event');
  expect(store).toEqual({ 'text/html': payload.html, 'text/plain': payload.text });
  expect(document.querySelector('textarea')).toBeNull();
  expect(document.activeElement).toBe(button);
});

test('falls back to the Clipboard API when execCommand does nothing', async () => {
  document.execCommand = fakeExecCommand(false, {}, false);
  const written: unknown[] = [];
  class FakeItem {
    constructor(readonly items: Record<string, Blob>) {}
  }
  Object.assign(window, { ClipboardItem: FakeItem });
  Object.defineProperty(navigator, 'clipboard', { value: { write: async (items: unknown[]) => void written.push(...items) }, configurable: true });
  await expect(copyRichText(payload, document)).resolves.toBe('clipboard-api');
  const item = written[0] as FakeItem;
  expect(Object.keys(item.items)).toEqual(['text/html', 'text/plain']);
  expect(await item.items['text/html'].text()).toBe(payload.html);
});

test('rejects when the host allows neither', async () => {
  document.execCommand = fakeExecCommand(false, {}, false);
  Object.defineProperty(navigator, 'clipboard', { value: { write: async () => Promise.reject(new Error('blocked')) }, configurable: true });
  await expect(copyRichText(payload, document)).rejects.toThrow('clipboard-unavailable');
});

test('downloadBlob clicks a link to an object URL with the file name', () => {
  const clicks: string[] = [];
  URL.createObjectURL = jest.fn(() => 'blob:fake');
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(window.HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(`${this.href} ${this.download}`);
  });
  expect(downloadBlob(new window.Blob(['x']), 'bao-cao.docx', document)).toBe(true);
  expect(clicks).toEqual(['blob:fake bao-cao.docx']);
  expect(document.querySelector('a')).toBeNull();
});
