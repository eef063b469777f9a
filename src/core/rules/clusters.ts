/**
 * Groups items that share a key, transitively (union–find): two failing sums that share a cell
 * belong to one explanation.
 */
export function clusterBySharedKeys<T, K>(items: readonly T[], keysOf: (item: T) => Iterable<K>): T[][] {
  const parents = items.map((_, i) => i);
  const findRoot = (i: number): number => {
    let root = i;
    while (parents[root] !== root) root = parents[root];
    while (parents[i] !== root) {
      const next = parents[i];
      parents[i] = root;
      i = next;
    }
    return root;
  };
  const firstOwner = new Map<K, number>();
  items.forEach((item, i) => {
    for (const key of keysOf(item)) {
      const owner = firstOwner.get(key);
      if (owner === undefined) firstOwner.set(key, i);
      else parents[findRoot(i)] = findRoot(owner);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = findRoot(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}
