// The place of the whole-report controls in the Báo cáo panel. The controls, the document model,
// the writers and the previous report's update come in their own chunk, asked for when the panel
// opens, so the pane's first load stays small.
import type { NarrativeBundle } from '../../../core/narrative';
import type { NarrativeText } from '../../../i18n/narrative/render';
import { narrativePaneTexts } from '../../../i18n/narrative/pane';
import { errorMessage } from '../../../app/validation';
import { h } from '../../dom';
import type { PaneContext } from '../types';
import type { FullReportDeps } from './full-report-view';

export type { FullReportDeps };
export type FullReportSource = () => { bundle: NarrativeBundle; narrative: NarrativeText } | null;

export function createFullReport(context: PaneContext, source: FullReportSource, deps?: FullReportDeps) {
  const element = h('div', { attrs: { id: 'narrative-full-slot' } });
  let view: { element: HTMLElement; render(): void } | null = null;
  import(/* webpackChunkName: "report" */ './full-report-view').then(
    (module) => {
      view = module.createFullReportView(context, source, deps ?? module.fullReportBrowserDeps);
      element.append(view.element);
      view.render();
    },
    (error) => element.append(h('p', { className: 'narrative__feedback', text: narrativePaneTexts[context.lang()].downloadFailed(errorMessage(error)) })),
  );
  return { element, render: () => view?.render() };
}
