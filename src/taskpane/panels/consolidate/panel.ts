// The "Tổng hợp" tab. Its body and the consolidation pipeline come in their own chunks when the tab
// is first shown: the pane opens without them.
import type { BuildSheetsInput, BuildSheetsResult } from '../../../excel/buildSheet';
import { officeBuildHost } from '../../../excel/buildHost';
import type { Grid, Lang } from '../../../core/types';
import type { PanelDefinition, PanelInstance } from '../types';

export const CONSOLIDATE_PANEL_ID = 'consolidate';

const TITLE = { vi: 'Tổng hợp', en: 'Consolidate' };

/**
 * Where the consolidated sheets go and where the units' files come from: new sheets of the open
 * workbook in the add-in; the standalone page implements the same seam as a download.
 */
export interface ConsolidateDeps {
  writeSheets(input: BuildSheetsInput): Promise<BuildSheetsResult>;
  pageLayoutSupported(): boolean;
  readFile(file: File, lang: Lang): Promise<Grid[]>;
}

export const officeConsolidateHost: ConsolidateDeps = {
  writeSheets: (input) => officeBuildHost.writeSheets(input),
  pageLayoutSupported: () => officeBuildHost.pageLayoutSupported(),
  readFile: async (file, lang) => (await import(/* webpackChunkName: "workbook" */ '../periods/file-reader')).readWorkbookFromFile(file, lang),
};

export function createConsolidatePanel(deps: ConsolidateDeps = officeConsolidateHost): PanelDefinition {
  return {
    id: CONSOLIDATE_PANEL_ID,
    title: (lang) => TITLE[lang],
    mount: (container, context): PanelInstance => {
      let body: Promise<{ refresh(): Promise<void> }> | null = null;
      return {
        shown: () => {
          body ??= import(/* webpackChunkName: "consolidate-panel" */ './mount').then(({ mountConsolidatePanel }) =>
            mountConsolidatePanel(container, context, deps),
          );
          void body.then((panel) => panel.refresh());
        },
      };
    },
  };
}
