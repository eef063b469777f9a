// A small XML event reader for the spreadsheet parts: element names without their namespace
// prefix (Excel writes `x:c`, LibreOffice `c`, some tools a default namespace), attributes as
// strings, entities decoded. It checks that elements nest and close, so a truncated or
// malformed part is an error, never silently short. Written for speed: a 100,000-row sheet is
// over a million elements, and a general parser's per-element objects cost more than the read.

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity] ?? whole;
  });
}

/** XML's end-of-line handling: CR LF and lone CR read as LF. */
function textOf(raw: string): string {
  return decodeEntities(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
}

/** Attribute-value normalization: each literal line break or tab reads as a space. */
function attributeOf(raw: string): string {
  return decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
}

class XmlError extends Error {
  constructor(message: string, position: number) {
    super(`malformed XML at character ${position}: ${message}`);
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Parses a whole part; malformed XML (unclosed, mismatched or unterminated markup) throws. */
export function parseXml(xml: string, handlers: XmlHandlers): void {
  const { open, close, text } = handlers;
  const stack: string[] = [];
  let position = 0;
  const length = xml.length;
  while (position < length) {
    const lt = xml.indexOf('<', position);
    const textEnd = lt < 0 ? length : lt;
    if (text && textEnd > position && stack.length > 0) text(textOf(xml.slice(position, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */ || next === 33 /* ! */) {
      position = skipSpecial(xml, lt, stack.length > 0 ? text : undefined);
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new XmlError('unterminated tag', lt);
    if (next === 47 /* / */) {
      const name = xml.slice(lt + 2, gt).trim();
      const expected = stack.pop();
      if (expected !== name) throw new XmlError(`</${name}> closes <${expected ?? 'nothing'}>`, lt);
      close?.(localName(name));
      position = gt + 1;
      continue;
    }
    position = readStartTag(xml, lt, stack, open, close);
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1]}> is never closed`, length);
}

/** A processing instruction, comment or CDATA section, from `<`; returns the position after it. */
function skipSpecial(xml: string, lt: number, text: XmlHandlers['text']): number {
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = xml.indexOf(']]>', lt);
    if (end < 0) throw new XmlError('unterminated CDATA', lt);
    text?.(xml.slice(lt + 9, end));
    return end + 3;
  }
  const terminator = xml.startsWith('<!--', lt) ? '-->' : xml.charCodeAt(lt + 1) === 63 ? '?>' : '>';
  const end = xml.indexOf(terminator, lt + 2);
  if (end < 0) throw new XmlError('unterminated markup', lt);
  return end + terminator.length;
}

/** `<name a="1" b='2'>` or `<name/>` from `<`; returns the position after it. */
function readStartTag(xml: string, lt: number, stack: string[], open: XmlHandlers['open'], close: XmlHandlers['close']): number {
  let i = lt + 1;
  while (i < xml.length) {
    const code = xml.charCodeAt(i);
    if (isSpace(code) || code === 47 || code === 62) break;
    i++;
  }
  const name = xml.slice(lt + 1, i);
  if (name === '') throw new XmlError('element without a name', lt);
  const attributes: Record<string, string> = {};
  for (;;) {
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    const code = xml.charCodeAt(i);
    if (code === 62 /* > */) {
      stack.push(name);
      open?.(localName(name), attributes);
      return i + 1;
    }
    if (code === 47 /* / */ && xml.charCodeAt(i + 1) === 62) {
      const local = localName(name);
      open?.(local, attributes);
      close?.(local);
      return i + 2;
    }
    const equals = xml.indexOf('=', i);
    if (equals < 0) throw new XmlError(`attribute without a value in <${name}>`, i);
    const attribute = xml.slice(i, equals).trim();
    let quoteAt = equals + 1;
    while (isSpace(xml.charCodeAt(quoteAt))) quoteAt++;
    const quote = xml[quoteAt];
    if (quote !== '"' && quote !== "'") throw new XmlError(`unquoted attribute ${attribute} in <${name}>`, quoteAt);
    const end = xml.indexOf(quote, quoteAt + 1);
    if (end < 0) throw new XmlError(`unterminated attribute ${attribute}`, quoteAt);
    attributes[attribute] = attributeOf(xml.slice(quoteAt + 1, end));
    i = end + 1;
  }
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
