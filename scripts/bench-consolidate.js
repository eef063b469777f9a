#!/usr/bin/env node
// `npm run bench:consolidate`: consolidating 1,000 generated units' workbooks, read in parallel by
// worker threads, against a plain exceljs read of the same files in the same run (per workbook),
// and what the sources kept in memory cost as their number grows. Prints; never fails on speed.
// Needs `npm run build:cli` first; run with --expose-gc for the memory figures.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { performance } = require('perf_hooks');
const ExcelJS = require('exceljs');
const { unitWorkbookBuffer, unitLeaves, row } = require('./lib/unit-annexes');

const built = path.join(__dirname, '..', 'build', 'cli', 'src');
const { readAllSources } = require(path.join(built, 'cli', 'consolidate', 'parallel.js'));
const { readSources } = require(path.join(built, 'cli', 'consolidate', 'inputs.js'));
const { planConsolidation } = require(path.join(built, 'core', 'consolidate', 'plan.js'));
const { onTimeChart, receivedChart } = require(path.join(built, 'core', 'consolidate', 'charts.js'));
const { consolidateWords, renderConsolidatedWorkbook } = require(path.join(built, 'i18n', 'consolidate', 'sheets.js'));
const { consolidatedWorkbookBuffer } = require(path.join(built, 'cli', 'consolidate', 'workbook.js'));

const COUNT = Number(process.env.UNITS ?? 1000);
const ms = (t) => `${t.toFixed(0).padStart(7)} ms`;
const line = (label, text) => process.stdout.write(`${label.padEnd(60)} ${text}\n`);

function heap() {
  if (global.gc) global.gc();
  return process.memoryUsage().heapUsed;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tthc-bench-consolidate-'));
  const started = performance.now();
  const files = [];
  for (let i = 0; i < COUNT; i++) {
    const file = path.join(dir, `don-vi-${String(i + 1).padStart(4, '0')}.xlsx`);
    fs.writeFileSync(file, await unitWorkbookBuffer(i));
    files.push(file);
  }
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  process.stdout.write(
    `Consolidation bench: ${COUNT.toLocaleString('en')} unit workbooks (${(bytes / 1e6).toFixed(1)} MB, generated in ${((performance.now() - started) / 1000).toFixed(1)} s), ${os.availableParallelism()} cores, node ${process.version}\n`,
  );

  // Baseline: exceljs opening every file, one after the other (no checking, no summing).
  let t = performance.now();
  for (const file of files) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file));
  const exceljs = performance.now() - t;
  line('exceljs read, sequential (baseline)', `${ms(exceljs)}  ${(exceljs / COUNT).toFixed(2)} ms/workbook`);

  // The same work on one thread: read + validate + reduce each unit.
  t = performance.now();
  for (const file of files) await readSources(file, undefined);
  const sequential = performance.now() - t;
  line(
    'read + validate + reduce, sequential',
    `${ms(sequential)}  ${(sequential / COUNT).toFixed(2)} ms/workbook  ×${(sequential / exceljs).toFixed(2)} of exceljs (goal ≤ 1.5)`,
  );

  // The consolidation as the CLI runs it: worker threads, then the model, the sheets, the charts.
  t = performance.now();
  const readings = await readAllSources(files, undefined);
  const read = performance.now() - t;
  const sources = readings.flatMap((r) => r.sources);
  const unread = readings.flatMap((r) => r.unread);
  const plan = planConsolidation(sources, unread, {}, consolidateWords);
  if (!plan.ready) throw new Error(`not consolidated: ${plan.refusal.kind}`);
  const buffer = await consolidatedWorkbookBuffer(
    renderConsolidatedWorkbook(plan, 'vi'),
    { onTime: onTimeChart(plan.model), received: receivedChart(plan.model) },
    'vi',
  );
  const wall = performance.now() - t;
  line(
    `read in ${os.availableParallelism()} worker threads`,
    `${ms(read)}  ${(read / COUNT).toFixed(2)} ms/workbook  ×${(read / exceljs).toFixed(2)} of exceljs`,
  );
  line('whole consolidation (read, match, sum, 3 sheets + charts)', `${ms(wall)}  (goal < 60,000 ms)  output ${(buffer.length / 1e3).toFixed(0)} KB`);

  // The numbers are the units' own: the total of (3) computed here from the generated leaves.
  let expected = 0;
  for (let i = 0; i < COUNT; i++) for (const leaves of unitLeaves(i)) expected += row(leaves)[0];
  const received = plan.model.totals['received.online'] + plan.model.totals['received.direct'] + plan.model.totals['received.carried'];
  line('check: received total = sum of the generated units', `${received === expected ? 'yes' : 'NO'} (${received.toLocaleString('de-DE')})`);
  line(
    'units consolidated / unread / self-check',
    `${plan.model.units.length} / ${unread.length} / ${plan.selfCheck.ok ? plan.selfCheck.report.summary.verdict : 'no table'}`,
  );

  // Memory: only the units' small sources are kept; the grids are let go file by file.
  if (global.gc) {
    const base = heap();
    const kept = [];
    const steps = [COUNT / 4, COUNT / 2, COUNT].map(Math.round);
    let at = 0;
    const points = [];
    for (const step of steps) {
      for (; at < step; at++) kept.push(...(await readSources(files[at], undefined)).sources);
      points.push([step, heap() - base]);
    }
    line('heap kept after reading N units (sources only)', points.map(([n, b]) => `${n}: ${(b / 1e6).toFixed(1)} MB`).join(', '));
    line('heap per unit kept', points.map(([n, b]) => `${(b / n / 1e3).toFixed(1)} KB`).join(', '));
    void kept.length;
  } else {
    line('memory', 'run with node --expose-gc for the heap figures');
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
});
