// Legacy notes (what every spreadsheet program shows: Excel 2007+, WPS, LibreOffice): the text in
// the sheet's comments part, the yellow box in its VML drawing. A sheet that already has notes
// keeps them: ours are added among them, and a cell with the clerk's own note gets our text
// after theirs.
import { parseA1 } from '../../core/address';
import { damaged } from './errors';
import { addRelationship, declareContentType, OFFICE_RELATIONSHIPS, openedRoot, readRelationships, type PartStore } from './package';
import { applySplices, escapeText, escapeXml, forEachTag, prefixFor, withAttribute, type Splice } from './tags';

export interface CellNote {
  address: string;
  text: string;
}

export const AUTHOR = 'tthc-report';
const COMMENTS_TYPE = `${OFFICE_RELATIONSHIPS}/comments`;
const VML_TYPE = `${OFFICE_RELATIONSHIPS}/vmlDrawing`;
const COMMENTS_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_CONTENT = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const NEW_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`;
const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
const VML_NAMESPACES: Record<string, string> = {
  'xmlns:v': 'urn:schemas-microsoft-com:vml',
  'xmlns:o': 'urn:schemas-microsoft-com:office:office',
  'xmlns:x': 'urn:schemas-microsoft-com:office:excel',
};

function order(address: string): number {
  const { row, col } = parseA1(address);
  return row * 16384 + col;
}

function run(text: string): string {
  return `<r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${escapeText(text)}</t></r>`;
}

/** The comments part with our notes: new comments in cell order, ours appended to the clerk's. Returns the cells that are new. */
function editComments(xml: string, notes: readonly CellNote[]): { xml: string; created: CellNote[] } {
  const authors: string[] = [];
  let authorsTag: { start: number; end: number; kind: string; closeAt: number; name: string } | null = null;
  let listTag: { start: number; end: number; kind: string; closeAt: number; name: string } | null = null;
  let rootClose = -1;
  let inAuthor = false;
  let authorStart = 0;
  let prefix = '';
  const comments: Array<{ address: string; start: number; textEnd: number }> = [];
  let current: { address: string; start: number; textEnd: number } | null = null;
  forEachTag(xml, (tag) => {
    if (tag.depth === 0) {
      prefix = tag.name.slice(0, tag.name.length - tag.local.length);
      if (tag.kind === 'close') rootClose = tag.start;
    }
    if (tag.depth === 1 && (tag.local === 'authors' || tag.local === 'commentList')) {
      const holder = { start: tag.start, end: tag.end, kind: tag.kind, closeAt: -1, name: tag.name };
      if (tag.kind === 'close') (tag.local === 'authors' ? authorsTag! : listTag!).closeAt = tag.start;
      else if (tag.local === 'authors') authorsTag = holder;
      else listTag = holder;
    }
    if (tag.depth === 2 && tag.local === 'author') {
      if (tag.kind === 'empty') authors.push('');
      else if (tag.kind === 'open') {
        inAuthor = true;
        authorStart = tag.end;
      } else if (inAuthor) {
        authors.push(xml.slice(authorStart, tag.start));
        inAuthor = false;
      }
    }
    if (tag.depth === 2 && tag.local === 'comment' && tag.kind !== 'close') {
      current = { address: (tag.attributes.ref ?? '').replace(/\$/g, '').toUpperCase(), start: tag.start, textEnd: -1 };
      comments.push(current);
    }
    if (tag.depth === 3 && tag.local === 'text' && tag.kind === 'close' && current) current.textEnd = tag.start;
  });
  const splices: Splice[] = [];
  const created: CellNote[] = [];
  const fresh: CellNote[] = [];
  for (const note of notes) {
    const existing = comments.find((c) => c.address === note.address);
    if (existing && existing.textEnd >= 0) splices.push({ at: existing.textEnd, to: existing.textEnd, text: run(`\n\n${note.text}`) });
    else if (!existing) fresh.push(note);
  }
  if (fresh.length === 0) return { xml: applySplices(xml, splices), created };
  let authorId = authors.findIndex((a) => a === AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const element = `<${prefix}author>${AUTHOR}</${prefix}author>`;
    const holder = authorsTag as { start: number; end: number; kind: string; closeAt: number; name: string } | null;
    if (holder && holder.kind === 'open') splices.push({ at: holder.closeAt, to: holder.closeAt, text: element });
    else if (holder) splices.push(openedRoot(xml, holder, element, holder.name));
    else throw damaged('comments part has no <authors>');
  }
  const list = listTag as { start: number; end: number; kind: string; closeAt: number; name: string } | null;
  const elements = fresh
    .slice()
    .sort((a, b) => order(a.address) - order(b.address))
    .map((note) => ({
      note,
      text: `<${prefix}comment ref="${note.address}" authorId="${authorId}"><${prefix}text>${run(note.text).replace(/<(\/?)(r|rPr|sz|rFont|family|t)\b/g, `<$1${prefix}$2`)}</${prefix}text></${prefix}comment>`,
    }));
  if (!list) {
    if (rootClose < 0) throw damaged('comments part has no root');
    splices.push({ at: rootClose, to: rootClose, text: `<${prefix}commentList>${elements.map((e) => e.text).join('')}</${prefix}commentList>` });
  } else if (list.kind === 'empty') {
    splices.push(openedRoot(xml, list, elements.map((e) => e.text).join(''), list.name));
  } else {
    for (const { note, text } of elements) {
      const before = comments.find((c) => order(c.address) > order(note.address));
      const at = before ? before.start : list.closeAt;
      splices.push({ at, to: at, text });
    }
  }
  created.push(...elements.map((e) => e.note));
  return { xml: applySplices(xml, splices), created };
}

/** The idmap blocks and shape numbers every VML part of the package uses, so ours are new. */
function usedShapeIds(store: PartStore): { blocks: Set<number>; maxShape: number } {
  const blocks = new Set<number>();
  let maxShape = 1024;
  for (const part of store.names()) {
    if (!part.toLowerCase().endsWith('.vml')) continue;
    const text = store.text(part) ?? '';
    for (const m of text.matchAll(/<o:idmap[^>]*\bdata="([^"]*)"/g)) for (const n of m[1].split(',')) blocks.add(Number(n));
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) maxShape = Math.max(maxShape, Number(m[1]));
  }
  return { blocks, maxShape };
}

function noteShape(id: number, note: CellNote): string {
  const { row, col } = parseA1(note.address);
  const lines = note.text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 45)), 0);
  const height = Math.min(30, lines + 1);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:260pt;height:${height * 12}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + height}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

function newVml(block: number): string {
  const declarations = Object.entries(VML_NAMESPACES)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  return `<xml ${declarations}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}</xml>`;
}

/** The VML drawing with a box for each new note. */
function editVml(xml: string, notes: readonly CellNote[], firstId: number): string {
  let root: { start: number; end: number } | null = null;
  let closeAt = -1;
  forEachTag(xml, (tag) => {
    if (tag.depth === 0 && tag.kind === 'open') root = { start: tag.start, end: tag.end };
    if (tag.depth === 0 && tag.kind === 'close') closeAt = tag.start;
  });
  const opened = root as { start: number; end: number } | null;
  if (!opened || closeAt < 0) throw damaged('VML drawing has no root element');
  let rootText = xml.slice(opened.start, opened.end);
  for (const [name, uri] of Object.entries(VML_NAMESPACES)) if (!rootText.includes(`${name}="${uri}"`)) rootText = withAttribute(rootText, name, uri);
  const shapes = (xml.includes('"_x0000_t202"') ? '' : SHAPETYPE) + notes.map((note, i) => noteShape(firstId + i, note)).join('');
  return applySplices(xml, [
    { at: opened.start, to: opened.end, text: rootText },
    { at: closeAt, to: closeAt, text: shapes },
  ]);
}

const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

/** The sheet's `<legacyDrawing r:id>`, and where a new one would go (schema order). */
function legacyDrawingOf(sheetXml: string): { id: string | null; insertAt: number; prefix: string } {
  let id: string | null = null;
  let insertAt = -1;
  let prefix = '';
  forEachTag(sheetXml, (tag) => {
    if (tag.depth === 0 && tag.kind !== 'close') prefix = tag.name.slice(0, tag.name.length - tag.local.length);
    if (tag.depth === 1 && tag.local === 'legacyDrawing' && tag.kind !== 'close')
      id = Object.entries(tag.attributes).find(([key]) => key.endsWith(':id') || key === 'id')?.[1] ?? null;
    if (insertAt < 0 && tag.depth === 1 && tag.kind !== 'close' && AFTER_LEGACY_DRAWING.has(tag.local)) insertAt = tag.start;
    if (tag.depth === 0 && tag.kind === 'close' && insertAt < 0) insertAt = tag.start;
  });
  return { id, insertAt, prefix };
}

/** Writes the notes into the sheet's comments and VML parts (made when missing); returns the sheet XML, with a `<legacyDrawing>` if it needed one. */
export function addNotes(store: PartStore, sheetPart: string, sheetXml: string, notes: readonly CellNote[]): string {
  if (notes.length === 0) return sheetXml;
  const relationships = readRelationships(store, sheetPart);
  let commentsPart = relationships.find((r) => r.type === COMMENTS_TYPE && store.has(r.target))?.target;
  if (!commentsPart) {
    commentsPart = store.freeName((n) => `xl/comments${n}.xml`);
    store.set(commentsPart, NEW_COMMENTS);
    addRelationship(store, sheetPart, COMMENTS_TYPE, commentsPart);
    declareContentType(store, commentsPart, COMMENTS_CONTENT);
  }
  const { xml: comments, created } = editComments(store.text(commentsPart)!, notes);
  store.set(commentsPart, comments);
  const legacy = legacyDrawingOf(sheetXml);
  let vmlPart = legacy.id === null ? undefined : relationships.find((r) => r.id === legacy.id && store.has(r.target))?.target;
  const used = usedShapeIds(store);
  let sheet = sheetXml;
  if (!vmlPart) {
    let block = 1;
    while (used.blocks.has(block)) block++;
    vmlPart = store.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
    store.set(vmlPart, newVml(block));
    const id = addRelationship(store, sheetPart, VML_TYPE, vmlPart);
    declareContentType(store, vmlPart, VML_CONTENT);
    const r = prefixFor(sheetXml, OFFICE_RELATIONSHIPS);
    const element =
      r === null
        ? `<${legacy.prefix}legacyDrawing xmlns:r="${OFFICE_RELATIONSHIPS}" r:id="${id}"/>`
        : `<${legacy.prefix}legacyDrawing ${r}id="${escapeXml(id)}"/>`;
    if (legacy.id !== null) sheet = sheet.replace(/<([\w]+:)?legacyDrawing\b[^>]*\/>/, element);
    else sheet = applySplices(sheet, [{ at: legacy.insertAt, to: legacy.insertAt, text: element }]);
    used.maxShape = Math.max(used.maxShape, block * 1024);
  }
  if (created.length > 0) store.set(vmlPart, editVml(store.text(vmlPart)!, created, used.maxShape + 1));
  return sheet;
}
