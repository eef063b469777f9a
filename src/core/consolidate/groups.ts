// The units expected (--expected): who sent nothing ("Chưa nộp"), and the groups the consolidated
// Biểu II.06a subtotals — "Sở, ban, ngành" and "Xã, phường, đặc khu" unless the list gives others.
import type { ConsolidatedUnit, ExpectedUnit } from './types';
import { unitKey } from './unit-identity';
import { readUnit } from '../narrative/title';

export const DEPARTMENTS = 'Sở, ban, ngành';
export const COMMUNES = 'Xã, phường, đặc khu';

function keyOf(name: string): string {
  return unitKey(readUnit(name) ?? name);
}

/** "xã …", "phường …", "thị trấn …", "đặc khu …" are communes; every other body a department. */
export function defaultGroup(name: string): string {
  return /^(xã|phường|thị trấn|đặc khu)\s/u.test(unitKey(readUnit(name) ?? name)) ? COMMUNES : DEPARTMENTS;
}

/** "xã An Phú", "xã An Phú<TAB>Xã, phường, đặc khu", "Sở Tư pháp | Sở, ban, ngành"; blank and # lines skipped. */
export function parseExpectedUnits(text: string): ExpectedUnit[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [name, group] = line.split(/\t|\s+\|\s+|;/).map((part) => part.trim());
      return group ? { name, group } : { name };
    });
}

export function groupUnits(
  units: ConsolidatedUnit[],
  expected: ExpectedUnit[] | undefined,
): { units: ConsolidatedUnit[]; missing: ExpectedUnit[]; groups: string[]; unexpected: string[] } {
  if (!expected) return { units, missing: [], groups: [], unexpected: [] };
  const expectedByKey = new Map(expected.map((e) => [keyOf(e.name), e]));
  const sent = new Set(units.map((u) => u.key));
  const missing = expected.filter((e) => !sent.has(keyOf(e.name))).map((e) => ({ ...e, group: e.group ?? defaultGroup(e.name) }));
  const unexpected = units.filter((u) => !expectedByKey.has(u.key)).map((u) => u.name);
  const withGroups = units.map((u) => ({ ...u, group: expectedByKey.get(u.key)?.group ?? defaultGroup(u.name) }));
  const order = [...new Set([...expected.map((e) => e.group ?? defaultGroup(e.name)), ...withGroups.map((u) => u.group)])];
  // Departments first, then communes, as Biểu II.06a lists them; other groups in the list's order.
  const rank = (g: string) => (g === DEPARTMENTS ? 0 : g === COMMUNES ? 1 : 2);
  const groups = [...order].sort((a, b) => rank(a) - rank(b) || order.indexOf(a) - order.indexOf(b));
  const position = (u: ConsolidatedUnit) => {
    const index = expected.findIndex((e) => keyOf(e.name) === u.key);
    return index < 0 ? expected.length : index;
  };
  const sorted = groups.flatMap((g) => withGroups.filter((u) => u.group === g).sort((a, b) => position(a) - position(b)));
  return { units: sorted, missing, groups, unexpected };
}
