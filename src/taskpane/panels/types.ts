// The contract between the pane shell and a feature panel (validation, narrative, build, …).
import type { Lang } from '../../core/types';
import type { PaneTexts } from '../../i18n/pane';
import type { SheetHost } from '../../app/host';
import type { ValidationController } from '../../app/validation';

export interface PaneContext {
  readonly excel: SheetHost;
  /** The shared validation state: the last grid, table model and report, for every panel. */
  readonly validation: ValidationController;
  lang(): Lang;
  texts(): PaneTexts;
  /** Called with the new language after the clerk switches it (the shell re-renders titles itself). */
  onLanguageChange(listener: (lang: Lang) => void): void;
  /** Brings this panel's tab forward, e.g. after a ribbon command. */
  activate(panelId: string): void;
}

export interface PanelInstance {
  /** Called when the panel's tab becomes visible. */
  shown?(): void;
}

export interface PanelDefinition {
  /** Stable id, used in element ids: letters, digits and dashes. */
  id: string;
  /** The tab title, in the pane's language. */
  title(lang: Lang): string;
  /** Builds the panel into `container` (an empty element the shell owns). */
  mount(container: HTMLElement, context: PaneContext): PanelInstance;
}
