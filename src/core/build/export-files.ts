// What kind of export file the clerk gave, from its name and first bytes: the same check, and so
// the same words, in the CLI and the pane.
import { decodeCsvBytes } from './encoding';

export type ExportFileKind =
  | { kind: 'xlsx' }
  /** An OLE package (.xls, WPS .et, or a password-protected workbook) or an .ods: the workbook reader's (src/workbook). */
  | { kind: 'workbook' }
  | { kind: 'csv' }
  /** 0 bytes: a failed download. */
  | { kind: 'empty' }
  /**
   * Refused, with the reason the clerk reads: an Excel 97-2003 file, an HTML page saved as .xls,
   * an .xlsx that is not a zip, or a kind of file the build does not read.
   */
  | { kind: 'refused'; reason: 'xls' | 'html-as-xls' | 'not-xlsx' | 'unsupported' };

const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

function looksLikeHtml(head: Uint8Array): boolean {
  const start = decodeCsvBytes(head.subarray(0, 512)).trimStart().toLowerCase();
  return start.startsWith('<') && /<(html|table|!doctype|meta|\?xml)/.test(start);
}

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** `head`: the file's first bytes (512 are enough), or all of it. */
export function classifyExportFile(name: string, head: Uint8Array, size = head.length): ExportFileKind {
  if (size === 0) return { kind: 'empty' };
  if (startsWith(head, OLE)) return { kind: 'workbook' };
  // An .ods stores its mimetype first, uncompressed: readable in the first bytes.
  if (startsWith(head, ZIP) && String.fromCharCode(...head.subarray(30, 100)).includes('application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'workbook' };
  // A renamed .xlsx saved as .xls, or an .xlsx without its extension, is still an .xlsx.
  if (startsWith(head, ZIP)) return { kind: 'xlsx' };
  const extension = extensionOf(name);
  if (['.xls', '.xlsx', '.htm', '.html'].includes(extension)) {
    if (looksLikeHtml(head)) return { kind: 'refused', reason: 'html-as-xls' };
    return { kind: 'refused', reason: extension === '.xls' ? 'xls' : 'not-xlsx' };
  }
  if (['.csv', '.tsv', '.txt', ''].includes(extension)) return { kind: 'csv' };
  return { kind: 'refused', reason: 'unsupported' };
}
