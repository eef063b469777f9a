// Ribbon commands (ExecuteFunction). In the shared runtime they drive the same controller as the
// pane, so pressing "Kiểm tra báo cáo" fills the pane too. The names must match manifest.xml's
// <FunctionName>s (checked by scripts/validate-manifest.js and test/manifest).
import type { ValidationController } from '../app/validation';

export const COMMAND_NAMES = { validate: 'validateReport', clear: 'clearHighlights' } as const;

export interface CommandTarget {
  controller: ValidationController;
  /** Brings the validation panel forward (absent when running without the pane). */
  showValidationPanel?: () => void;
}

function sharedRuntime(): boolean {
  try {
    return Office.context.requirements.isSetSupported('SharedRuntime', '1.1');
  } catch {
    return false;
  }
}

async function showPane(): Promise<void> {
  if (!sharedRuntime()) return;
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // The pane may already be open or the host may refuse; validation runs either way.
  }
}

/** The target itself, or a promise of it (the pane is built in Office.onReady, after registration). */
export type CommandTargetSource = CommandTarget | Promise<CommandTarget>;

export function validateReportCommand(source: CommandTargetSource) {
  return async (event?: Office.AddinCommands.Event): Promise<void> => {
    try {
      const target = await source;
      target.showValidationPanel?.();
      await showPane();
      await target.controller.runValidation();
    } finally {
      event?.completed();
    }
  };
}

export function clearHighlightsCommand(source: CommandTargetSource) {
  return async (event?: Office.AddinCommands.Event): Promise<void> => {
    try {
      await (await source).controller.clear();
    } finally {
      event?.completed();
    }
  };
}

/**
 * Associates the ribbon's function names. Call it when the script loads, not in Office.onReady:
 * a ribbon press that arrives early then waits for the pane instead of finding no function.
 */
export function registerCommands(source: CommandTargetSource): void {
  const handlers: Record<string, (event?: Office.AddinCommands.Event) => Promise<void>> = {
    [COMMAND_NAMES.validate]: validateReportCommand(source),
    [COMMAND_NAMES.clear]: clearHighlightsCommand(source),
  };
  for (const [name, handler] of Object.entries(handlers)) {
    if (typeof Office !== 'undefined' && Office.actions?.associate) Office.actions.associate(name, handler);
    // Hosts without Office.actions look the function up on the function file's global object.
    (globalThis as Record<string, unknown>)[name] = handler;
  }
}
