/** @jest-environment ./test/helpers/jsdom-environment.js */
import { writeNarrative } from '../core/narrative/write';
import { periodOf } from '../../src/core/narrative/period-choice';
import { annexPlainText, clipboardPayload, escapeHtml } from '../../src/word/html';
import { REQUIRED_LINES, seedFigures } from '../core/narrative/seed-figures';
import { sampleBundle } from './sample-bundle';

function parse(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('clipboardPayload', () => {
  test('paragraphs in Times New Roman 14 pt, justified, first-line indent; heading bold', async () => {
    const bundle = await sampleBundle();
    const { html, text } = clipboardPayload(bundle.text);
    const paragraphs = [...parse(html).querySelectorAll('p')];
    expect(paragraphs.map((p) => p.textContent)).toEqual(text.trimEnd().split('\r\n'));
    expect(paragraphs.slice(0, REQUIRED_LINES.length).map((p) => p.textContent)).toEqual(REQUIRED_LINES);
    for (const p of paragraphs) {
      expect(p.style.fontFamily).toBe('"Times New Roman", serif');
      expect(p.style.fontSize).toBe('14pt');
      expect(p.style.textAlign).toBe('justify');
      expect(p.style.textIndent).toBe('1.27cm');
    }
    expect(paragraphs[0].querySelector('b')?.textContent).toBe(REQUIRED_LINES[0]);
    expect(parse(html).querySelector('table')).toBeNull();
  });

  test('blanks are highlighted and explained', async () => {
    const bundle = await sampleBundle();
    const marks = [...parse(clipboardPayload(bundle.text).html).querySelectorAll('span')];
    expect(marks.map((m) => [m.textContent, m.style.background, m.title])).toEqual([
      ['[…]', 'yellow', 'tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến (không có trong phụ lục)'],
      ['[…]', 'yellow', 'tỷ lệ số hóa hồ sơ đầu vào (không có trong phụ lục)'],
      ['[…]', 'yellow', 'tỷ lệ số hóa kết quả giải quyết (không có trong phụ lục)'],
    ]);
  });

  test('with the annex: a bordered table with the merged headers, and tab-separated plain text', async () => {
    const bundle = await sampleBundle();
    const { html, text } = clipboardPayload(bundle.text, bundle.annex);
    const table = parse(html).querySelector('table')!;
    const rows = [...table.querySelectorAll('tr')];
    expect(rows).toHaveLength(18);
    expect([...rows[0].cells].map((c) => [c.textContent, c.colSpan, c.rowSpan])).toEqual([
      ['STT', 1, 3],
      ['Lĩnh vực giải quyết', 1, 3],
      ['Số lượng hồ sơ tiếp nhận', 4, 1],
      ['Số lượng hồ sơ đã giải quyết', 6, 1],
      ['Số lượng hồ sơ đang giải quyết', 4, 1],
    ]);
    expect(rows[16].cells[0].style.fontWeight).toBe('bold');
    expect(rows[3].cells[0].style.fontStyle).toBe('italic');
    expect(rows[4].cells[2].style.border).toContain('1pt');
    const lines = text.split('\r\n');
    expect(lines).toContain('PHỤ LỤC');
    expect(lines).toContain('Kết quả giải quyết thủ tục hành chính quý II năm 2026 của xã An Phú');
    expect(lines).toContain('Tổng cộng\t\t3.575\t3.556\t0\t19\t3.518\t3.488\t0\t0\t17\t13\t57\t47\t0\t10');
    expect(lines).toContain(
      'STT\tLĩnh vực giải quyết\tSố lượng hồ sơ tiếp nhận\t\t\t\tSố lượng hồ sơ đã giải quyết\t\t\t\t\t\tSố lượng hồ sơ đang giải quyết\t\t\t',
    );
    expect(annexPlainText(bundle.annex)[2]).toBe('\t\t\tThực tuyến\tThực tiếp, dịch vụ bưu chính' + '\t'.repeat(11));
  });

  test('hostile cell text is escaped, never markup', () => {
    const figures = seedFigures();
    figures.fields[9].label = '<img src=x onerror="alert(1)">';
    const { html } = clipboardPayload(writeNarrative(figures, { period: periodOf({ kind: 'Q2', year: 2026 }) }));
    const host = parse(html);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror="alert(1)"> 1.922 hồ sơ');
    expect(escapeHtml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
  });
});
