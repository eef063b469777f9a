#!/usr/bin/env node
// `npm run demo`: the main jobs on the sample workbooks, as a clerk would see them.
'use strict';
const path = require('path');
const { main } = require(path.join(__dirname, '..', 'build', 'cli', 'src', 'cli', 'main.js'));

const samples = path.join(__dirname, '..', 'assets', 'samples');
const sample = (name) => path.relative(process.cwd(), path.join(samples, name));

/** Each step: a title and the CLI arguments. Exit code 1 (findings) is part of the show. */
const STEPS = [
  ['Kiểm tra phụ lục mẫu (hợp lệ) / validate the clean sample', ['validate', sample('phu-luc-quy-II-2026.xlsx')]],
  ['Kiểm tra phụ lục có lỗi cài sẵn / validate the sample with planted mistakes', ['validate', sample('phu-luc-quy-II-2026-co-loi.xlsx')]],
];

async function run() {
  for (const [title, args] of STEPS) {
    process.stdout.write(`\n=== ${title}\n$ tthc-report ${args.join(' ')}\n\n`);
    const code = await main(args);
    process.stdout.write(`(exit ${code})\n`);
    if (code > 1) process.exitCode = code;
  }
}

run();
