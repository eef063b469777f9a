// SheetJS reads no sheet visibility from .ods: LibreOffice hides a sheet through its table style
// (<style:table-properties table:display="false"/>), read here from content.xml.
import { parseXml } from './xml';
import type { ZipPackage } from './zip';

export function odsHiddenSheets(zip: ZipPackage): Set<string> {
  const hiddenStyles = new Set<string>();
  const hidden = new Set<string>();
  const xml = zip.text('content.xml');
  if (xml === undefined) return hidden;
  let style: string | undefined;
  parseXml(xml, {
    open: (name, attributes) => {
      if (name === 'style' && attributes['style:family'] === 'table') style = attributes['style:name'];
      else if (name === 'table-properties' && style && attributes['table:display'] === 'false') hiddenStyles.add(style);
      else if (name === 'table' && attributes['table:name'] !== undefined && hiddenStyles.has(attributes['table:style-name'] ?? ''))
        hidden.add(attributes['table:name']);
    },
    close: (name) => {
      if (name === 'style') style = undefined;
    },
  });
  return hidden;
}
