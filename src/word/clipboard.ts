// Puts formatted HTML and plain text on the clipboard from a click in the pane. Office on the web
// blocks navigator.clipboard, so the first way is a one-time "copy" listener that sets both
// formats, fired by document.execCommand('copy'); the async Clipboard API is the second way.

import type { ClipboardPayload } from './html';

export type CopyMethod = 'copy-event' | 'clipboard-api';

/** Must run inside the click handler, before any await: execCommand needs the user gesture. */
function copyWithEvent(doc: Document, payload: ClipboardPayload): boolean {
  let delivered = false;
  const listener = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', payload.html);
    event.clipboardData.setData('text/plain', payload.text);
    event.preventDefault();
    delivered = true;
  };
  // Some hosts fire "copy" only when something is selected: select a hidden helper meanwhile.
  const previousFocus = doc.activeElement as HTMLElement | null;
  const helper = doc.createElement('textarea');
  helper.value = payload.text;
  helper.setAttribute('readonly', '');
  helper.setAttribute('aria-hidden', 'true');
  helper.style.position = 'fixed';
  helper.style.top = '-1000px';
  helper.style.opacity = '0';
  doc.body.append(helper);
  helper.select();
  doc.addEventListener('copy', listener, true);
  let executed = false;
  try {
    executed = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    executed = false;
  } finally {
    doc.removeEventListener('copy', listener, true);
    helper.remove();
    previousFocus?.focus?.();
  }
  return executed && delivered;
}

async function copyWithClipboardApi(win: Window, payload: ClipboardPayload): Promise<boolean> {
  const clipboard = win.navigator.clipboard;
  const Item = (win as unknown as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (!clipboard || typeof clipboard.write !== 'function' || !Item) return false;
  try {
    await clipboard.write([
      new Item({
        'text/html': new Blob([payload.html], { type: 'text/html' }),
        'text/plain': new Blob([payload.text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Copies both formats; resolves to how, or rejects when the host allows neither way. */
export async function copyRichText(payload: ClipboardPayload, doc: Document = document): Promise<CopyMethod> {
  if (copyWithEvent(doc, payload)) return 'copy-event';
  const win = doc.defaultView;
  if (win && (await copyWithClipboardApi(win, payload))) return 'clipboard-api';
  throw new Error('clipboard-unavailable');
}
