// Sources are named "file" (a CSV, a workbook sheet) or "file › sheet" (a sheet of an .xlsx export).

/** The file part of a source name: "dvcqg.xlsx › DS" → "dvcqg.xlsx". */
export function fileOfSource(source: string): string {
  return source.split(' › ')[0];
}
