// The sums the form states: from its numbering row, from the header tree (groups, sub-groups with
// their own total, month blocks beside a quarter block), the cross identity (3)=(7)+(13).
import { groupOf, groupOfRole, isTotalText, type NumberingToken } from '../header';
import { foldText } from '../text';
import type { Identity, TableColumn } from '../types';
import { identityText } from './columns';

export function identitiesFromNumbering(columns: TableColumn[], tokens: Map<number, NumberingToken>): Identity[] {
  const byNumber = new Map(columns.filter((c) => c.number !== undefined).map((c) => [c.number as number, c]));
  const identities: Identity[] = [];
  for (const [col, token] of tokens) {
    if (!token.sumOf || token.sumOf.length === 0) continue;
    const children = token.sumOf.map((n) => byNumber.get(n));
    if (children.some((c) => c === undefined)) continue;
    const parent = columns.find((c) => c.col === col);
    identities.push({
      kind: 'row-sum',
      parent: col,
      children: children.map((c) => (c as TableColumn).col),
      text: identityText(parent, children),
    });
  }
  return identities;
}

/** One-level headers: each group's total column equals the sum of the group's other count columns. */
export function identitiesFromGroups(columns: TableColumn[]): Identity[] {
  const identities: Identity[] = [];
  for (const group of ['received', 'resolved', 'pending'] as const) {
    const parent = columns.find((c) => c.role === group);
    const children = columns.filter((c) => c.role !== group && groupOfRole(c.role) === group);
    if (!parent || children.length < 2) continue;
    identities.push({ kind: 'row-sum', parent: parent.col, children: children.map((c) => c.col), text: identityText(parent, children) });
  }
  return identities;
}

interface HeaderNode {
  /** The column whose header ends here (a leaf), if any. */
  column?: TableColumn;
  children: Map<string, HeaderNode>;
}

/** Header paths as a tree: "Số hồ sơ tiếp nhận" → "Trong kỳ" → "Trực tuyến". */
function headerTree(columns: TableColumn[], paths: Map<number, string[]>): HeaderNode {
  const root: HeaderNode = { children: new Map() };
  for (const column of columns) {
    if (column.role === 'stt' || column.role === 'field' || column.role === 'rate') continue;
    let node = root;
    for (const text of paths.get(column.col) ?? []) {
      const key = foldText(text);
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    if (node !== root && node.children.size === 0) node.column = column;
  }
  return root;
}

/** A node's total column: its one child leaf headed "Tổng số"/"Tổng"/"Cộng". */
function totalChild(node: HeaderNode): [string, HeaderNode] | undefined {
  const totals = [...node.children.entries()].filter(([text, child]) => child.column && child.children.size === 0 && isTotalText(text));
  return totals.length === 1 ? totals[0] : undefined;
}

/** The columns that make up a node's count: its total column, or the parts of its parts. */
function partsOf(node: HeaderNode): TableColumn[] {
  if (node.column) return [node.column];
  const total = totalChild(node);
  if (total?.[1].column) return [total[1].column];
  return [...node.children.values()].flatMap(partsOf);
}

/**
 * Multi-level headers: under every group header with a "Tổng số" column, that column equals the
 * sum of its sibling columns — a sibling that is itself a group counts by its own total, or else
 * by its parts. ("Số hồ sơ tiếp nhận" › "Tổng số" = "Trong kỳ" › (Trực tuyến + Trực tiếp) + "Kỳ trước".)
 */
export function identitiesFromHeaderTree(columns: TableColumn[], paths: Map<number, string[]>): Identity[] {
  const identities: Identity[] = [];
  const visit = (node: HeaderNode, isRoot: boolean) => {
    const total = isRoot ? undefined : totalChild(node);
    if (total?.[1].column) {
      const parts = [...node.children.values()].filter((child) => child !== total[1]).flatMap(partsOf);
      if (parts.length >= 2) {
        parts.sort((a, b) => a.col - b.col);
        identities.push({ kind: 'row-sum', parent: total[1].column.col, children: parts.map((c) => c.col), text: identityText(total[1].column, parts) });
      }
    }
    for (const child of node.children.values()) visit(child, false);
  };
  visit(headerTree(columns, paths), true);
  return identities.sort((a, b) => a.parent - b.parent);
}

/**
 * (3) = (7) + (13): received equals resolved plus pending. A resolved or pending group without a
 * "Tổng số" column stands in by its parts ((3) = (7) + (14) + (15)), so it is still checked.
 */
export function crossIdentity(columns: TableColumn[]): Identity | null {
  const received = columns.find((c) => c.role === 'received');
  if (!received) return null;
  const side = (group: 'resolved' | 'pending'): TableColumn[] => {
    const total = columns.find((c) => c.role === group);
    if (total) return [total];
    return columns.filter((c) => groupOfRole(c.role) === group && c.role !== 'other');
  };
  const resolved = side('resolved');
  const pending = side('pending');
  if (resolved.length === 0 || pending.length === 0) return null;
  const children = [...resolved, ...pending];
  return { kind: 'cross-sum', parent: received.col, children: children.map((c) => c.col), text: identityText(received, children) };
}

export interface HeaderBlockGroup {
  label: string;
  columns: TableColumn[];
}

/**
 * Blocks side by side under a top header level ("Tháng 4", "Tháng 5", "Tháng 6", "Quý II"), each
 * holding its own received, resolved and pending groups. One block, or none, for ordinary forms.
 */
export function headerBlocks(columns: TableColumn[], paths: Map<number, string[]>): HeaderBlockGroup[] {
  const blocks = new Map<string, HeaderBlockGroup>();
  for (const column of columns) {
    const path = paths.get(column.col) ?? [];
    if (path.length < 3 || groupOf(path.slice(0, 1))) continue;
    const key = foldText(path[0]);
    const block = blocks.get(key) ?? { label: path[0], columns: [] };
    block.columns.push(column);
    blocks.set(key, block);
  }
  const complete = [...blocks.values()].filter((b) =>
    (['received', 'resolved', 'pending'] as const).every((g) => b.columns.filter((c) => c.role === g).length === 1),
  );
  return complete.length > 1 ? complete : [];
}

/** Path below the block level, folded: "Số hồ sơ tiếp nhận / Tổng số". */
function pathInBlock(column: TableColumn): string {
  return column.label.split(' / ').slice(1).map(foldText).join(' / ');
}

/**
 * "Quý II" (or "Cộng", "Tổng", "Lũy kế") beside month blocks equals their sum, column by column.
 */
export function totalBlockOf(blocks: HeaderBlockGroup[]): HeaderBlockGroup | undefined {
  const totals = blocks.filter((b) => /^(quy|cong|tong|luy ke|ca ky|6 thang|9 thang|nam)\b/.test(foldText(b.label)));
  return totals.length === 1 && blocks.length >= 3 ? totals[0] : undefined;
}

export function blockSums(blocks: HeaderBlockGroup[]): Identity[] {
  const total = totalBlockOf(blocks);
  if (!total) return [];
  const parts = blocks.filter((b) => b !== total);
  const identities: Identity[] = [];
  for (const column of total.columns) {
    const suffix = pathInBlock(column);
    const matches = parts.map((b) => b.columns.find((c) => pathInBlock(c) === suffix));
    if (matches.some((m) => m === undefined)) continue;
    const children = matches as TableColumn[];
    identities.push({ kind: 'row-sum', parent: column.col, children: children.map((c) => c.col), text: identityText(column, children) });
  }
  return identities;
}
