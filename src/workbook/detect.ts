// Which kind of file the bytes are: the content decides, the name only tells .xls from WPS .et.
import type { WorkbookFormat, WorkbookProblem } from './types';

export type Container = { kind: 'zip' } | { kind: 'ole' } | { kind: 'problem'; problem: WorkbookProblem };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The first characters as text (UTF-8, or UTF-16 with a BOM), for telling HTML and XML apart. */
function leadingText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 1024);
  if (head[0] === 0xff && head[1] === 0xfe)
    return String.fromCharCode(...Array.from({ length: (head.length - 2) >> 1 }, (_, i) => head[2 + 2 * i] | (head[3 + 2 * i] << 8)));
  if (head[0] === 0xfe && head[1] === 0xff)
    return String.fromCharCode(...Array.from({ length: (head.length - 2) >> 1 }, (_, i) => (head[2 + 2 * i] << 8) | head[3 + 2 * i]));
  return String.fromCharCode(...head).replace(/^\xef\xbb\xbf/, '');
}

export function detectContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return { kind: 'problem', problem: { kind: 'empty' } };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { kind: 'zip' };
  // A short file that starts like an OLE package is a damaged one, not an unknown file.
  if (startsWith(bytes, OLE.slice(0, Math.min(OLE.length, bytes.length)))) return { kind: 'ole' };
  const text = leadingText(bytes).trimStart().toLowerCase();
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return { kind: 'problem', problem: { kind: 'xml-2003' } };
  if (text.startsWith('<') && /<(html|table|!doctype|meta|head|body)/.test(text)) return { kind: 'problem', problem: { kind: 'html' } };
  return { kind: 'problem', problem: { kind: 'unknown' } };
}

/** What a zip package holds, by its parts' names. */
export function zipFormat(names: string[], mimetype: () => string | undefined): WorkbookFormat | 'xlsb' | 'other-office' | 'zip' {
  const has = new Set(names);
  if (has.has('xl/workbook.xml') || names.some((n) => /^xl\/workbook\d*\.xml$/.test(n))) return 'xlsx';
  if (has.has('xl/workbook.bin')) return 'xlsb';
  if (has.has('mimetype') && (mimetype() ?? '').trim() === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  if (has.has('content.xml') && has.has('mimetype')) return 'other-office';
  if (has.has('word/document.xml') || has.has('ppt/presentation.xml')) return 'other-office';
  if (has.has('[Content_Types].xml') && names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  return 'zip';
}

/** What an OLE package holds, by its streams' names. */
export function oleFormat(streams: string[], fileName: string | undefined): WorkbookFormat | 'encrypted' | 'other-office' {
  const names = new Set(streams.map((s) => s.replace(/^.*\//, '')));
  if (names.has('EncryptionInfo') && names.has('EncryptedPackage')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return fileName && /\.et$/i.test(fileName) ? 'et' : 'xls';
  return 'other-office';
}
