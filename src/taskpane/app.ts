// The pane shell: header with the language switch, tab bar when there are several panels, and the
// panels themselves. Everything Office-specific comes in through PaneDependencies.
import type { Lang } from '../core/types';
import { paneTexts, type PaneTexts } from '../i18n/pane';
import type { SheetHost } from '../app/host';
import { ValidationController, type Validator } from '../app/validation';
import { clear, h } from './dom';
import type { PaneContext, PanelDefinition, PanelInstance } from './panels/types';

export interface PaneDependencies {
  excel: SheetHost;
  validate: Validator;
  panels: PanelDefinition[];
  initialLang: Lang;
  /** Remembers the clerk's language choice (localStorage in the pane). */
  saveLang?: (lang: Lang) => void;
  /** The pane's words (the standalone page speaks of its sheet view where the pane says Excel). */
  texts?: Record<Lang, PaneTexts>;
  /** The header's icon: the add-in's file, or a data: URL on the standalone page. */
  logoSrc?: string;
}

export interface Pane {
  controller: ValidationController;
  context: PaneContext;
  setLang(lang: Lang): void;
}

export function createPane(root: HTMLElement, deps: PaneDependencies): Pane {
  let lang: Lang = deps.initialLang;
  const words = deps.texts ?? paneTexts;
  const languageListeners: Array<(lang: Lang) => void> = [];
  const controller = new ValidationController(deps.excel, deps.validate, () => lang);

  const title = h('h1', { className: 'header__title' });
  const langLabel = h('label', { className: 'visually-hidden', attrs: { for: 'language-picker' } });
  const langSelect = h('select', { className: 'header__language', attrs: { id: 'language-picker' } }, [
    h('option', { text: paneTexts.vi.languageNames.vi, attrs: { value: 'vi', lang: 'vi' } }),
    h('option', { text: paneTexts.en.languageNames.en, attrs: { value: 'en', lang: 'en' } }),
  ]);
  const header = h('header', { className: 'header' }, [
    h('img', { className: 'header__logo', attrs: { src: deps.logoSrc ?? 'assets/icon-32.png', alt: '', width: '24', height: '24' } }),
    title,
    langLabel,
    langSelect,
  ]);
  const tabList = h('div', { className: 'tabs', attrs: { role: 'tablist' } });
  const main = h('main', { className: 'main' });
  clear(root);
  root.append(header, ...(deps.panels.length > 1 ? [tabList] : []), main);

  const tabs = new Map<string, { tab: HTMLButtonElement; body: HTMLElement; instance?: PanelInstance; panel: PanelDefinition }>();
  let activeId = deps.panels[0]?.id ?? '';

  const context: PaneContext = {
    excel: deps.excel,
    validation: controller,
    lang: () => lang,
    texts: () => words[lang],
    onLanguageChange: (listener) => void languageListeners.push(listener),
    activate: (panelId) => activate(panelId),
  };

  function activate(panelId: string): void {
    if (!tabs.has(panelId)) return;
    activeId = panelId;
    for (const [id, entry] of tabs) {
      const selected = id === panelId;
      entry.tab.setAttribute('aria-selected', String(selected));
      entry.tab.tabIndex = selected ? 0 : -1;
      entry.body.hidden = !selected;
    }
    tabs.get(panelId)?.instance?.shown?.();
  }

  for (const panel of deps.panels) {
    const tab = h('button', {
      className: 'tabs__tab',
      attrs: { role: 'tab', type: 'button', id: `tab-${panel.id}`, 'aria-controls': `panel-${panel.id}` },
      on: { click: () => activate(panel.id) },
    });
    const body = h('section', { className: 'panel', attrs: { role: 'tabpanel', id: `panel-${panel.id}`, 'aria-labelledby': `tab-${panel.id}` } });
    tabList.append(tab);
    main.append(body);
    tabs.set(panel.id, { tab, body, panel });
  }
  tabList.addEventListener('keydown', (event) => {
    const ids = [...tabs.keys()];
    const index = ids.indexOf(activeId);
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : -1;
    if (next < 0 || next >= ids.length) return;
    activate(ids[next]);
    tabs.get(ids[next])?.tab.focus();
  });

  function renderChrome(): void {
    const texts = words[lang];
    document.documentElement.lang = lang;
    document.title = texts.productName;
    title.textContent = texts.productName;
    langLabel.textContent = texts.languageLabel;
    langSelect.value = lang;
    tabList.setAttribute('aria-label', texts.panelsLabel);
    for (const { tab, panel } of tabs.values()) tab.textContent = panel.title(lang);
  }

  function setLang(next: Lang): void {
    if (next === lang) return;
    lang = next;
    deps.saveLang?.(next);
    renderChrome();
    for (const listener of languageListeners) listener(next);
  }
  langSelect.addEventListener('change', () => setLang(langSelect.value === 'en' ? 'en' : 'vi'));

  renderChrome();
  for (const entry of tabs.values()) entry.instance = entry.panel.mount(entry.body, context);
  activate(activeId);
  return { controller, context, setLang };
}
