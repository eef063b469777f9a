// `report --previous-report`: last quarter's report (the fixtures made by
// scripts/fixtures/make-previous-report.js from the seed, for quý I 2026) brought up to quý II
// with the sample annex — edited in place, exact texts, marks and the review list.
import { readFileSync } from 'fs';
import * as path from 'path';
import { reportDocumentFor } from '../../src/app/report-document';
import { bringUpToDate } from '../../src/word/previous-report/bring-up-to-date';
import { readParagraphs } from '../../src/word/previous-report/paragraphs';
import { PreviousReportError } from '../../src/word/previous-report/update';
import { sampleBundle } from './sample-bundle';
import { zipEntry } from './unzip';

const FIXTURES = path.join(__dirname, '../fixtures/reports');
const read = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

let bundle: Awaited<ReturnType<typeof sampleBundle>>;
beforeAll(async () => {
  bundle = await sampleBundle();
});

const updates = new Map<string, Awaited<ReturnType<typeof bringUpToDate>>>();
beforeAll(async () => {
  for (const name of ['bao-cao-quy-I-2026.docx', 'bao-cao-quy-I-2026-split.docx'])
    updates.set(name, await bringUpToDate(read(name), reportDocumentFor(bundle, {}), bundle));
});

function update(name: string) {
  const before = read(name);
  const result = updates.get(name)!;
  const oldXml = zipEntry(Buffer.from(before), 'word/document.xml');
  const newXml = zipEntry(Buffer.from(result.bytes), 'word/document.xml');
  return { result, oldXml, newXml, oldParagraphs: readParagraphs(oldXml), paragraphs: readParagraphs(newXml) };
}

const texts = (paragraphs: { text: string }[]) => paragraphs.map((p) => p.text);

describe.each(['bao-cao-quy-I-2026.docx', 'bao-cao-quy-I-2026-split.docx'])('%s brought up to quý II 2026', (name) => {
  test('the period moves in the date line, summary, opening, part headings and closing', () => {
    const lines = texts(update(name).paragraphs);
    expect(lines[5]).toBe('An Phú, ngày      tháng 6 năm 2026');
    expect(lines[7]).toBe(
      'Kết quả hoạt động của Trung tâm Phục vụ hành chính công quý II, nhiệm vụ trọng tâm quý III năm 2026 (Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)',
    );
    expect(lines[8]).toContain('báo cáo kết quả hoạt động của Trung tâm Phục vụ hành chính công quý II, nhiệm vụ trọng tâm quý III năm 2026, cụ thể như sau:');
    expect(lines).toContain('I. KẾT QUẢ HOẠT ĐỘNG QUÝ II NĂM 2026');
    expect(lines).toContain('II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026');
    expect(lines).toContain(
      'Trên đây là báo cáo kết quả hoạt động của Trung tâm Phục vụ hành chính công xã An Phú quý II, nhiệm vụ trọng tâm quý III năm 2026./.',
    );
  });

  test('section I.2 is the generated one, where the old one stood; the other sections stay in order', () => {
    const { paragraphs, oldParagraphs, result } = update(name);
    const lines = texts(paragraphs);
    const heading = lines.indexOf('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý II năm 2026 (thời điểm từ ngày 15/3 đến ngày 14/6/2026):');
    expect(heading).toBe(16);
    expect(lines.slice(heading + 1, heading + 4)).toEqual([
      '- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ. Trong đó:',
      '+ Tiếp nhận trong kỳ: 3.556 hồ sơ; kỳ trước chuyển sang: 19 hồ sơ.',
      '+ Tiếp nhận trực tuyến: 3.556 hồ sơ, đạt tỷ lệ 100%.',
    ]);
    expect(lines[heading + result.inserted]).toBe('3. Kết quả xếp hạng trên Dịch vụ công quốc gia về đánh giá chất lượng phục vụ:');
    expect(result.replaced).toBe(7);
    // Then the section break, and the annex page.
    expect(lines.indexOf('Phụ lục')).toBe(oldParagraphs.length - 7 + result.inserted + 1);
    expect(lines.join('\n')).not.toContain('2.804');
  });

  test('paragraphs that do not change keep their XML byte for byte; footnotes stay footnotes', () => {
    const { oldXml, newXml, oldParagraphs, result } = update(name);
    const changed = new Set<number>([...result.plan.edits.keys()]);
    const section = result.plan.replaceSection!;
    for (let i = section.start; i <= section.end; i++) changed.add(i);
    const unchanged = oldParagraphs.filter((_, i) => !changed.has(i)).map((p) => oldXml.slice(p.start, p.end));
    expect(unchanged.length).toBeGreaterThan(20);
    for (const xml of unchanged) expect(newXml).toContain(xml);
    expect(newXml.match(/<w:footnoteReference /g)).toHaveLength(2);
    expect(zipEntry(Buffer.from(result.bytes), 'word/footnotes.xml')).toContain('Nghị định số 118/2025/NĐ-CP ngày 09/6/2025');
  });

  test('figures the table checks are replaced and marked green; the old period’s others marked yellow and listed', () => {
    const { result, newXml } = update(name);
    const findings = result.plan.findings.map((f) => [f.section, f.kind, f.found, f.replacement ?? '']);
    expect(findings).toEqual([
      ['I.1', 'count', '87', ''],
      ['I.1', 'count', '25', ''],
      ['I.1', 'corrected', '2.836', '3.575'],
      ['I.1', 'corrected', '2.742', '3.556'],
      ['I.1', 'corrected', '96,7%', '100,0%'],
      ['I.1', 'count', '03', ''],
      ['I.1', 'count', '01', ''],
      ['I.3', 'score', '97,12', ''],
      ['I.3', 'rank', '61/114', ''],
      ['I.3', 'date', '28/02/2026', ''],
      ['I.4', 'date', '05/01/2026', ''],
    ]);
    expect(newXml).toMatch(/<w:highlight w:val="green"\/>(?:<[^>]+>)*<w:t xml:space="preserve">3\.556<\/w:t>/);
    expect(newXml).toMatch(/<w:highlight w:val="yellow"\/>(?:<[^>]+>)*<w:t xml:space="preserve">61\/114<\/w:t>/);
    expect(result.plan.problems).toEqual([]);
  });

  test('cited documents, hotlines, dates before the period and all of part II are neither changed nor listed', () => {
    const { result, paragraphs } = update(name);
    const found = result.plan.findings.map((f) => f.found);
    for (const untouched of ['12/KH-UBND', '05/3/2026', '1022', '01/10/2025', '95%', '100%', '06', '02']) expect(found).not.toContain(untouched);
    const partTwo = texts(paragraphs).slice(texts(paragraphs).indexOf('II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026') + 1);
    expect(partTwo[0]).toBe(
      '- Thực hiện các kế hoạch, chỉ tiêu năm 2026: mức độ hài lòng của người dân và doanh nghiệp đạt tối thiểu 95%; hồ sơ tiếp nhận trực tuyến đạt 95%; thanh toán phí, lệ phí trực tuyến đạt 100%.',
    );
    expect(partTwo[1]).toBe(
      '- Phấn đấu giải quyết hồ sơ TTHC trước và đúng hạn đạt 100%; triển khai Kế hoạch số 12/KH-UBND ngày 05/3/2026; 02 thủ tục liên thông gắn với Đề án 06.',
    );
  });
});

test('the new annex follows on a landscape page of its own; the report keeps its page setup', () => {
  const { newXml, paragraphs } = update('bao-cao-quy-I-2026.docx');
  const sections = [...newXml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(([s]) => /<w:pgSz [^>]*>/.exec(s)![0]);
  expect(sections).toEqual(['<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>', expect.stringContaining('w:orient="landscape"')]);
  const lines = texts(paragraphs);
  expect(lines.slice(lines.indexOf('Phụ lục'), lines.indexOf('Phụ lục') + 2)).toEqual([
    'Phụ lục',
    'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II NĂM 2026 CỦA XÃ AN PHÚ',
  ]);
  expect(lines).toContain('3.575');
});

test('the split fixture reads as the same text as the whole one, before and after', () => {
  const whole = update('bao-cao-quy-I-2026.docx');
  const split = update('bao-cao-quy-I-2026-split.docx');
  expect(texts(split.oldParagraphs)).toEqual(texts(whole.oldParagraphs));
  expect(texts(split.paragraphs)).toEqual(texts(whole.paragraphs));
  // The cut runs were really cut.
  expect(split.oldXml).toContain('tiếp nhận 2.</w:t>');
});

test('a Word 97 file, a file that is no .docx and a damaged one are told apart', async () => {
  const problem = async (bytes: Uint8Array) => {
    try {
      await bringUpToDate(bytes, reportDocumentFor(bundle, {}), bundle);
    } catch (error) {
      return error instanceof PreviousReportError ? error.problem : String(error);
    }
    return 'no error';
  };
  expect(await problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('word-97');
  expect(await problem(new TextEncoder().encode('Báo cáo quý I'))).toBe('not-docx');
  const cut = read('bao-cao-quy-I-2026.docx').slice(0, 2000);
  expect(await problem(cut)).toBe('damaged');
});
