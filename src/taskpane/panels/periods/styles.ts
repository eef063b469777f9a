// The periods' styles (the "Kỳ trước" picker, the carry-over section, the "Cộng dồn" panel), added
// once to the pane's document, on the pane's Fluent tokens from taskpane.css.
const STYLE_ID = 'periods-styles';

export const PERIODS_CSS = `
.periods__picker { margin-top: var(--spacingVerticalS); }
.periods__picker .status__note:empty { display: none; }
.periods { margin-top: var(--spacingVerticalL); border-top: 1px solid var(--colorNeutralStroke2); padding-top: var(--spacingVerticalS); }
.periods__outcome { margin: var(--spacingVerticalS) 0; font-weight: 600; }
.periods__outcome--error { color: var(--colorPaletteRedForeground1); }
.periods__ok { color: var(--colorPaletteGreenForeground1); }
.periods__previous .narrative__notes:empty { display: none; }
.cumulate__intro { margin: 0 0 var(--spacingVerticalS); color: var(--colorNeutralForeground2); font-size: var(--fontSizeBase200); }
.cumulate__sheets { list-style: none; margin: var(--spacingVerticalXS) 0; padding: var(--spacingVerticalXS) var(--spacingHorizontalS); border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium); max-height: 12em; overflow: auto; font-size: var(--fontSizeBase200); }
.cumulate__period { color: var(--colorNeutralForeground2); }
.cumulate__options { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: var(--spacingVerticalS) var(--spacingHorizontalS); margin: var(--spacingVerticalS) 0; }
.cumulate__force { display: flex; gap: var(--spacingHorizontalXS); align-items: flex-start; font-size: var(--fontSizeBase200); margin: var(--spacingVerticalS) 0; }
.cumulate__check { margin-top: var(--spacingVerticalS); }
`;

export function installPeriodStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = PERIODS_CSS;
  doc.head.append(style);
}
