// Where the reason of a highlight is written: a cell note (ExcelApi 1.18) or, on Excel versions
// with comments but no notes (ExcelApi 1.10, e.g. Office 2021), a comment. A clerk's own note or
// comment is never touched: ours are recognised by a hash of the text we wrote.
import type { ApiSupport } from './support';

export type AnnotationKind = 'note' | 'comment';

/** Short FNV-1a hash: enough to tell "the text we wrote" from anything the clerk typed. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function annotationKind(support: ApiSupport): AnnotationKind | null {
  if (support.notes) return 'note';
  if (support.comments) return 'comment';
  return null;
}

/**
 * Two-phase access to one sheet's annotations: `queueRead` before the inspection sync, `text`
 * after it, then the writes, which the caller's next sync sends.
 */
export interface Annotator {
  kind: AnnotationKind;
  queueRead(addresses: readonly string[]): void;
  /** The annotation text at the address, or null when the cell has none. */
  text(address: string): string | null;
  add(address: string, text: string): void;
  update(address: string, text: string): void;
  remove(address: string): void;
}

export function noteAnnotator(sheet: Excel.Worksheet): Annotator {
  const readers = new Map<string, Excel.Note>();
  return {
    kind: 'note',
    queueRead(addresses) {
      for (const address of addresses) {
        const note = sheet.notes.getItemOrNullObject(address);
        note.load('content');
        readers.set(address, note);
      }
    },
    text(address) {
      const note = readers.get(address);

      return !note || note.isNullObject ? null : note.content;
    },
    add: (address, text) => void sheet.notes.add(sheet.getRange(address), text),
    update: (address, text) => void (sheet.notes.getItem(address).content = text),
    remove: (address) => sheet.notes.getItem(address).delete(),
  };
}

/**
 * Comments can only be found through the sheet's comment ids (read with the sheet, see readSheet):
 * a comment's location is loaded in the inspection sync.
 */
export function commentAnnotator(context: Excel.RequestContext, sheet: Excel.Worksheet, sheetName: string, commentIds: readonly string[]): Annotator {
  const located: Array<{ id: string; comment: Excel.Comment; location: Excel.Range }> = [];
  let byAddress: Map<string, { id: string; content: string }> | null = null;
  const index = () => {
    if (!byAddress) {
      byAddress = new Map();
      for (const { id, comment, location } of located) {
        const where = splitSheetAddress(location.address);

        if (where.sheet === sheetName) byAddress.set(where.address, { id, content: comment.content });
      }
    }
    return byAddress;
  };
  return {
    kind: 'comment',
    queueRead() {
      for (const id of commentIds) {
        const comment = context.workbook.comments.getItem(id);
        comment.load('content');
        const location = comment.getLocation();
        location.load('address');
        located.push({ id, comment, location });
      }
    },
    text: (address) => index().get(address)?.content ?? null,
    add: (address, text) => void sheet.comments.add(sheet.getRange(address), text),
    update(address, text) {
      const found = index().get(address);
      if (found) context.workbook.comments.getItem(found.id).content = text;
    },
    remove(address) {
      const found = index().get(address);
      if (found) context.workbook.comments.getItem(found.id).delete();
    },
  };
}

/** "'Phụ lục'!$C$5" → { sheet: "Phụ lục", address: "C5" }. */
export function splitSheetAddress(full: string): { sheet: string; address: string } {
  const bang = full.lastIndexOf('!');
  const rawSheet = bang >= 0 ? full.slice(0, bang) : '';
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return {
    sheet,
    address: full
      .slice(bang + 1)
      .replace(/\$/g, '')
      .toUpperCase(),
  };
}

export function createAnnotator(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  support: ApiSupport,
  commentIds: readonly string[],
): Annotator | null {
  const kind = annotationKind(support);
  if (kind === 'note') return noteAnnotator(sheet);
  if (kind === 'comment') return commentAnnotator(context, sheet, sheetName, commentIds);
  return null;
}
