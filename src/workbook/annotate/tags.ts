// Finding elements in a part without rebuilding it: each start or end tag with its position, so
// an edit splices a few characters and leaves every other byte of the part as it was.
import { decodeEntities, localName } from '../xml';
import { damaged } from './errors';

export interface Tag {
  /** The qualified name as written ("x:c", "c"). */
  name: string;
  local: string;
  kind: 'open' | 'close' | 'empty';
  /** Position of `<` and just after `>`. */
  start: number;
  end: number;
  /** Nesting depth: the root element is at depth 0, its children at 1. */
  depth: number;
  attributes: Record<string, string>;
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(inner: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of inner.matchAll(ATTRIBUTE)) attributes[match[1]] = decodeEntities(match[2] ?? match[3] ?? '');
  return attributes;
}

/** Calls `visit` for every tag from `from` on; stops when it returns false. */
export function forEachTag(xml: string, visit: (tag: Tag) => boolean | void, from = 0): void {
  let depth = 0;
  let position = from;
  for (;;) {
    const lt = xml.indexOf('<', position);
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const terminator = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : next === 63 ? '?>' : '>';
      const end = xml.indexOf(terminator, lt + 2);
      if (end < 0) throw damaged(`unterminated markup at character ${lt}`);
      position = end + terminator.length;
      continue;
    }
    let i = lt + 1;
    let quote = 0;
    for (; i < xml.length; i++) {
      const code = xml.charCodeAt(i);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === 62) break;
    }
    if (i >= xml.length) throw damaged(`unterminated tag at character ${lt}`);
    const closing = next === 47;
    const empty = !closing && xml.charCodeAt(i - 1) === 47;
    const inner = xml.slice(closing ? lt + 2 : lt + 1, empty ? i - 1 : i);
    const nameEnd = inner.search(/[\s/]|$/);
    const name = inner.slice(0, nameEnd);
    if (closing) depth--;
    const tag: Tag = {
      name,
      local: localName(name),
      kind: closing ? 'close' : empty ? 'empty' : 'open',
      start: lt,
      end: i + 1,
      depth,
      attributes: closing ? {} : attributesOf(inner.slice(nameEnd)),
    };
    if (!closing && !empty) depth++;
    position = i + 1;
    if (visit(tag) === false) return;
  }
}

/** The prefix of a qualified name, with its colon ("x:" of "x:c"), or "". */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text for an element's content: characters XML 1.0 cannot hold dropped, the rest escaped. */
export function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
  return escapeXml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

/** A start tag with one attribute set (replaced where present, else added last). */
export function withAttribute(tagText: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tagText)) return tagText.replace(pattern, (_, lead: string) => `${lead}"${escapeXml(value)}"`);
  const end = tagText.endsWith('/>') ? tagText.length - 2 : tagText.length - 1;
  const trimmed = tagText.slice(0, end).replace(/\s+$/, '');
  return `${trimmed} ${name}="${escapeXml(value)}"${tagText.slice(end)}`;
}

export interface Splice {
  at: number;
  /** Where the replaced text ends (= at for a pure insertion). */
  to: number;
  text: string;
}

/** Applies splices given in any order; insertions at one position keep the order they were given in. */
export function applySplices(xml: string, splices: Splice[]): string {
  const ordered = splices.map((splice, order) => ({ splice, order })).sort((a, b) => a.splice.at - b.splice.at || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const { splice } of ordered) {
    if (splice.at < cursor) throw new Error(`overlapping edits at ${splice.at}`);
    out += xml.slice(cursor, splice.at) + splice.text;
    cursor = splice.to;
  }
  return out + xml.slice(cursor);
}

/** The namespace prefix (with colon) the root element binds to `uri`, or null. */
export function prefixFor(xml: string, uri: string): string | null {
  let found: string | null = null;
  forEachTag(xml, (tag) => {
    for (const [key, value] of Object.entries(tag.attributes)) {
      if (value !== uri) continue;
      if (key === 'xmlns') found = '';
      else if (key.startsWith('xmlns:')) found = `${key.slice(6)}:`;
    }
    return false;
  });
  return found;
}
