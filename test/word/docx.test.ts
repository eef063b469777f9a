import mammoth from 'mammoth';
import { writeNarrative } from '../core/narrative/write';
import { periodOf } from '../../src/core/narrative/period-choice';
import { docxFileName } from '../../src/word/captions';
import { reportDocxBuffer, xmlSafe } from '../../src/word/docx';
import { REQUIRED_LINES, expectLinesInOrder, seedFigures } from '../core/narrative/seed-figures';
import { sampleBundle } from './sample-bundle';
import { zipEntry } from './unzip';

let buffer: Buffer;
let documentXml: string;

beforeAll(async () => {
  const bundle = await sampleBundle();
  buffer = Buffer.from(await reportDocxBuffer({ narrative: bundle.text, annex: bundle.annex }));
  documentXml = zipEntry(buffer, 'word/document.xml');
});

/** Each <w:sectPr> in order, with its page size and margins. */
function sections(xml: string) {
  return [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(([section]) => ({
    size: /<w:pgSz ([^>]*)\/>/.exec(section)![1],
    margins: /<w:pgMar ([^>]*)\/>/.exec(section)![1],
  }));
}

const attr = (attrs: string, name: string) => new RegExp(`w:${name}="([^"]*)"`).exec(attrs)?.[1];

test('the paragraphs of section I.2 read back from the .docx in order', async () => {
  const { value } = await mammoth.extractRawText({ buffer });
  const lines = value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  expectLinesInOrder(lines, REQUIRED_LINES);
  expectLinesInOrder(lines, [
    '- Số hồ sơ thanh toán phí, lệ phí trực tuyến: đạt […]%.',
    '(Có bảng kết quả từng lĩnh vực cụ thể gửi kèm)',
    'PHỤ LỤC',
    'Kết quả giải quyết thủ tục hành chính quý II năm 2026 của xã An Phú',
    '(Số liệu tính từ ngày 15/3 đến ngày 14/6/2026)',
  ]);
});

test('the annex table cells read back, with merged headers, numbering row and totals', async () => {
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const table = /<table>[\s\S]*<\/table>/.exec(html)![0];
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/g)].map(([, attrs, inner]) => {
      const text = inner.replace(/<[^>]+>/g, '').replace(/\u200b/g, '');
      const colspan = /colspan="(\d+)"/.exec(attrs)?.[1];
      const rowspan = /rowspan="(\d+)"/.exec(attrs)?.[1];
      return `${text}${colspan ? ` [c${colspan}]` : ''}${rowspan ? ` [r${rowspan}]` : ''}`;
    }),
  );
  expect(rows[0]).toEqual([
    'STT [r3]',
    'Lĩnh vực giải quyết [r3]',
    'Số lượng hồ sơ tiếp nhận [c4]',
    'Số lượng hồ sơ đã giải quyết [c6]',
    'Số lượng hồ sơ đang giải quyết [c4]',
  ]);
  expect(rows[2]).toEqual(['Thực tuyến', 'Thực tiếp, dịch vụ bưu chính']);
  expect(rows[3].slice(0, 4)).toEqual(['(1)', '(2)', '(3)=(4)+(5)+(6)', '(4)']);
  // The identities may wrap after "=" and "+" only.
  expect(documentXml).toContain('(3)=\u200b(4)+\u200b(5)+\u200b(6)');
  expect(rows[4]).toEqual(['1', 'Hộ tịch', '1.066', '1.061', '', '5', '1.062', '1.043', '', '', '10', '9', '4', '', '', '4']);
  expect(rows[16]).toEqual(['Tổng cộng [c2]', '3.575', '3.556', '0', '19', '3.518', '3.488', '0', '0', '17', '13', '57', '47', '0', '10']);
  expect(rows[17]).toEqual(['Tỷ lệ: [c2]', '100%', '100%', '', '', '98,4%', '97,6%', '0%', '0%', '0,5%', '0,4%', '1,6%', '1,3%', '0%', '0,3%']);
  expect(rows).toHaveLength(18);
  // The header rows repeat on every page (Word's "repeat header rows"), which mammoth reads as <th>.
  expect(/<thead>([\s\S]*?)<\/thead>/.exec(table)![1].match(/<tr>/g)).toHaveLength(4);
});

test('the narrative is portrait A4 and the annex a landscape A4 section, with the decree margins', () => {
  const [narrative, annex] = sections(documentXml);
  expect(sections(documentXml)).toHaveLength(2);
  // A4 = 11906 × 16838 twips; margins 20/20/30/15 mm = 1134/1134/1701/850.
  expect([attr(narrative.size, 'w'), attr(narrative.size, 'h'), attr(narrative.size, 'orient')]).toEqual(['11906', '16838', 'portrait']);
  expect([attr(annex.size, 'w'), attr(annex.size, 'h'), attr(annex.size, 'orient')]).toEqual(['16838', '11906', 'landscape']);
  for (const margins of [narrative.margins, annex.margins]) {
    expect([attr(margins, 'top'), attr(margins, 'bottom'), attr(margins, 'left'), attr(margins, 'right')]).toEqual(['1134', '1134', '1701', '850']);
  }
});

test('Times New Roman 14 pt body, justified with a first-line indent; table 13 pt, bold header and totals', async () => {
  const styles = zipEntry(buffer, 'word/styles.xml');
  expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
  expect(styles).toMatch(/<w:sz w:val="28"\/>/);
  const firstParagraph = /<w:p>[\s\S]*?<\/w:p>/.exec(documentXml)![0];
  expect(firstParagraph).toContain('<w:jc w:val="both"/>');
  expect(firstParagraph).toMatch(/<w:ind w:firstLine="720"\/>/);
  expect(firstParagraph).toContain('<w:b/>');
  const totalsRow = [...documentXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((row) => row.includes('Tổng cộng'))!;
  expect(totalsRow).toContain('<w:b/>');
  expect(totalsRow).toContain('<w:sz w:val="26"/>');
  const headerRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(documentXml)![0];
  expect(headerRow).toContain('<w:tblHeader/>');
  expect(headerRow).toContain('<w:gridSpan w:val="4"/>');
  expect(headerRow).toContain('<w:vMerge w:val="restart"/>');
});

test('blanks for the clerk are highlighted', () => {
  expect(documentXml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]{0,200}<w:t xml:space="preserve">\[…\]<\/w:t>/);
});

test('without an annex the document has the narrative only, in one portrait section', async () => {
  const model = writeNarrative(seedFigures(), { period: periodOf({ kind: 'Q2', year: 2026 }) });
  const bytes = Buffer.from(await reportDocxBuffer({ narrative: model }));
  const xml = zipEntry(bytes, 'word/document.xml');
  expect(sections(xml)).toHaveLength(1);
  expect(xml).not.toContain('<w:tbl>');
  expect(docxFileName(model)).toBe('bao-cao-tthc-quy-II-2026.docx');
  expect(docxFileName(writeNarrative(seedFigures(), { period: periodOf({ kind: '6M', year: 2026 }) }))).toBe('bao-cao-tthc-6-thang-2026.docx');
  expect(docxFileName(writeNarrative(seedFigures(), {}))).toBe('bao-cao-tthc-ky-bao-cao.docx');
  const acrossYears = periodOf({ from: { day: 1, month: 12, year: 2025 }, to: { day: 20, month: 1, year: 2026 } });
  expect(docxFileName(writeNarrative(seedFigures(), { period: acrossYears }))).toBe('bao-cao-tthc-01-12-2025-den-20-01-2026.docx');
});

test('control characters and lone surrogates in cell text do not break the file', async () => {
  const figures = seedFigures();
  figures.fields[9].label = 'Chứng\u0007thực\u0000 \ud800x';
  const model = writeNarrative(figures, { period: periodOf({ kind: 'Q2', year: 2026 }), unit: 'xã\u000bAn Phú' });
  const bytes = Buffer.from(await reportDocxBuffer({ narrative: model }));
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  expect(value).toContain('Chứngthực x 1.922 hồ sơ (53,8%)');
  // Word refuses a document.xml holding characters XML 1.0 forbids.
  const xml = zipEntry(bytes, 'word/document.xml');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  expect(xml).not.toContain('\ufffd');
});

test('xmlSafe keeps Vietnamese and surrogate pairs, drops what XML forbids', () => {
  expect(xmlSafe('Hộ tịch 😀\u0007\ud800')).toBe('Hộ tịch 😀');
});
