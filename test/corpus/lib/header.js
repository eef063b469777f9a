// A form's header from its column paths (top text → leaf text), merged as Excel forms are: a
// group text across the columns it heads, a leaf down to the header's last row.
'use strict';

/**
 * paths: per column, the header texts from the top row down. Returns the cells to write, the
 * merged areas and the header's depth in rows.
 */
function headerCells(paths, origin) {
  const depth = Math.max(...paths.map((p) => p.length));
  const cells = [];
  const merges = [];
  for (let level = 0; level < depth; level++) {
    let start = 0;
    while (start < paths.length) {
      if (paths[start].length <= level) {
        start++;
        continue;
      }
      const prefix = paths[start].slice(0, level + 1).join('\u0001');
      let end = start;
      while (end + 1 < paths.length && paths[end + 1].length > level && paths[end + 1].slice(0, level + 1).join('\u0001') === prefix) end++;
      const leaves = paths.slice(start, end + 1).map((p) => p.length === level + 1);
      if (leaves.some((leaf) => leaf !== leaves[0])) throw new Error(`header "${paths[start][level]}" is both a leaf and a group`);
      const top = origin.row + level;
      const bottom = leaves[0] ? origin.row + depth - 1 : top;
      const left = origin.col + start;
      const right = origin.col + end;
      cells.push({ row: top, col: left, text: paths[start][level] });
      if (bottom > top || right > left) merges.push({ top, left, bottom, right });
      start = end + 1;
    }
  }
  return { depth, cells, merges };
}

module.exports = { headerCells };
