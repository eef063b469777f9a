// The part of papaparse's API the build uses, declared here: @types/papaparse pulls in Node's
// stream types, which core must not depend on (it runs in the pane and the standalone page too).
declare module 'papaparse' {
  interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    newline?: string;
    preview?: number;
    skipEmptyLines?: boolean | 'greedy';
  }
  interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }
  const Papa: { parse<T>(input: string, config?: ParseConfig): ParseResult<T> };
  export default Papa;
}
