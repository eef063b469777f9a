// Reading a .docx report: soft line breaks end lines, Word list items keep their "-" / "+" level.
import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import mammoth from 'mammoth';
import { reportTextFromHtml } from '../../src/word/docx-text';

async function textOf(doc: Document): Promise<string> {
  const buffer = await Packer.toBuffer(doc);
  return reportTextFromHtml((await mammoth.convertToHtml({ buffer })).value);
}

const BULLETS = {
  config: [
    {
      reference: 'b',
      levels: [
        { level: 0, format: 'bullet' as const, text: '-' },
        { level: 1, format: 'bullet' as const, text: '+' },
      ],
    },
  ],
};

describe('reportTextFromHtml', () => {
  test('a soft line break (Shift+Enter) ends a line', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('- Ban hành danh mục TTHC sửa đổi, bổ sung, thay thế.'),
                new TextRun({ text: '- Thực hiện 25 thủ tục trực tuyến toàn trình.', break: 1 }),
                new TextRun({ text: '- Tổng số hồ sơ tiếp nhận là: 26 hồ sơ.', break: 1 }),
              ],
            }),
          ],
        },
      ],
    });
    expect(await textOf(doc)).toBe(
      ['- Ban hành danh mục TTHC sửa đổi, bổ sung, thay thế.', '- Thực hiện 25 thủ tục trực tuyến toàn trình.', '- Tổng số hồ sơ tiếp nhận là: 26 hồ sơ.'].join(
        '\n',
      ),
    );
  });

  test('Word list paragraphs get "- " at the first level and "+ " below; other paragraphs none', async () => {
    const item = (text: string, level: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'b', level } });
    const doc = new Document({
      numbering: BULLETS,
      sections: [
        {
          children: [
            new Paragraph('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý II năm 2026:'),
            item('Hồ sơ đang giải quyết: 11 hồ sơ;', 0),
            item('Hồ sơ quá hạn: 5 hồ sơ;', 1),
            item('Số hóa […]% hồ sơ.', 0),
            new Paragraph('(Có bảng kết quả gửi kèm)'),
          ],
        },
      ],
    });
    expect(await textOf(doc)).toBe(
      [
        '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý II năm 2026:',
        '- Hồ sơ đang giải quyết: 11 hồ sơ;',
        '+ Hồ sơ quá hạn: 5 hồ sơ;',
        '- Số hóa […]% hồ sơ.',
        '(Có bảng kết quả gửi kèm)',
      ].join('\n'),
    );
  });

  test('table cells are lines; footnote references and footnotes are not report text; entities are decoded', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Số liệu từ Hệ thống 2 & 3.')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Tổng số hồ sơ tiếp nhận'), new FootnoteReferenceRun(1), new TextRun(': 26 hồ sơ <đủ>')] }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('Đã giải quyết: 15')] }),
                    new TableCell({ children: [new Paragraph('Đang giải quyết: 11')] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    expect(await textOf(doc)).toBe(['Tổng số hồ sơ tiếp nhận: 26 hồ sơ <đủ>', 'Đã giải quyết: 15', 'Đang giải quyết: 11'].join('\n'));
  });

  test('text outside tags and odd entities', () => {
    expect(reportTextFromHtml('<p>a&#x1F600;b &#39;c&#39; &bogus; &#99999999;</p><p>  </p><ul><li><p>x</p></li></ul>')).toBe(
      "a😀b 'c' &bogus; &#99999999;\n- x",
    );
  });
});
