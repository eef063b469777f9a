// Saves a Blob as a file from the pane. Excel on the web and Windows allow it; Excel on Mac
// ignores blob downloads, so the caller says so and offers the clipboard instead.

/** Starts the download; false when the host offers no way to (no URL.createObjectURL). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): boolean {
  const win = doc.defaultView;
  if (!win || typeof win.URL?.createObjectURL !== 'function') return false;
  const url = win.URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers.
    win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
  }
  return true;
}
