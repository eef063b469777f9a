// The flagged cells' new formats: each one a copy of the cell's own cell format (number format,
// font, alignment, protection kept) with our fill or our outline, appended to styles.xml.
import { damaged } from './errors';
import { applySplices, forEachTag, withAttribute, type Splice, type Tag } from './tags';

export type MarkSeverity = 'error' | 'warning';
export type MarkLook = 'fill' | 'outline';

/** The pane's colours (src/excel/fills.ts, src/excel/outline.ts), as ARGB. */
export const MARK_FILLS: Record<MarkSeverity, string> = { error: 'FFFFB3BA', warning: 'FFFFE699' };
export const MARK_OUTLINE = 'FFC0504E';

interface Collection {
  name: string;
  /** The `<fills>` start tag (or self-closing tag) and where its end tag starts. */
  tag: Tag;
  closeAt: number;
  count: number;
}

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'];

export class StyleEditor {
  private readonly collections = new Map<string, Collection>();
  private readonly xfs: string[] = [];
  private readonly fonts: string[] = [];
  private readonly added: Record<string, string[]> = { fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly cache = new Map<string, number>();
  private prefix = '';

  constructor(private readonly xml: string) {
    let xfStart = -1;
    let fontStart = -1;
    forEachTag(xml, (tag) => {
      if (tag.depth === 0 && tag.kind !== 'close') {
        this.prefix = tag.name.slice(0, tag.name.length - tag.local.length);
      }
      if (tag.depth === 1 && ORDER.includes(tag.local)) {
        if (tag.kind === 'close') this.collections.get(tag.local)!.closeAt = tag.start;
        else this.collections.set(tag.local, { name: tag.local, tag, closeAt: tag.kind === 'empty' ? -1 : 0, count: 0 });
        return;
      }
      if (tag.depth === 2 && tag.kind !== 'close') {
        const parent = [...this.collections.values()].find((c) => c.closeAt === 0);
        if (parent) parent.count++;
      }
      if (tag.depth === 2 && tag.local === 'xf' && this.open('cellXfs')) {
        if (tag.kind === 'empty') this.xfs.push(xml.slice(tag.start, tag.end));
        else if (tag.kind === 'open') xfStart = tag.start;
        else this.xfs.push(xml.slice(xfStart, tag.end));
      }
      if (tag.depth === 2 && tag.local === 'font' && this.open('fonts')) {
        if (tag.kind === 'empty') this.fonts.push(xml.slice(tag.start, tag.end));
        else if (tag.kind === 'open') fontStart = tag.start;
        else this.fonts.push(xml.slice(fontStart, tag.end));
      }
    });
    for (const name of ['fills', 'borders', 'cellXfs', 'fonts']) if (!this.collections.has(name)) throw damaged(`styles.xml has no <${name}>`);
  }

  private open(name: string): boolean {
    return this.collections.get(name)?.closeAt === 0;
  }

  private append(collection: string, element: string): number {
    const index = this.collections.get(collection)!.count + this.added[collection].length;
    this.added[collection].push(element);
    return index;
  }

  /** The cell format to give a flagged cell whose format is `base` (0 when the cell has none). */
  markedFormat(base: number, severity: MarkSeverity, look: MarkLook): number {
    const key = `${base}|${severity}|${look}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    let xf = this.xfs[base] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const startEnd = xf.indexOf('>') + 1;
    let start = xf.slice(0, startEnd);
    if (look === 'fill') {
      const fill = this.fillId(severity);
      start = withAttribute(withAttribute(start, 'fillId', String(fill)), 'applyFill', '1');
    } else {
      const border = this.borderId(severity);
      start = withAttribute(withAttribute(start, 'borderId', String(border)), 'applyBorder', '1');
    }
    xf = start + xf.slice(startEnd);
    const index = this.append('cellXfs', xf.replace(/^<[^\s/>]+/, `<${this.prefix}xf`));
    this.cache.set(key, index);
    return index;
  }

  private fillId(severity: MarkSeverity): number {
    const key = `fill|${severity}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const index = this.append(
      'fills',
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${MARK_FILLS[severity]}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    this.cache.set(key, index);
    return index;
  }

  private borderId(severity: MarkSeverity): number {
    const key = `border|${severity}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const colour = severity === 'error' ? MARK_OUTLINE : 'FFBF8F00';
    const edge = (side: string) => `<${p}${side} style="mediumDashed"><${p}color rgb="${colour}"/></${p}${side}>`;
    const index = this.append('borders', `<${p}border>${['left', 'right', 'top', 'bottom'].map(edge).join('')}<${p}diagonal/></${p}border>`);
    this.cache.set(key, index);
    return index;
  }

  /** A cell format for the results sheet: bold (headers) or wrapped text (messages). */
  plainFormat(kind: 'header' | 'wrap'): number {
    const key = `plain|${kind}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    let index: number;
    if (kind === 'header') {
      const base = this.fonts[0] ?? `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`;
      const bold = base.endsWith('/>') ? base.replace(/\s*\/>$/, `><${p}b/></${p}font>`) : base.replace(/^(<[^>]*>)/, `$1<${p}b/>`);
      const font = this.append('fonts', bold);
      index = this.append('cellXfs', `<${p}xf numFmtId="0" fontId="${font}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);
    } else {
      index = this.append(
        'cellXfs',
        `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><${p}alignment vertical="top" wrapText="1"/></${p}xf>`,
      );
    }
    this.cache.set(key, index);
    return index;
  }

  /** styles.xml with the new fills, borders and formats appended and their counts updated. */
  result(): string {
    const splices: Splice[] = [];
    for (const [name, elements] of Object.entries(this.added)) {
      if (elements.length === 0) continue;
      const collection = this.collections.get(name)!;
      const count = String(collection.count + elements.length);
      const tagText = this.xml.slice(collection.tag.start, collection.tag.end);
      if (collection.closeAt < 0) {
        const opened = withAttribute(tagText, 'count', count).replace(/\s*\/>$/, '>');
        splices.push({ at: collection.tag.start, to: collection.tag.end, text: `${opened}${elements.join('')}</${collection.tag.name}>` });
      } else {
        splices.push({ at: collection.tag.start, to: collection.tag.end, text: withAttribute(tagText, 'count', count) });
        splices.push({ at: collection.closeAt, to: collection.closeAt, text: elements.join('') });
      }
    }
    return splices.length === 0 ? this.xml : applySplices(this.xml, splices);
  }
}
