/** @jest-environment ./test/helpers/jsdom-environment.js */
// The "Báo cáo" panel in the pane shell, with a fake Excel host and fake clipboard/download.
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Grid, Lang } from '../../src/core/types';
import { validateGrid } from '../../src/core/validate';
import type { SheetHost } from '../../src/app/host';
import type { ClearResult, HighlightResult } from '../../src/excel/highlight';
import { emptyStore } from '../../src/excel/store';
import { FULL_SUPPORT } from '../../src/excel/support';
import { createPane } from '../../src/taskpane/app';
import { createNarrativePanel, type NarrativePanelDeps } from '../../src/taskpane/panels/narrative/panel';
import { validatePanel } from '../../src/taskpane/panels/validate/panel';
import type { ClipboardPayload } from '../../src/word/html';
import type { ReportDocxInput } from '../../src/word/docx';
import { REQUIRED_LINES, expectLinesInOrder } from '../core/narrative/seed-figures';
import { buildAnnexGrid, SEED_FIELDS, type FieldCounts } from '../helpers/annex';

const SEED_TEXT = readFileSync(path.join(__dirname, '../../assets/samples/bao-cao-quy-II-2026.txt'), 'utf8');
const TITLES = ['UBND XÃ AN PHÚ', 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026', '(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)'];

function seedGrid(change?: (fields: FieldCounts[]) => void, titleRows = TITLES): Grid {
  const fields: FieldCounts[] = SEED_FIELDS.map((f) => ({ ...f, values: [...f.values] }));
  change?.(fields);
  return buildAnnexGrid(fields, { titleRows });
}

/**
 * Excel as the panel sees it through the validation controller. The Excel layer's result types
 * belong to the pane and evolve; this panel only needs the grid, so the fake fills the rest loosely.
 */
class FakeHost {
  constructor(public grid: Grid = seedGrid()) {}
  support = () => FULL_SUPPORT;
  readSheet = async () => ({ grid: this.grid, store: emptyStore(), cellCount: 100, commentIds: [] });
  applyHighlights = async (request: { targets: readonly unknown[] }) =>
    ({
      store: emptyStore(),
      highlighted: request.targets.length,
      restored: 0,
      annotation: null,
      annotationsWritten: 0,
      annotationsSkipped: 0,
    }) as unknown as HighlightResult;
  clearHighlights = async () => ({ store: emptyStore(), restored: 0, leftAsRecoloured: 0 }) as unknown as ClearResult;
  selectCell = async () => undefined;
  listSheets = async () => ({ names: ['Phụ lục'], active: 'Phụ lục' });
  asHost = (): SheetHost => this as unknown as SheetHost;
}

class FakeDeps implements NarrativePanelDeps {
  copies: ClipboardPayload[] = [];
  downloads: Array<[Blob, string]> = [];
  docxInputs: ReportDocxInput[] = [];
  prefetched = 0;
  copyFails = false;
  docxFails = false;
  os: string | undefined = 'OfficeOnline';
  copy = async (payload: ClipboardPayload) => {
    if (this.copyFails) throw new Error('clipboard-unavailable');
    this.copies.push(payload);
    return 'copy-event' as const;
  };
  buildDocx = async (input: ReportDocxInput) => {
    if (this.docxFails) throw new Error('chunk load failed');
    this.docxInputs.push(input);
    return new Blob(['docx']);
  };
  download = (blob: Blob, fileName: string) => {
    this.downloads.push([blob, fileName]);
    return true;
  };
  platform = () => this.os;
  prefetchDocx = () => void this.prefetched++;
  fullReport = {
    download: (blob: Blob, fileName: string) => this.download(blob, fileName),
    copy: (payload: ClipboardPayload) => this.copy(payload),
    platform: () => this.os,
  };
}

const flush = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function mount(host = new FakeHost(), lang: Lang = 'vi') {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  const deps = new FakeDeps();
  const pane = createPane(root, { excel: host.asHost(), validate: validateGrid, panels: [validatePanel, createNarrativePanel(deps)], initialLang: lang });
  pane.context.activate('narrative');
  return { root, pane, deps, host };
}

function q<T extends Element = HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

const previewLines = () => [...document.querySelectorAll('#narrative-preview p')].map((p) => p.textContent ?? '');
const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent);

async function write(): Promise<void> {
  q<HTMLButtonElement>('#narrative-write').click();
  await flush();
}

function setInput(selector: string, value: string): void {
  const input = q<HTMLInputElement | HTMLSelectElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('change'));
}

describe('narrative panel', () => {
  test('before reading: a second tab, inputs, idle text, nothing to copy; docx chunk prefetched', () => {
    const { deps } = mount();
    expect(texts('.tabs__tab')).toEqual(['Kiểm tra', 'Báo cáo']);
    expect(texts('#narrative-period option')).toEqual([
      'Theo tiêu đề trang tính',
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      '6 tháng đầu năm',
      '9 tháng',
      'Cả năm',
    ]);
    expect(q('#narrative-status').textContent).toBe('Bấm “Viết từ trang tính” để đọc bảng phụ lục trên trang tính đang mở.');
    expect(q('#narrative-output').hidden).toBe(true);
    expect(q<HTMLButtonElement>('#narrative-copy').disabled).toBe(true);
    expect(deps.prefetched).toBe(1);
  });

  test('writes section I.2 from the sheet, the period read from its titles', async () => {
    mount();
    await write();
    expectLinesInOrder(previewLines(), REQUIRED_LINES);
    expect(q('#narrative-status').textContent).toBe('Số liệu từ bảng A4:P21, trang “Phụ lục”.');
    expect(texts('#narrative-notes p')).toEqual([
      'Kỳ báo cáo theo tiêu đề trang tính: quý II năm 2026, từ ngày 15/3 đến ngày 14/6/2026.',
      '3 chỗ đánh dấu […] phụ lục không có số liệu: điền tay trong Word.',
    ]);
    expect(q<HTMLSelectElement>('#narrative-period').options[0].textContent).toBe('Theo tiêu đề trang tính (quý II năm 2026)');
    expect(q('#narrative-period-conflict').hidden).toBe(true);
    expect(q('#narrative-warning').hidden).toBe(true);
    expect([...document.querySelectorAll('#narrative-preview mark')].map((m) => m.getAttribute('title'))).toEqual([
      'tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến (không có trong phụ lục)',
      'tỷ lệ số hóa hồ sơ đầu vào (không có trong phụ lục)',
      'tỷ lệ số hóa kết quả giải quyết (không có trong phụ lục)',
    ]);
    expect(q<HTMLInputElement>('#narrative-unit').placeholder).toBe('xã An Phú');
  });

  test("the clerk's period wins; a quarter alone takes the official dates; bad input is named", async () => {
    mount(new FakeHost(seedGrid(undefined, [])));
    await write();
    expect(previewLines()[0]).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý […] năm […] (thời điểm từ ngày […] đến ngày […]):');
    setInput('#narrative-period', 'Q3');
    setInput('#narrative-year', '2026');
    expect(previewLines()[0]).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC quý III năm 2026 (thời điểm từ ngày 15/6 đến ngày 14/9/2026):');
    expect(texts('#narrative-notes p')).toContain('Ngày đầu, ngày cuối kỳ theo lịch báo cáo của Nghị định 09/2019/NĐ-CP.');
    setInput('#narrative-to', '20/9/2026');
    expect(previewLines()[0]).toContain('(thời điểm từ ngày 15/6 đến ngày 20/9/2026)');
    setInput('#narrative-from', '31/2/2026');
    setInput('#narrative-year', '26');
    expect(texts('#narrative-problems p')).toEqual(['Năm cần 4 chữ số, ví dụ 2026.', 'Từ ngày: cần ngày hợp lệ dạng ngày/tháng/năm, ví dụ 15/3/2026.']);
    setInput('#narrative-year', '2026');
    setInput('#narrative-from', '21/9/2026');
    expect(texts('#narrative-problems p')).toEqual(['Ngày kết thúc kỳ báo cáo đứng trước ngày bắt đầu.']);
  });

  test('a period contradicting the title is shown plainly, nothing to copy, with the two ways on', async () => {
    const { deps } = mount();
    await write();
    setInput('#narrative-period', '6M');
    const box = q('#narrative-period-conflict');
    expect(box.hidden).toBe(false);
    expect(box.className).toBe('summary summary--error');
    expect(texts('#narrative-period-conflict p')).toEqual([
      'Kỳ báo cáo mâu thuẫn',
      'Kỳ đã chọn “6 tháng đầu năm” là số cộng dồn 6 tháng đầu năm, còn bảng là số liệu quý II năm 2026 theo tiêu đề trang tính.',
      'Tiêu đề trang tính: “KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026”, “(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)”.',
      'Số liệu của bảng là của kỳ ghi ở tiêu đề, nên chưa viết đoạn văn.',
    ]);
    expect(texts('#narrative-period-conflict button')).toEqual(['Viết theo tiêu đề trang tính', 'Vẫn viết theo kỳ đã chọn']);
    expect(q('#narrative-output').hidden).toBe(true);
    expect(q<HTMLButtonElement>('#narrative-copy').disabled).toBe(true);
    q<HTMLButtonElement>('#narrative-copy').click();
    await flush();
    expect(deps.copies).toHaveLength(0);

    q<HTMLButtonElement>('#narrative-force').click();
    expect(q('#narrative-output').hidden).toBe(false);
    expect(previewLines()[0]).toBe(
      '2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC 6 tháng đầu năm 2026 (thời điểm từ ngày 15/12/2025 đến ngày 14/6/2026):',
    );
    expect(q('#narrative-period-conflict').className).toBe('summary summary--warning');
    expect(texts('#narrative-period-conflict p')[3]).toBe(
      'Đã viết theo kỳ đã chọn, dù khác với tiêu đề trang tính: 6 tháng đầu năm 2026, từ ngày 15/12/2025 đến ngày 14/6/2026.',
    );
    expect(texts('#narrative-period-conflict button')).toEqual(['Viết theo tiêu đề trang tính']);

    // Another change asks again; "Viết theo tiêu đề" clears the inputs.
    setInput('#narrative-to', '30/6');
    expect(q('#narrative-output').hidden).toBe(true);
    expect(texts('#narrative-period-conflict p').slice(1, 3)).toEqual([
      'Kỳ đã chọn “6 tháng đầu năm” là số cộng dồn 6 tháng đầu năm, còn bảng là số liệu quý II năm 2026 theo tiêu đề trang tính.',
      '“Đến ngày” 30/6 (đến ngày 30/6/2026) khác với ngày ghi ở tiêu đề trang tính: từ ngày 15/3 đến ngày 14/6/2026.',
    ]);
    q<HTMLButtonElement>('#narrative-use-title').click();
    expect(q<HTMLSelectElement>('#narrative-period').value).toBe('');
    expect(q<HTMLInputElement>('#narrative-to').value).toBe('');
    expect(q('#narrative-period-conflict').hidden).toBe(true);
    expect(previewLines()[0]).toBe(REQUIRED_LINES[0]);
  });

  test('two weeks typed for the title’s quarter, in English', async () => {
    const { pane } = mount();
    await write();
    pane.setLang('en');
    setInput('#narrative-from', '15/6');
    setInput('#narrative-to', '30/6');
    expect(texts('#narrative-period-conflict p').slice(0, 3)).toEqual([
      'Contradicting reporting period',
      '“From” 15/6, “To” 30/6 (from 15/6 to 30/6/2026) differs from the dates of the sheet’s title: from 15/3 to 14/6/2026.',
      'The sheet’s title: “KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2026”, “(Số liệu tính từ ngày 15/3 đến hết ngày 14/6/2026)”.',
    ]);
    expect(q('#narrative-output').hidden).toBe(true);
  });

  test('a title with only dates that are no official period: named by its dates', async () => {
    mount(new FakeHost(seedGrid(undefined, ['UBND XÃ AN PHÚ', 'Số liệu từ ngày 21/7 đến ngày 20/8/2026'])));
    await write();
    expect(previewLines()[0]).toBe('2. Kết quả tiếp nhận và trả kết quả giải quyết TTHC từ ngày 21/7 đến ngày 20/8/2026:');
    expect(q<HTMLSelectElement>('#narrative-period').options[0].textContent).toBe('Theo tiêu đề trang tính (từ ngày 21/7 đến ngày 20/8/2026)');
    expect(texts('#narrative-notes p')[0]).toBe('Kỳ báo cáo theo tiêu đề trang tính: từ ngày 21/7 đến ngày 20/8/2026.');
  });

  test('a title that contradicts itself: said, and written only when the clerk insists', async () => {
    mount(new FakeHost(seedGrid(undefined, ['KẾT QUẢ QUÝ II NĂM 2026', '(Từ ngày 15/3 đến ngày 14/9/2026)'])));
    await write();
    expect(texts('#narrative-period-conflict p')).toEqual([
      'Kỳ báo cáo mâu thuẫn',
      'Tiêu đề trang tính ghi quý II năm 2026 nhưng ngày ghi kèm (từ ngày 15/3 đến ngày 14/9/2026, 184 ngày) không phải kỳ đó.',
      'Tiêu đề trang tính: “KẾT QUẢ QUÝ II NĂM 2026”, “(Từ ngày 15/3 đến ngày 14/9/2026)”.',
      'Chưa viết đoạn văn. Sửa tiêu đề trang tính rồi bấm “Đọc lại trang tính”, hoặc chọn kỳ đúng ở trên.',
    ]);
    expect(texts('#narrative-period-conflict button')).toEqual(['Vẫn viết theo kỳ đã chọn']);
    expect(q<HTMLSelectElement>('#narrative-period').options[0].textContent).toBe('Theo tiêu đề trang tính');
    expect(q('#narrative-output').hidden).toBe(true);
  });

  test('Copy to Word puts the formatted paragraphs and the annex on the clipboard and confirms', async () => {
    const { deps } = mount();
    await write();
    q<HTMLButtonElement>('#narrative-copy').click();
    await flush();
    expect(deps.copies).toHaveLength(1);
    const { html, text } = deps.copies[0];
    expect(html).toContain("font-family:'Times New Roman',serif;font-size:14pt");
    expect(html).toContain('<table border="1"');
    expectLinesInOrder(text.split('\r\n'), [...REQUIRED_LINES, 'PHỤ LỤC']);
    expect(q('#narrative-feedback').textContent).toBe('Đã sao chép 18 đoạn và bảng phụ lục. Mở Word và dán (Ctrl+V, trên máy Mac ⌘V).');
    q<HTMLInputElement>('#narrative-annex').click();
    q<HTMLButtonElement>('#narrative-copy').click();
    await flush();
    expect(deps.copies[1].html).not.toContain('<table');
    expect(q('#narrative-feedback').textContent).toBe('Đã sao chép 18 đoạn. Mở Word và dán (Ctrl+V, trên máy Mac ⌘V).');
  });

  test('a table with errors: warned before copying, copying still works and repeats the warning', async () => {
    const { deps } = mount(new FakeHost(seedGrid((fields) => (fields[0].values[0] = 1067))));
    await write();
    expect(q('#narrative-warning').hidden).toBe(false);
    expect(q('#narrative-warning').textContent).toBe(
      'Bảng phụ lục chưa hợp lệ — 1 ô nhiều khả năng sai. Các đoạn văn dưới đây có thể mang số liệu sai. Nên sửa bảng (thẻ Kiểm tra) trước khi sao chép.',
    );
    expect(q<HTMLButtonElement>('#narrative-copy').disabled).toBe(false);
    q<HTMLButtonElement>('#narrative-copy').click();
    await flush();
    expect(deps.copies).toHaveLength(1);
    expect(texts('#narrative-feedback p')[1]).toBe('Lưu ý: bảng chưa hợp lệ, số liệu đã sao chép có thể sai.');
  });

  test('when the host refuses the clipboard, the clerk is told to copy by hand and the preview is selected', async () => {
    const { deps } = mount();
    deps.copyFails = true;
    await write();
    q<HTMLButtonElement>('#narrative-copy').click();
    await flush();
    expect(q('#narrative-feedback').textContent).toBe('Excel không cho sao chép tự động. Hãy bôi đen đoạn văn trong khung xem trước rồi nhấn Ctrl+C (⌘C).');
    expect(document.getSelection()?.toString()).toContain('- Tổng số hồ sơ tiếp nhận là: 3.575 hồ sơ. Trong đó:');
  });

  test('.docx: built with the annex and downloaded under its period name; a clear message on Mac and on failure', async () => {
    const { deps } = mount();
    await write();
    q<HTMLButtonElement>('#narrative-docx').click();
    await flush();
    expect(deps.downloads.map(([, name]) => name)).toEqual(['bao-cao-tthc-quy-II-2026.docx']);
    expect(deps.docxInputs[0].annex?.rows).toHaveLength(18);
    expect(q('#narrative-feedback').textContent).toBe('Đã tạo bao-cao-tthc-quy-II-2026.docx: xem thư mục Tải xuống.');
    deps.os = 'Mac';
    q<HTMLButtonElement>('#narrative-docx').click();
    await flush();
    expect(q('#narrative-feedback').textContent).toMatch(/^Đã tạo bao-cao-tthc-quy-II-2026\.docx\. Excel trên máy Mac thường không tải được tệp/);
    deps.docxFails = true;
    q<HTMLButtonElement>('#narrative-docx').click();
    await flush();
    expect(q('#narrative-feedback').textContent).toBe('Không tạo được tệp Word (chunk load failed). Hãy dùng “Sao chép sang Word”.');
  });

  test("paste-to-reconcile catches the seed's drifted online figure", async () => {
    mount();
    await write();
    q<HTMLTextAreaElement>('#narrative-reconcile-text').value = SEED_TEXT;
    q<HTMLButtonElement>('#narrative-reconcile').click();
    await flush();
    expect(q('#reconcile-summary .summary__title').textContent).toBe('20 số liệu khớp, 1 không khớp, 5 không đối chiếu được.');
    const first = q('.reconcile__item');
    expect(first.getAttribute('data-status')).toBe('mismatch');
    expect(first.textContent).toMatch(/^không khớpDòng \d+Tiếp nhận trực tuyến: văn bản ghi 3\.575 hồ sơ, bảng ghi 3\.556 \(cột \(4\)\)\.$/);
    expect(document.querySelectorAll('.reconcile__item[data-status="consistent"]')).toHaveLength(20);
  });

  test('no annex table on the sheet: the reason, nothing to copy', async () => {
    mount(new FakeHost({ sheetName: 'Bìa', origin: { row: 0, col: 0 }, values: [['Báo cáo quý II']] }));
    await write();
    expect(q('#narrative-status').textContent).toMatch(/^Chưa viết được đoạn văn: Không tìm thấy bảng phụ lục trên trang tính “Bìa”/);
    expect(q('#narrative-output').hidden).toBe(true);
  });

  test('switching to English rewrites labels and paragraphs', async () => {
    const { pane } = mount();
    await write();
    pane.setLang('en');
    expect(q('#narrative-copy').textContent).toBe('Copy to Word');
    expect(previewLines()).toContain('- Dossiers processed and returned: 3,518 dossiers (rate 98.4%);');
  });

  test('hostile field names stay text', async () => {
    mount(new FakeHost(seedGrid((fields) => (fields[9].name = '<img src=x onerror="window.hacked=1">'))));
    await write();
    expect(document.querySelector('#narrative-preview img')).toBeNull();
    expect(previewLines().join('\n')).toContain('<img src=x onerror="window.hacked=1"> 1.922 hồ sơ (53,8%)');
  });
});

describe('narrative panel: the whole report', () => {
  const longFlush = async () => {
    for (let i = 0; i < 40; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  test('“Tải báo cáo đầy đủ .docx” downloads the whole report, named by the period', async () => {
    const { deps } = mount();
    await write();
    const button = q<HTMLButtonElement>('#narrative-full-report');
    expect(button.textContent).toBe('Tải báo cáo đầy đủ .docx');
    expect(button.disabled).toBe(false);
    setInput('#narrative-signer', 'Vũ Văn Quảng');
    button.click();
    await longFlush();
    expect(deps.downloads.map(([, name]) => name)).toEqual(['bao-cao-tthc-quy-II-2026.docx']);
    expect(q('#narrative-full-feedback').textContent).toBe('Đã tạo bao-cao-tthc-quy-II-2026.docx: xem thư mục Tải xuống.');
    expect(q('#narrative-review').parentElement!.hidden).toBe(true);
  });

  test('with last quarter’s report picked: the updated report, and the review list shown', async () => {
    const { deps } = mount();
    await write();
    const bytes = readFileSync(path.join(__dirname, '../fixtures/reports/bao-cao-quy-I-2026.docx'));
    const file = { name: 'bao-cao-quy-I-2026.docx', arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
    Object.defineProperty(q('#narrative-previous-report'), 'files', { value: [file] });
    q<HTMLButtonElement>('#narrative-full-report').click();
    await longFlush();
    expect(deps.downloads.map(([, name]) => name)).toEqual(['bao-cao-tthc-quy-II-2026.docx']);
    expect(q('#narrative-full-feedback').textContent).toBe(
      'Đã tạo bao-cao-tthc-quy-II-2026.docx từ bao-cao-quy-I-2026.docx: các chỗ tô màu và danh sách dưới đây cần xem lại.',
    );
    const items = texts('#narrative-review li');
    expect(items[0]).toBe('Đã sửa theo bảng (tô xanh) 3 số liệu:');
    expect(items).toContain('I.3  thứ hạng “61/114”: …được ghi nhận: 97,12 điểm, xếp thứ hạng 61/114 xã, phường, đặc khu (tính đến thời điểm…');
    expect(q('#narrative-review').parentElement!.hidden).toBe(false);
  });

  test('on Excel for Mac the whole report goes to the clipboard as formatted HTML', async () => {
    const { deps } = mount();
    await write();
    deps.os = 'Mac';
    q<HTMLButtonElement>('#narrative-full-report').click();
    await flush();
    expect(deps.downloads).toEqual([]);
    expect(deps.copies).toHaveLength(1);
    expect(deps.copies[0].text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nĐộc lập - Tự do - Hạnh phúc');
    expect(deps.copies[0].html).toContain('Tổng cộng');
    expect(q('#narrative-full-feedback').textContent).toContain('cả bản báo cáo đã được chép vào bộ nhớ tạm');
  });
});
