// The whole report's .docx: the Nghị định 30 layout in the XML, and the document model's words.
import mammoth from 'mammoth';
import { reportDocumentFor } from '../../src/app/report-document';
import { fullReportBuffer } from '../../src/word/report-docx';
import { sampleBundle } from './sample-bundle';
import { zipEntry } from './unzip';

const SIGNING = { signer: 'Vũ Văn Quảng', signerTitle: 'KT. CHỦ TỊCH|PHÓ CHỦ TỊCH' };

test('A4 with the decree’s margins, page numbers from page 2, the annex in a landscape section', async () => {
  const bytes = Buffer.from(await fullReportBuffer(reportDocumentFor(await sampleBundle(), SIGNING)));
  const xml = zipEntry(bytes, 'word/document.xml');
  const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
  expect(sections).toHaveLength(2);
  expect(sections[0]).toContain('<w:titlePg/>');
  expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  // 20 / 15 / 20 / 30 mm.
  expect(sections[0]).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  expect(sections[1]).toMatch(/w:orient="landscape"/);
  expect(sections[0]).toMatch(/<w:headerReference w:type="first"/);
  const header = zipEntry(bytes, 'word/header1.xml') + zipEntry(bytes, 'word/header2.xml');
  expect(header).toContain('PAGE');
  // The header block and the closing block are tables without borders.
  const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
  expect(firstTable).toMatch(/<w:tblBorders><w:top w:val="none"/);
  expect(firstTable).toContain('ỦY BAN NHÂN DÂN');
  // Rules: bottom-bordered empty paragraphs under the issuer and under the motto.
  expect(xml.match(/<w:pBdr><w:bottom w:val="single"/g)!.length).toBe(3);
  // "Nơi nhận:" bold italic 12 pt, its list 11 pt.
  expect(xml).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/><w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t xml:space="preserve">Nơi nhận:/);
  expect(xml).toMatch(/<w:sz w:val="22"\/><w:szCs w:val="22"\/><\/w:rPr><w:t xml:space="preserve">- Lưu: VT, HCC\./);
  // The annex table: fixed layout, header rows repeated, the identity on two lines.
  expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
  expect(xml).toContain('<w:tblHeader/>');
  expect(xml).toMatch(
    /\(3\)=<\/w:t><\/w:r><w:r><w:rPr><w:i\/><w:iCs\/><w:sz w:val="18"\/><w:szCs w:val="18"\/><\/w:rPr><w:br\/><w:t xml:space="preserve">\(4\)\+\u200b\(5\)\+\u200b\(6\)/,
  );
});

test('without unit, signer or period the gaps are marked, never invented', async () => {
  const bundle = await sampleBundle({});
  const doc = reportDocumentFor({ ...bundle, model: { ...bundle.model, unit: undefined, period: { datesFromCalendar: false, problems: [] } } }, {});
  expect(doc.header.issuer).toEqual([[{ type: 'text', text: 'ỦY BAN NHÂN DÂN' }], [{ type: 'write', hint: 'tên đơn vị' }]]);
  expect(doc.signing).toEqual({ title: [[{ type: 'write', hint: 'quyền hạn, chức vụ người ký' }]], name: [{ type: 'write', hint: 'họ và tên người ký' }] });
  expect(doc.header.placeDate[0]).toEqual({ type: 'write', hint: 'địa danh' });
  expect(doc.summary).toHaveLength(1);
});

test('the seed’s structure, in English too, and the period after quý IV in the next year', async () => {
  const en = reportDocumentFor(await sampleBundle(undefined, 'en'), {});
  expect(
    en.body
      .filter((p) => p.style === 'part' || p.style === 'heading')
      .map((p) => p.runs.map((r) => ('text' in r ? r.text : '…')).join(''))
      .slice(0, 3),
  ).toEqual([
    'I. RESULTS OF QUARTER II OF 2026',
    '1. Leadership and direction',
    '2. Administrative-procedure (TTHC) dossiers received and resolved, quarter II of 2026 (from 15/3 to 14/6/2026):',
  ]);
  const q4 = reportDocumentFor(await sampleBundle({ kind: 'Q4', year: 2026, unit: 'xã An Phú', force: true } as never), {});
  const { value } = { value: q4.summary[0].map((r) => ('text' in r ? r.text : '…')).join('') };
  expect(value).toBe('Kết quả hoạt động của Trung tâm Phục vụ hành chính công quý IV năm 2026, nhiệm vụ trọng tâm quý I năm 2027');
});

test('the text reads back in order: header, title, body, signing block, annex', async () => {
  const bytes = Buffer.from(await fullReportBuffer(reportDocumentFor(await sampleBundle(), SIGNING)));
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  const lines = value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  expect(lines.slice(0, 8)).toEqual([
    'ỦY BAN NHÂN DÂN',
    'XÃ AN PHÚ',
    'Số:        /BC-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `An Phú, ngày${' '.repeat(8)}tháng 6 năm 2026`,
    'BÁO CÁO',
    'Kết quả hoạt động của Trung tâm Phục vụ hành chính công quý II, nhiệm vụ trọng tâm quý III năm 2026',
  ]);
  expect(lines).toContain('[Phần cần viết: những khó khăn, hạn chế trong kỳ và nguyên nhân]');
  expect(lines).toContain('(Kèm theo Báo cáo số        /BC-UBND ngày        của Ủy ban nhân dân xã An Phú)');
});
