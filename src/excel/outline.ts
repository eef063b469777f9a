// The "one of these cells" outline: a dashed border round every candidate of a mismatch whose
// wrong cell cannot be named. Each cell's four edges are remembered before and given back after,
// unless the clerk has changed them since.
import type { ApiSupport } from './support';
import { chunkAddressList } from './addresses';

/** Distinctive (not a style Excel offers by default) so "still ours" is unambiguous. */
export const OUTLINE_COLOUR = '#C0504E';
const OUTLINE_STYLE = 'Dash';
const OUTLINE_WEIGHT = 'Medium';

export const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
export type Edge = (typeof EDGES)[number];
const PROPERTY: Record<Edge, 'top' | 'bottom' | 'left' | 'right'> = { EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' };

export interface SavedEdge {
  style: string;
  color?: string;
  weight?: string;
}

export type SavedBorders = Record<Edge, SavedEdge>;

/** Reads a queued load; called only after the context.sync() that follows the queueing. */
export type BorderReader = () => SavedBorders;

function edgeOf(style: string | undefined, color: string | undefined, weight: string | undefined): SavedEdge {
  const edge: SavedEdge = { style: style ?? 'None' };
  if (edge.style !== 'None') {
    if (color) edge.color = color.toUpperCase();
    if (weight) edge.weight = weight;
  }
  return edge;
}

export function queueBorderRead(sheet: Excel.Worksheet, address: string, support: ApiSupport): BorderReader {
  if (support.cellProperties) {
    const props = sheet.getRange(address).getCellProperties({ format: { borders: { style: true, color: true, weight: true } } });
    return () => {
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a BorderReader runs after the sync
      const borders = props.value[0][0].format?.borders ?? {};
      const read = {} as SavedBorders;
      for (const edge of EDGES) {
        const border = borders[PROPERTY[edge]];
        read[edge] = edgeOf(border?.style, border?.color, border?.weight);
      }
      return read;
    };
  }
  const loaded = EDGES.map((edge) => {
    const border = sheet.getRange(address).format.borders.getItem(edge);
    border.load('style,color,weight');
    return [edge, border] as const;
  });
  return () => {
    const read = {} as SavedBorders;
    for (const [edge, border] of loaded) read[edge] = edgeOf(border.style, border.color, border.weight);
    return read;
  };
}

export function wearsOurOutline(current: SavedBorders): boolean {
  return EDGES.every((edge) => current[edge].style === OUTLINE_STYLE && current[edge].color === OUTLINE_COLOUR);
}

function forEachBorderGroup(
  sheet: Excel.Worksheet,
  addresses: readonly string[],
  support: ApiSupport,
  apply: (borders: Excel.RangeBorderCollection) => void,
): void {
  if (addresses.length === 0) return;
  if (support.rangeAreas) for (const list of chunkAddressList(addresses)) apply(sheet.getRanges(list).format.borders);
  else for (const address of addresses) apply(sheet.getRange(address).format.borders);
}

export function queueOutline(sheet: Excel.Worksheet, addresses: readonly string[], support: ApiSupport): void {
  forEachBorderGroup(sheet, addresses, support, (borders) => {
    for (const edge of EDGES) {
      const line = borders.getItem(edge);
      line.style = OUTLINE_STYLE;
      line.color = OUTLINE_COLOUR;
      line.weight = OUTLINE_WEIGHT;
    }
  });
}

/** Gives each cell its four edges back, grouped by identical borders. */
export function queueBorderRestore(sheet: Excel.Worksheet, cells: ReadonlyArray<[string, SavedBorders]>, support: ApiSupport): void {
  const groups = new Map<string, { borders: SavedBorders; addresses: string[] }>();
  for (const [address, borders] of cells) {
    const key = JSON.stringify(borders);
    const group = groups.get(key) ?? { borders, addresses: [] };
    group.addresses.push(address);
    groups.set(key, group);
  }
  for (const { borders: saved, addresses } of groups.values()) {
    forEachBorderGroup(sheet, addresses, support, (borders) => {
      for (const edge of EDGES) {
        const line = borders.getItem(edge);
        const original = saved[edge];
        line.style = original.style as Excel.BorderLineStyle;
        if (original.style === 'None') continue;
        if (original.color) line.color = original.color;
        if (original.weight) line.weight = original.weight as Excel.BorderWeight;
      }
    });
  }
}
