import { DslError } from '../errors.ts';
import { clip } from '../reason.ts';

export type TokenType = 'word' | '{' | '}' | ':' | 'end' | 'eof';

/** One token with its 1-based position; 'end' is a statement end (a newline or ";"). */
export interface Token {
  type: TokenType;
  text: string;
  line: number;
  column: number;
}

const punctuation = new Set(['{', '}', ':', ';']);

/**
 * Splits description-language text into words, braces, colons and statement ends. `#` starts a comment that
 * runs to the end of the line. Words are runs of anything else that is not white space.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let lineStart = 0;
  let at = 0;
  while (at < text.length) {
    const character = text[at]!;
    const column = at - lineStart + 1;
    if (character === '\n') {
      tokens.push({ type: 'end', text: '\n', line, column });
      line += 1;
      lineStart = at + 1;
      at += 1;
    } else if (character === '#') {
      while (at < text.length && text[at] !== '\n') at += 1;
    } else if (/\s/.test(character)) {
      at += 1;
    } else if (punctuation.has(character)) {
      tokens.push({
        type: character === ';' ? 'end' : (character as TokenType),
        text: character,
        line,
        column,
      });
      at += 1;
    } else {
      const start = at;
      while (at < text.length && !/\s/.test(text[at]!) && !punctuation.has(text[at]!) && text[at] !== '#')
        at += 1;
      const word = text.slice(start, at);
      if (/[^\x21-\x7e]/.test(word)) {
        throw new DslError(line, column, { code: 'unexpectedCharacter', text: clip(word) });
      }
      tokens.push({ type: 'word', text: word, line, column });
    }
  }
  tokens.push({ type: 'eof', text: '', line, column: at - lineStart + 1 });
  return tokens;
}
