// commands.html: the ribbon commands without the pane, for a manifest whose FunctionFile is
// commands.html (hosts without the shared runtime). Validates and highlights; no pane to fill.
import { validateGrid } from '../core/validate';
import { officeExcelHost } from '../excel/host';
import { languageFromLocale } from '../i18n/pane';
import { ValidationController } from '../app/validation';
import { registerCommands } from '../commands/commands';

registerCommands(
  Office.onReady().then(() => {
    const lang = languageFromLocale(Office.context?.displayLanguage);
    return { controller: new ValidationController(officeExcelHost(), validateGrid, () => lang) };
  }),
);
