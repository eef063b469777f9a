// Text Word can hold.

/** Characters XML 1.0 cannot hold (control characters, lone surrogates): a cell may contain them, Word would refuse the file. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
