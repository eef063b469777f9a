#!/usr/bin/env node
// `npm run bench`: the core on a synthetic 10,000-field annex, and the CLI wall time on the sample.
// Prints timings; never fails on speed (targets are in README).
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');
const { performance } = require('perf_hooks');
const built = path.join(__dirname, '..', 'build', 'cli', 'src');
const { validateGrid } = require(path.join(built, 'core', 'validate.js'));
const { percentHalfUp } = require(path.join(built, 'core', 'numbers.js'));
const { SEED_HEADER_ROWS } = require('./lib/seed-header');

function syntheticAnnex(fieldCount) {
  const header = SEED_HEADER_ROWS;
  const values = header.map((r) => [...r]);
  const formats = header.map(() => Array(16).fill(null));
  const totals = Array(14).fill(0);
  let seed = 7;
  const random = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let i = 0; i < fieldCount; i++) {
    const resolved = [random(90), random(9), random(3), random(4), random(3)];
    const pending = [random(9), random(2), random(3)];
    const rTotal = resolved.reduce((a, b) => a + b, 0);
    const pTotal = pending.reduce((a, b) => a + b, 0);
    const received = rTotal + pTotal;
    const carried = random(Math.min(received, 5) + 1);
    const direct = random(received - carried + 1);
    const row = [received, received - carried - direct, direct, carried, rTotal, ...resolved, pTotal, ...pending];
    row.forEach((v, c) => (totals[c] += v));
    values.push([i + 1, `Lĩnh vực ${i + 1}`, ...row]);
    formats.push([null, null, ...Array(14).fill('#,##0')]);
  }
  values.push(['Tổng cộng', '', ...totals]);
  formats.push([null, null, ...Array(14).fill('#,##0')]);
  const rates = totals.map((v, c) => {
    if (c === 2 || c === 3) return null;
    const den = c === 1 ? totals[1] + totals[2] : totals[0];
    return den === 0 ? null : percentHalfUp(v, den, 1) / 100;
  });
  values.push(['Tỷ lệ:', '', ...rates]);
  formats.push([null, null, ...Array(14).fill('0.0%')]);
  return { sheetName: 'Bench', origin: { row: 0, col: 0 }, values, numberFormats: formats, merges: [] };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const grid = syntheticAnnex(10_000);
for (let i = 0; i < 3; i++) validateGrid(grid); // warm-up
const runs = [];
let outcome;
for (let i = 0; i < 10; i++) {
  const start = performance.now();
  outcome = validateGrid(grid);
  runs.push(performance.now() - start);
}
if (!outcome.ok || outcome.report.summary.errors !== 0)
  throw new Error('bench annex should validate clean: ' + JSON.stringify(outcome.ok ? outcome.report.findings.slice(0, 3) : outcome.reason));
console.log(
  `core: validateGrid on 10,000 field rows × 16 columns: median ${median(runs).toFixed(1)} ms (min ${Math.min(...runs).toFixed(1)} ms, 10 runs; target < 50 ms)`,
);

const sample = path.join(__dirname, '..', 'assets', 'samples', 'phu-luc-quy-II-2026.xlsx');
const bin = path.join(__dirname, '..', 'bin', 'tthc-report.js');
const cliRuns = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  execFileSync(process.execPath, [bin, 'validate', sample], { stdio: 'ignore' });
  cliRuns.push(performance.now() - start);
}
console.log(`cli:  tthc-report validate on the sample workbook: median ${median(cliRuns).toFixed(0)} ms wall time (5 runs, includes Node start-up)`);
