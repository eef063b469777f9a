// Ribbon commands (ExecuteFunction). In the shared runtime they drive the same controller as the
// pane, so pressing "Kiểm tra báo cáo" fills the pane too. The names must match manifest.xml's
// <FunctionName>s (checked by scripts/validate-manifest.js and test/manifest).
import type { ValidationController } from '../taskpane/controller';

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

export function validateReportCommand(target: CommandTarget) {
  return async (event?: Office.AddinCommands.Event): Promise<void> => {
    try {
      target.showValidationPanel?.();
      await showPane();
      await target.controller.runValidation();
    } finally {
      event?.completed();
    }
  };
}

export function clearHighlightsCommand(target: CommandTarget) {
  return async (event?: Office.AddinCommands.Event): Promise<void> => {
    try {
      await target.controller.clear();
    } finally {
      event?.completed();
    }
  };
}

export function registerCommands(target: CommandTarget): void {
  const handlers: Record<string, (event?: Office.AddinCommands.Event) => Promise<void>> = {
    [COMMAND_NAMES.validate]: validateReportCommand(target),
    [COMMAND_NAMES.clear]: clearHighlightsCommand(target),
  };
  for (const [name, handler] of Object.entries(handlers)) {
    if (typeof Office !== 'undefined' && Office.actions?.associate) Office.actions.associate(name, handler);
    // Hosts without Office.actions look the function up on the function file's global object.
    (globalThis as Record<string, unknown>)[name] = handler;
  }
}
