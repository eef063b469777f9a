// The workbook-wide parts of an .xlsx: its sheets (with visibility and date system), shared
// strings and cell formats.
import type { SheetVisibility } from '../types';
import { parseRelationships, parseXml } from '../xml';
import type { ZipPackage } from '../zip';
import { formatCodeOf } from './number-formats';

export interface SheetEntry {
  name: string;
  part: string;
  visibility: SheetVisibility;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  /** Serial dates counted from 1904 (old Mac workbooks): 1,462 days less than Windows's. */
  date1904: boolean;
  sharedStrings: string[];
  /** Style index (the `s` of a cell) → format code, null for General. */
  cellFormats: (string | null)[];
}

function folderOf(part: string): string {
  return part.includes('/') ? part.slice(0, part.lastIndexOf('/') + 1) : '';
}

function workbookPart(zip: ZipPackage): string {
  for (const { target, type } of parseRelationships(zip.text('_rels/.rels'), '').values()) {
    if (type.endsWith('/officeDocument')) return target;
  }
  return 'xl/workbook.xml';
}

type Relationships = ReturnType<typeof parseRelationships>;

function readSheets(zip: ZipPackage, part: string): { sheets: SheetEntry[]; date1904: boolean; relationships: Relationships } {
  const xml = zip.text(part);
  if (xml === undefined) throw new Error(`missing ${part}`);
  const folder = folderOf(part);
  const relationships = parseRelationships(zip.text(`${folder}_rels/${part.slice(folder.length)}.rels`), folder);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      if (name !== 'sheet') return;
      const id = attributes['r:id'] ?? Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
      const relationship = id === undefined ? undefined : relationships.get(id);
      // Chart sheets, dialog sheets and macro sheets hold no cells.
      if (!relationship || !relationship.type.endsWith('/worksheet')) return;
      const state = attributes.state;
      sheets.push({ name: attributes.name ?? '', part: relationship.target, visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible' });
    },
  });
  return { sheets, date1904, relationships };
}

/** Rich text runs joined, phonetic guides (rPh) left out. */
export function stringItemCollector(): { open: (name: string) => void; close: (name: string) => void; text: (text: string) => void; take: () => string } {
  let inText = false;
  let phonetic = 0;
  let value = '';
  return {
    open: (name) => {
      if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText) value += text;
    },
    take: () => {
      const taken = value;
      value = '';
      return taken;
    },
  };
}

function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  const item = stringItemCollector();
  parseXml(xml, {
    open: (name) => (name === 'si' ? item.take() : item.open(name)),
    close: (name) => (name === 'si' ? strings.push(item.take()) : item.close(name)),
    text: item.text,
  });
  return strings;
}

function readCellFormats(xml: string | undefined): (string | null)[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const formats: (string | null)[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'numFmt') custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(formatCodeOf(Number(attributes.numFmtId ?? 0), custom));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formats;
}

export function readWorkbookParts(zip: ZipPackage): WorkbookParts {
  const part = workbookPart(zip);
  const folder = folderOf(part);
  const { sheets, date1904, relationships } = readSheets(zip, part);
  const partOfType = (suffix: string) => [...relationships.values()].find((r) => r.type.endsWith(suffix))?.target;
  return {
    sheets,
    date1904,
    sharedStrings: readSharedStrings(zip.text(partOfType('/sharedStrings') ?? `${folder}sharedStrings.xml`)),
    cellFormats: readCellFormats(zip.text(partOfType('/styles') ?? `${folder}styles.xml`)),
  };
}
