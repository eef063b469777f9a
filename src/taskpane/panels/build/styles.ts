// The build panel's own styles, added once to the pane's document (the CSP allows inline
// styles). Built on the pane's Fluent tokens from taskpane.css.
export const BUILD_PANEL_CSS = `
.build__intro, .build__muted { margin: 0 0 var(--spacingVerticalS); color: var(--colorNeutralForeground2); font-size: var(--fontSizeBase200); }
.build__heading { font-size: var(--fontSizeBase300); font-weight: 600; margin: var(--spacingVerticalM) 0 var(--spacingVerticalXS); }
.build__label { display: block; margin: var(--spacingVerticalXS) 0; font-size: var(--fontSizeBase200); }
.build__sheets { max-height: 9em; overflow: auto; border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium); padding: var(--spacingVerticalXS) var(--spacingHorizontalS); }
.build__sheet { font-size: var(--fontSizeBase200); }
.build__files { list-style: none; margin: var(--spacingVerticalXS) 0; padding: 0; font-size: var(--fontSizeBase200); }
.build__small { padding: 2px 8px; min-height: 0; font-size: var(--fontSizeBase200); }
.build__period { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: var(--spacingVerticalS) var(--spacingHorizontalS); }
.build__period .field__control { width: 100%; min-width: 0; }
.build__template { display: flex; flex-wrap: wrap; align-items: center; gap: var(--spacingHorizontalXS); margin: var(--spacingVerticalS) 0; font-size: var(--fontSizeBase200); }
.build__ok { color: var(--colorPaletteGreenForeground1); }
.build__mapping { margin: var(--spacingVerticalS) 0; }
.build__mapping summary { cursor: pointer; font-weight: 600; }
.build__source { font-size: var(--fontSizeBase200); font-weight: 600; margin: var(--spacingVerticalS) 0 var(--spacingVerticalXS); word-break: break-word; }
.build__map-table th { text-align: left; font-weight: normal; font-size: var(--fontSizeBase200); padding-right: var(--spacingHorizontalS); }
.build__map-table select { max-width: 14em; }
.build__summary { white-space: pre-wrap; font-family: inherit; font-size: var(--fontSizeBase200); background: var(--colorNeutralBackground2); padding: var(--spacingVerticalS); border-radius: var(--borderRadiusMedium); max-height: 40vh; overflow: auto; }
.build__scroll { overflow: auto; max-height: 50vh; }
.build__table { border-collapse: collapse; font-size: var(--fontSizeBase100); }
.build__table th, .build__table td { border: 1px solid var(--colorNeutralStroke2); padding: 2px 4px; text-align: right; white-space: nowrap; }
.build__table th[scope='row'] { text-align: left; white-space: normal; min-width: 8em; }
.build__zero { color: var(--colorNeutralForeground3); }
.build__questions-box:not(:empty) { margin: var(--spacingVerticalS) 0; padding: var(--spacingVerticalS) var(--spacingHorizontalS); border: 1px solid var(--colorPaletteMarigoldBorder2, #f2c661); border-radius: var(--borderRadiusMedium); background: var(--colorPaletteYellowBackground1, #fffaeb); }
.build__questions { margin: 0; padding-left: 1.4em; font-size: var(--fontSizeBase200); }
.build__question p { margin: var(--spacingVerticalXS) 0; word-break: break-word; }
.build__answer { display: flex; flex-wrap: wrap; align-items: center; gap: var(--spacingHorizontalXS); margin-bottom: var(--spacingVerticalS); }
.build__answer .field__control { max-width: 100%; }
.build__count { border: none; background: none; color: var(--colorBrandForeground1); text-decoration: underline; cursor: pointer; padding: 0; font: inherit; }
`;

const STYLE_ID = 'build-panel-styles';

export function installBuildStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = BUILD_PANEL_CSS;
  doc.head.append(style);
}
