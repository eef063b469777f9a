// The workbook's list of sheets: finding a sheet's part by its name, adding the results sheet at
// the end (so no sheet index that defined names or print areas refer to moves).
import { damaged } from './errors';
import { addRelationship, declareContentType, folderOf, OFFICE_RELATIONSHIPS, openedRoot, readRelationships, type PartStore } from './package';
import { applySplices, escapeXml, forEachTag, prefixFor } from './tags';

const WORKSHEET_TYPE = `${OFFICE_RELATIONSHIPS}/worksheet`;
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface SheetRecord {
  name: string;
  sheetId: number;
  relationshipId: string;
  part: string | undefined;
}

export function workbookPartOf(store: PartStore): string {
  const officeDocument = readRelationships(store, '').find((r) => r.type.endsWith('/officeDocument'));
  const part = officeDocument?.target ?? 'xl/workbook.xml';
  if (!store.has(part)) throw damaged(`missing ${part}`);
  return part;
}

export function sheetsOf(store: PartStore, workbookPart: string): SheetRecord[] {
  const relationships = readRelationships(store, workbookPart);
  const sheets: SheetRecord[] = [];
  forEachTag(store.text(workbookPart)!, (tag) => {
    if (tag.local !== 'sheet' || tag.kind === 'close' || tag.depth !== 2) return;
    const relationshipId = Object.entries(tag.attributes).find(([key]) => key.endsWith(':id'))?.[1] ?? '';
    const relationship = relationships.find((r) => r.id === relationshipId);
    sheets.push({
      name: tag.attributes.name ?? '',
      sheetId: Number(tag.attributes.sheetId ?? 0),
      relationshipId,
      part: relationship?.type === WORKSHEET_TYPE ? relationship.target : undefined,
    });
  });
  return sheets;
}

/** "Kết quả kiểm tra", or "Kết quả kiểm tra (2)" when that name is taken (names compare ignoring case). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase()));
  const base = wanted.slice(0, 31);
  if (!lower.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLocaleLowerCase())) return name;
  }
}

/** Adds a worksheet part at the end of the workbook; returns the name it got. */
export function appendSheet(store: PartStore, workbookPart: string, wantedName: string, sheetXml: string): string {
  const sheets = sheetsOf(store, workbookPart);
  const name = freeSheetName(
    wantedName,
    sheets.map((s) => s.name),
  );
  const part = store.freeName((n) => `${folderOf(workbookPart)}worksheets/sheet${n}.xml`);
  store.set(part, sheetXml);
  declareContentType(store, part, WORKSHEET_CONTENT);
  const id = addRelationship(store, workbookPart, WORKSHEET_TYPE, part);
  const xml = store.text(workbookPart)!;
  let sheetsTag: { start: number; end: number; kind: string; name: string; closeAt: number } | null = null;
  forEachTag(xml, (tag) => {
    if (tag.depth !== 1 || tag.local !== 'sheets') return;
    if (tag.kind === 'close') sheetsTag!.closeAt = tag.start;
    else sheetsTag = { start: tag.start, end: tag.end, kind: tag.kind, name: tag.name, closeAt: -1 };
  });
  const holder = sheetsTag as { start: number; end: number; kind: string; name: string; closeAt: number } | null;
  if (!holder) throw damaged(`${workbookPart} has no <sheets>`);
  const prefix = holder.name.slice(0, holder.name.length - 'sheets'.length);
  const r = prefixFor(xml, OFFICE_RELATIONSHIPS);
  const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  const idAttribute = r === null ? `xmlns:r="${OFFICE_RELATIONSHIPS}" r:id="${id}"` : `${r}id="${id}"`;
  const element = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttribute}/>`;
  const splice = holder.kind === 'empty' ? openedRoot(xml, holder, element, holder.name) : { at: holder.closeAt, to: holder.closeAt, text: element };
  store.set(workbookPart, applySplices(xml, [splice]));
  return name;
}
