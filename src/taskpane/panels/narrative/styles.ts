// The narrative panel's own styles, added once to the pane's document (the CSP allows inline
// styles). Built on the pane's Fluent tokens from taskpane.css.
export const NARRATIVE_PANEL_CSS = `
.narrative__intro { margin: 0 0 var(--spacingVerticalS); color: var(--colorNeutralForeground2); }
.narrative__inputs { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: var(--spacingVerticalS) var(--spacingHorizontalS); margin-bottom: var(--spacingVerticalS); }
.narrative__inputs .field--wide { grid-column: 1 / -1; }
.narrative__inputs .field__control { width: 100%; min-width: 0; }
.narrative__check { display: flex; align-items: center; gap: var(--spacingHorizontalS); grid-column: 1 / -1; font-size: var(--fontSizeBase200); }
.narrative__problems p { margin: 0 0 var(--spacingVerticalXS); color: var(--colorPaletteRedForeground1); font-size: var(--fontSizeBase200); }
.narrative__notes p { margin: 0 0 var(--spacingVerticalXS); color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); }
.narrative__preview { background: var(--colorNeutralBackground1); border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium);
  padding: var(--spacingVerticalS) var(--spacingHorizontalM); margin-bottom: var(--spacingVerticalM); font-family: 'Times New Roman', serif; font-size: 15px;
  line-height: 1.35; text-align: justify; user-select: text; max-height: 50vh; overflow: auto; }
.narrative__preview p { margin: 0 0 6px; text-indent: 1.5em; }
.narrative__preview p.narrative__heading { font-weight: bold; }
.narrative__preview p.narrative__note { font-style: italic; }
.narrative__preview mark { background: #fff100; }
.narrative__feedback p { margin: 0 0 var(--spacingVerticalS); }
.narrative__reconcile { border-top: 1px solid var(--colorNeutralStroke2); padding-top: var(--spacingVerticalS); }
.narrative__reconcile summary { cursor: pointer; font-weight: 600; margin-bottom: var(--spacingVerticalS); }
.narrative__reconcile textarea { width: 100%; min-height: 120px; font: inherit; padding: var(--spacingVerticalXS) var(--spacingHorizontalS); margin-bottom: var(--spacingVerticalS); }
.reconcile__list { list-style: none; margin: 0; padding: 0; }
.reconcile__item { padding: var(--spacingVerticalXS) 0; border-bottom: 1px solid var(--colorNeutralStroke2); font-size: var(--fontSizeBase200); }
.reconcile__line { color: var(--colorNeutralForeground3); margin: 0 var(--spacingHorizontalS); }
.badge--consistent { background: var(--colorPaletteGreenBackground1); color: var(--colorPaletteGreenForeground1); border: 1px solid var(--colorPaletteGreenBorder1); }
.badge--mismatch { background: var(--colorPaletteRedBackground1); color: var(--colorPaletteRedForeground1); border: 1px solid var(--colorPaletteRedBorder1); }
.badge--not-checkable { background: var(--colorNeutralBackground3); color: var(--colorNeutralForeground2); border: 1px solid var(--colorNeutralStroke1); }
.badge--reference { background: transparent; color: var(--colorNeutralForeground3); border: 1px dashed var(--colorNeutralStroke1); }
.reconcile__apart { margin-top: var(--spacingVerticalS); }
.reconcile__apart summary { font-weight: normal; color: var(--colorNeutralForeground2); }
`;

const STYLE_ID = 'narrative-panel-styles';

export function installNarrativeStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = NARRATIVE_PANEL_CSS;
  doc.head.append(style);
}
