// Entry of taskpane.html, which is also the shared runtime's function file.
import type { Lang } from '../core/types';
import { validateGrid } from '../core/validate';
import { officeExcelHost } from '../excel/host';
import { supportsCorePath } from '../excel/support';
import { unsupportedExcelText } from '../i18n/support';
import { languageFromLocale, paneTexts } from '../i18n/pane';
import { registerCommands, type CommandTarget } from '../commands/commands';
import { createPane } from '../taskpane/app';
import { saveLang, storedLang } from '../taskpane/language-store';
import { h } from '../taskpane/dom';
import { panels } from '../taskpane/panels';
import { VALIDATE_PANEL_ID } from '../taskpane/panels/validate/panel';

function showOutsideExcel(root: HTMLElement, lang: Lang): void {
  root.replaceChildren(h('p', { className: 'outside', text: paneTexts[lang].noOffice }));
}

function start(): void {
  const root = document.getElementById('app')!;
  // legacy-guard.js has already told the clerk this webview cannot run the pane: leave its words.
  if ((window as { tthcLegacyWebview?: boolean }).tthcLegacyWebview) return;
  if (typeof Office === 'undefined') {
    showOutsideExcel(root, storedLang() ?? 'vi');
    return;
  }
  let paneReady: (target: CommandTarget) => void = () => undefined;
  registerCommands(new Promise<CommandTarget>((resolve) => (paneReady = resolve)));
  void Office.onReady((info) => {
    const lang = storedLang() ?? languageFromLocale(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Excel) {
      showOutsideExcel(root, lang);
      return;
    }
    if (!supportsCorePath()) {
      root.replaceChildren(h('p', { className: 'outside', text: unsupportedExcelText[lang] }));
      return;
    }
    const pane = createPane(root, { excel: officeExcelHost(), validate: validateGrid, panels, initialLang: lang, saveLang });
    paneReady({ controller: pane.controller, showValidationPanel: () => pane.context.activate(VALIDATE_PANEL_ID) });
  });
}

start();
