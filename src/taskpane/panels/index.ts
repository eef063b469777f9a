// The pane's feature panels, in tab order. To add one: write src/taskpane/panels/<name>/panel.ts
// exporting a PanelDefinition (see ./types.ts) and append it here. With one panel the pane shows
// no tab bar; with two or more it shows Fluent-style tabs. The standalone page mounts the same
// panels over its own build host (built sheets downloaded as .xlsx): panelsFor(itsHost).
import type { BuildHost } from '../../excel/buildHost';
import { officeBuildHost } from '../../excel/buildHost';
import type { PanelDefinition } from './types';
import { createBuildPanel, readExportFile } from './build/panel';
import { createConsolidatePanel, officeConsolidateHost } from './consolidate/panel';
import { createCumulatePanel } from './cumulate/panel';
import { narrativePanel } from './narrative/panel';
import { validatePanel } from './validate/panel';

export function panelsFor(buildHost: BuildHost): PanelDefinition[] {
  return [
    validatePanel,
    narrativePanel,
    createBuildPanel({ ...buildHost, readFile: readExportFile }),
    createCumulatePanel(buildHost),
    createConsolidatePanel({
      ...officeConsolidateHost,
      writeSheets: (input) => buildHost.writeSheets(input),
      pageLayoutSupported: () => buildHost.pageLayoutSupported(),
    }),
  ];
}

export const panels: PanelDefinition[] = panelsFor(officeBuildHost);
