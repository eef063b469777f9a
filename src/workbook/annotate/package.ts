// The package as parts: every part's bytes kept as read, so a part nobody edits is written back
// byte for byte; the edited and new parts as text. Relationships and content types edited in place.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { resolvePartName } from '../xml';
import { damaged } from './errors';
import { applySplices, escapeXml, forEachTag, type Splice } from './tags';

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

export const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export class PartStore {
  private readonly order: string[];
  private readonly bytes: Map<string, Uint8Array>;
  private readonly edited = new Map<string, string>();

  constructor(zipped: Uint8Array) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(zipped);
    } catch (error) {
      throw damaged((error as Error).message);
    }
    this.order = Object.keys(files);
    this.bytes = new Map(Object.entries(files));
  }

  has(part: string): boolean {
    return this.edited.has(part) || this.bytes.has(part);
  }

  text(part: string): string | undefined {
    const edited = this.edited.get(part);
    if (edited !== undefined) return edited;
    const bytes = this.bytes.get(part);
    return bytes === undefined ? undefined : utf8Decoder.decode(bytes);
  }

  set(part: string, text: string): void {
    if (!this.bytes.has(part) && !this.edited.has(part)) this.order.push(part);
    this.edited.set(part, text);
  }

  /** The first free name of the pattern: "xl/comments{n}.xml" → xl/comments1.xml, 2, … */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!this.has(name) && ![...this.order].some((p) => p.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  names(): readonly string[] {
    return this.order;
  }

  /** The package again: parts in their original order, new parts after them. */
  zip(): Uint8Array {
    const files: Zippable = {};
    for (const part of this.order) {
      const edited = this.edited.get(part);
      files[part] = [edited === undefined ? this.bytes.get(part)! : utf8Encoder.encode(edited), { level: 6 }];
    }
    return zipSync(files);
  }
}

export function folderOf(part: string): string {
  return part.includes('/') ? part.slice(0, part.lastIndexOf('/') + 1) : '';
}

export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** A part's target as written in a relationship from `fromPart`: relative to its folder. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = folderOf(fromPart).split('/').filter(Boolean);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export interface Relationship {
  id: string;
  type: string;
  /** The target part, resolved (internal relationships only). */
  target: string;
}

export function readRelationships(store: PartStore, part: string): Relationship[] {
  const xml = store.text(relationshipsPartOf(part));
  if (xml === undefined) return [];
  const relationships: Relationship[] = [];
  forEachTag(xml, (tag) => {
    if (tag.local !== 'Relationship' || tag.kind === 'close') return;
    const external = tag.attributes.TargetMode === 'External';
    relationships.push({
      id: tag.attributes.Id ?? '',
      type: tag.attributes.Type ?? '',
      target: external ? '' : resolvePartName(folderOf(part), tag.attributes.Target ?? ''),
    });
  });
  return relationships;
}

/** Adds a relationship from `part` to `target`; returns its new Id. */
export function addRelationship(store: PartStore, part: string, type: string, target: string): string {
  const relsPart = relationshipsPartOf(part);
  const xml =
    store.text(relsPart) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const ids = new Set<string>();
  let closeAt = -1;
  let prefix = '';
  let selfClosing: { start: number; end: number } | null = null;
  forEachTag(xml, (tag) => {
    if (tag.local === 'Relationship' && tag.kind !== 'close') ids.add(tag.attributes.Id ?? '');
    if (tag.local === 'Relationships') {
      prefix = tag.name.slice(0, tag.name.length - tag.local.length);
      if (tag.kind === 'close') closeAt = tag.start;
      if (tag.kind === 'empty') selfClosing = { start: tag.start, end: tag.end };
    }
  });
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<${prefix}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
  const splice: Splice | null =
    closeAt >= 0 ? { at: closeAt, to: closeAt, text: element } : selfClosing ? openedRoot(xml, selfClosing, element, `${prefix}Relationships`) : null;
  if (!splice) throw damaged(`${relsPart} has no <Relationships>`);
  store.set(relsPart, applySplices(xml, [splice]));
  return id;
}

/** `<root …/>` → `<root …>children</root>`. */
export function openedRoot(xml: string, tag: { start: number; end: number }, children: string, name: string): Splice {
  const tagText = xml.slice(tag.start, tag.end);
  return { at: tag.start, to: tag.end, text: `${tagText.replace(/\s*\/>$/, '>')}${children}</${name}>` };
}

/** Declares a part's content type, unless the package already declares it (by name or extension). */
export function declareContentType(store: PartStore, part: string, contentType: string): void {
  const xml = store.text('[Content_Types].xml');
  if (xml === undefined) throw damaged('no [Content_Types].xml');
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  let declared = false;
  let closeAt = -1;
  let prefix = '';
  forEachTag(xml, (tag) => {
    if (tag.local === 'Override' && tag.attributes.PartName?.toLowerCase() === `/${part}`.toLowerCase()) declared = true;
    if (tag.local === 'Default' && tag.attributes.Extension?.toLowerCase() === extension && tag.attributes.ContentType === contentType) declared = true;
    if (tag.local === 'Types') {
      prefix = tag.name.slice(0, tag.name.length - tag.local.length);
      if (tag.kind === 'close') closeAt = tag.start;
    }
  });
  if (declared) return;
  if (closeAt < 0) throw damaged('[Content_Types].xml has no <Types>');
  const element = `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
  store.set('[Content_Types].xml', applySplices(xml, [{ at: closeAt, to: closeAt, text: element }]));
}
