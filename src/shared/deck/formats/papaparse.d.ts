/**
 * The part of papaparse's API the CSV deck format uses: parsing a string. Declared here instead of taking
 * @types/papaparse, which pulls Node's types (streams) into src/shared, where no Node type may be.
 */
declare module 'papaparse' {
  export interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
    message: string;
    /** The row index in `data` (the header is row 0 when `header` is false). */
    row?: number;
    /** The character offset in the input where the problem is. */
    index?: number;
  }

  export interface ParseResult {
    data: string[][];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean; cursor: number };
  }

  export interface ParseConfig {
    delimiter?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    step?: (results: { data: string[]; errors: ParseError[]; meta: ParseResult['meta'] }) => void;
  }

  export interface UnparseConfig {
    quotes?: boolean;
    newline?: string;
  }

  export function parse(input: string, config?: ParseConfig): ParseResult;
  export function unparse(data: readonly (readonly string[])[], config?: UnparseConfig): string;

  const papa: { parse: typeof parse; unparse: typeof unparse };
  export default papa;
}
