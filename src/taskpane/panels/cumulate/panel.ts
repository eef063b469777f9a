// The "Cộng dồn" tab. Its body and the cumulative pipeline come in their own chunks when the tab
// is first shown: the pane opens without them.
import type { BuildSheetsInput, BuildSheetsResult } from '../../../excel/buildSheet';
import { officeBuildHost } from '../../../excel/buildHost';
import type { PanelDefinition, PanelInstance } from '../types';

export const CUMULATE_PANEL_ID = 'cumulate';

const TITLE = { vi: 'Cộng dồn', en: 'Cumulate' };

/** Writing the annex into the open workbook (the build panel's writer). */
export interface CumulateWriteDeps {
  writeSheets(input: BuildSheetsInput): Promise<BuildSheetsResult>;
  pageLayoutSupported(): boolean;
}

export function createCumulatePanel(deps: CumulateWriteDeps = officeBuildHost): PanelDefinition {
  return {
    id: CUMULATE_PANEL_ID,
    title: (lang) => TITLE[lang],
    mount: (container, context): PanelInstance => {
      let body: Promise<{ refresh(): Promise<void> }> | null = null;
      return {
        shown: () => {
          body ??= import(/* webpackChunkName: "cumulate-panel" */ './mount').then(({ mountCumulatePanel }) => mountCumulatePanel(container, context, deps));
          void body.then((panel) => panel.refresh());
        },
      };
    },
  };
}

export const cumulatePanel: PanelDefinition = createCumulatePanel();
