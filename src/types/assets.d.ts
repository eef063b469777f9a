// Images the standalone page's bundle inlines as data: URLs (webpack asset/inline).
declare module '*.png' {
  const dataUrl: string;
  export default dataUrl;
}
