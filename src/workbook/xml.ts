// A thin layer over saxes: element names without their namespace prefix (Excel writes `x:c`,
// LibreOffice `c`, some tools a default namespace), attributes as plain strings.
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Parses a whole part; malformed XML throws with saxes's line:column message. */
export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(xml).close();
}

/** The relationships of a part: Id → target resolved against the part's folder. */
export function parseRelationships(xml: string | undefined, partFolder: string): Map<string, { target: string; type: string }> {
  const relationships = new Map<string, { target: string; type: string }>();
  if (xml === undefined) return relationships;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      relationships.set(attributes.Id, { target: resolvePartName(partFolder, attributes.Target ?? ''), type: attributes.Type ?? '' });
    },
  });
  return relationships;
}

/** "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute; ".." climbs. */
export function resolvePartName(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}
