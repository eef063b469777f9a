// The pane's first script (src/taskpane/legacy-guard.js): on the Internet Explorer 11 / first-Edge
// webview of Excel 2016/2019 it replaces the blank pane with a Vietnamese explanation and the ways
// that work; in a modern webview it does nothing. It must itself parse as ES5.
import { readFileSync } from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import * as vm from 'vm';

const GUARD = readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'legacy-guard.js'), 'utf8');
const PAGE = readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');

/** Just the DOM the guard touches: elements with children and text, a document, a location. */
class FakeNode {
  children: FakeNode[] = [];
  className = '';
  noModule?: boolean;
  constructor(
    readonly tag: string,
    readonly text = '',
  ) {}
  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }
  appendChild(node: FakeNode): void {
    this.children.push(node);
  }
  removeChild(node: FakeNode): void {
    this.children = this.children.filter((c) => c !== node);
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
}

interface Webview {
  app: FakeNode;
  context: vm.Context;
}

/** A pane page in a fresh context, with what an old webview lacks removed. */
function pane(removed: string[]): Webview {
  const app = new FakeNode('div');
  app.appendChild(new FakeNode('p', 'Đang tải… / Loading…'));
  const document = {
    readyState: 'complete',
    getElementById: (id: string) => (id === 'app' ? app : null),
    createElement: (tag: string) => Object.assign(new FakeNode(tag), tag === 'script' && !removed.includes('noModule') ? { noModule: false } : {}),
    createTextNode: (text: string) => new FakeNode('#text', text),
    addEventListener: () => undefined,
  };
  const globals: Record<string, unknown> = { document, location: { href: 'https://addin.example.vn/tthc/taskpane.html?_host_Info=Excel' }, TextDecoder };
  const context = vm.createContext(globals);
  vm.runInContext('window = this;', context);
  for (const name of removed) vm.runInContext(`delete this.${name}; this.${name} = undefined;`, context);
  vm.runInContext(GUARD, context);
  return { app, context };
}

describe('the ES5 guard of the pane', () => {
  it('parses as ES5 (acorn, ecmaVersion 5)', () => {
    expect(() => parse(GUARD, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('is the first script of taskpane.html, before office.js and the bundle', () => {
    const scripts = [...PAGE.matchAll(/<script\s+src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('legacy-guard.js');
  });

  it.each([
    ['Internet Explorer 11 (no TextDecoder, no modules, no Symbol)', ['TextDecoder', 'noModule', 'Symbol']],
    ['a webview without Promise', ['Promise']],
    ['the first Edge (no TextDecoder)', ['TextDecoder']],
  ])('on %s: says in Vietnamese this Excel cannot run it and points to the offline page and the CLI', (_name, removed) => {
    const view = pane(removed);
    const lines = view.app.children.map((p) => p.textContent);
    expect(lines[0]).toBe('Phiên bản Excel này mở bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời đầu) nên không chạy được Báo cáo TTHC.');
    expect(lines.join('\n')).toContain('Địa chỉ: https://addin.example.vn/tthc/standalone/tthc-report.html');
    expect(lines.join('\n')).toContain('tthc-report validate TỆP.xlsx --annotate BAN-DANH-DAU.xlsx');
    expect(view.app.children[0].className).toBe('legacy-title');
    expect(vm.runInContext('window.tthcLegacyWebview', view.context)).toBe(true);
  });

  it('stays silent in a modern webview', () => {
    const view = pane([]);
    expect(view.app.textContent).toBe('Đang tải… / Loading…');
    expect(vm.runInContext('window.tthcLegacyWebview', view.context)).toBeUndefined();
  });
});
