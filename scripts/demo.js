#!/usr/bin/env node
// `npm run demo`: the main jobs on the sample workbooks, as a clerk would see them.
'use strict';
const os = require('os');
const path = require('path');
const { main } = require(path.join(__dirname, '..', 'build', 'cli', 'src', 'cli', 'main.js'));

const samples = path.join(__dirname, '..', 'assets', 'samples');
const sample = (name) => path.relative(process.cwd(), path.join(samples, name));

/** Each step: a title and the CLI arguments. Exit code 1 (findings) is part of the show. */
const built = path.join(os.tmpdir(), 'tthc-demo-phu-luc-lap-tu-ho-so.xlsx');
const sixMonths = path.join(os.tmpdir(), 'tthc-demo-6-thang-2026.xlsx');
const book = sample('so-theo-doi-2026.xlsx');
const consolidated = path.join(os.tmpdir(), 'tthc-demo-tong-hop.xlsx');
const units = require('fs')
  .readdirSync(path.join(samples, 'tong-hop'))
  .filter((name) => name.endsWith('.xlsx'))
  .sort()
  .map((name) => sample(path.join('tong-hop', name)));
const STEPS = [
  ['Kiểm tra phụ lục mẫu (hợp lệ) / validate the clean sample', ['validate', sample('phu-luc-quy-II-2026.xlsx')]],
  ['Kiểm tra phụ lục có lỗi cài sẵn / validate the sample with planted mistakes', ['validate', sample('phu-luc-quy-II-2026-co-loi.xlsx')]],
  [
    'Viết mục I.2 của báo cáo từ bảng / write section I.2 of the report from the table',
    ['narrative', sample('phu-luc-quy-II-2026.xlsx'), '--quarter', 'II', '--year', '2026', '--unit', 'xã An Phú'],
  ],
  [
    'Đối chiếu văn bản báo cáo mẫu với bảng / reconcile the seed report text with the table',
    ['check-text', sample('bao-cao-quy-II-2026.txt'), '--table', sample('phu-luc-quy-II-2026.xlsx')],
  ],
  [
    'Đối chiếu một báo cáo viết theo lối văn xuôi / reconcile a report written in running prose',
    ['check-text', sample('bao-cao-quy-II-2026-van-xuoi.txt'), '--table', sample('phu-luc-quy-II-2026.xlsx')],
  ],
  [
    "Lập phụ lục từ dữ liệu hồ sơ của hai hệ thống / build the annex from two platforms' dossier exports",
    [
      'build',
      sample('ho-so-mot-cua-quy-II-2026.csv'),
      sample('ho-so-dvcqg-quy-II-2026.xlsx'),
      '--quarter',
      'II',
      '--year',
      '2026',
      '--template',
      sample('phu-luc-quy-II-2026.xlsx'),
      '--out',
      built,
    ],
  ],
  ['Kiểm tra phụ lục vừa lập / validate the built annex', ['validate', built]],
  ['Kiểm tra các quý của một sổ và số chuyển kỳ / check a book of quarters and the carry-over', ['validate', '--periods', book]],
  [
    'So sánh với quý trước trong mục I.2 / the comparison with the previous quarter in section I.2',
    ['narrative', book, '--sheet', 'Quý II', '--previous', `${book}:Quý I`],
  ],
  ['Lập phụ lục 6 tháng từ các quý / the 6-month annex from the quarters', ['cumulate', book, '--out', sixMonths]],
  ['Mục I.2 của báo cáo 6 tháng / section I.2 of the 6-month report', ['narrative', sixMonths]],
  [
    "Tổng hợp phụ lục của các đơn vị / consolidate the units' annexes",
    ['consolidate', ...units, '--expected', sample('tong-hop/danh-sach-don-vi.txt'), '--out', consolidated],
  ],
  ['Mục I.2 từ bảng tổng hợp / section I.2 from the consolidated table', ['narrative', consolidated]],
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
