// The pane's feature panels, in tab order. To add one: write src/taskpane/panels/<name>/panel.ts
// exporting a PanelDefinition (see ./types.ts) and append it here. With one panel the pane shows
// no tab bar; with two or more it shows Fluent-style tabs.
import type { PanelDefinition } from './types';
import { buildPanel } from './build/panel';
import { consolidatePanel } from './consolidate/panel';
import { cumulatePanel } from './cumulate/panel';
import { narrativePanel } from './narrative/panel';
import { validatePanel } from './validate/panel';

export const panels: PanelDefinition[] = [validatePanel, narrativePanel, buildPanel, cumulatePanel, consolidatePanel];
