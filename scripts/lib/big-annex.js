// The big sheet of the reader benchmarks: the seed's annex (assets/samples) with 100,000 unrelated
// rows under it on the same sheet (dossier codes, names, dates, numbers), the way a clerk pastes a
// platform's export beside the table. Written part by part into the sample's own package, with
// shared strings as Excel keeps them, so that no reader under test writes its own input.
'use strict';
const fs = require('fs');
const path = require('path');
const { strFromU8, strToU8, unzipSync, zipSync } = require('fflate');

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'phu-luc-quy-II-2026.xlsx');

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function writeBigAnnex(file, extraRows = 100_000) {
  const parts = unzipSync(fs.readFileSync(SAMPLE));
  const sheetName = Object.keys(parts).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  let sheet = strFromU8(parts[sheetName]);
  let sst = strFromU8(parts['xl/sharedStrings.xml']);
  const existing = (sst.match(/<si>/g) || []).length;
  const strings = [];
  const stringIndex = new Map();
  const shared = (text) => {
    if (!stringIndex.has(text)) {
      stringIndex.set(text, existing + strings.length);
      strings.push(text);
    }
    return stringIndex.get(text);
  };
  const firstRow = 22;
  const rows = [];
  for (let i = 0; i < extraRows; i++) {
    const r = firstRow + i;
    rows.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${shared(`HS-2026-${String(100000 + i)}`)}</v></c>` +
        `<c r="B${r}" t="s"><v>${shared(`Nguyễn Văn ${i % 997}`)}</v></c>` +
        `<c r="C${r}"><v>${46000 + (i % 180)}</v></c><c r="D${r}"><v>${i % 17}</v></c>` +
        `<c r="E${r}" t="s"><v>${shared(i % 3 === 0 ? 'Đã trả kết quả' : 'Đang xử lý')}</v></c><c r="F${r}"><v>${(i * 37) % 1000}</v></c></row>`,
    );
  }
  sheet = sheet
    .replace('</sheetData>', `${rows.join('')}</sheetData>`)
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:P${firstRow + extraRows - 1}"/>`);
  const total = existing + strings.length;
  sst = sst
    .replace(/count="\d+"/, `count="${total}"`)
    .replace(/uniqueCount="\d+"/, `uniqueCount="${total}"`)
    .replace('</sst>', `${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`);
  parts[sheetName] = strToU8(sheet);
  parts['xl/sharedStrings.xml'] = strToU8(sst);
  fs.writeFileSync(file, zipSync(parts, { level: 6 }));
  return file;
}

module.exports = { writeBigAnnex };
