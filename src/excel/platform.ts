// Which Office the add-in runs in ("Mac", "OfficeOnline", "PC"…), undefined outside Office: Excel
// on Mac cannot download files from the pane.
export function officePlatform(): string | undefined {
  const platform = typeof Office !== 'undefined' ? Office.context?.diagnostics?.platform : undefined;
  return platform === undefined || platform === null ? undefined : String(platform);
}
