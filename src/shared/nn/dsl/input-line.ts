import { DslError } from '../errors.ts';
import type { Shape } from '../shape.ts';
import { tokenize, type Token } from './tokens.ts';

/** The top level's `network` and `input` statements, as the reader finds them: keyword and value tokens. */
interface Headers {
  network: { keyword: Token; value: Token | null } | null;
  input: { keyword: Token; value: Token | null } | null;
}

/** Headers are statements at the top level (outside every block) whose first word is the keyword, unnamed. */
function findHeaders(tokens: readonly Token[]): Headers {
  const headers: Headers = { network: null, input: null };
  let depth = 0;
  let statementStart = true;
  tokens.forEach((token, index) => {
    const starts = statementStart;
    statementStart = token.type === 'end' || token.type === '{' || token.type === '}';
    if (token.type === '{') depth += 1;
    if (token.type === '}') depth = Math.max(0, depth - 1);
    if (!starts || depth !== 0 || token.type !== 'word') return;
    if (token.text !== 'network' && token.text !== 'input') return;
    if (tokens[index + 1]?.type === ':' || headers[token.text]) return;
    const next = tokens[index + 1];
    headers[token.text] = { keyword: token, value: next?.type === 'word' ? next : null };
  });
  return headers;
}

/** Where a token starts in the text. */
function offsetOf(lineStarts: readonly number[], token: Token): number {
  return lineStarts[token.line - 1]! + token.column - 1;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * The description-language text with its input shape set, the rest of the text as it was (the student's
 * comments and layout stay): the `input` statement's value is replaced where the reader finds it; without one,
 * an `input` line goes after the `network` line, or first. Text the reader cannot split into words (a
 * character it does not accept) is returned unchanged: its problem is shown, and where its header is is unknown.
 */
export function setInputShape(text: string, shape: Shape): string {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (thrown) {
    if (thrown instanceof DslError) return text;
    throw thrown;
  }
  const value = shape.join('x');
  const { network, input } = findHeaders(tokens);
  const lineStarts = lineStartsOf(text);
  if (input) {
    const at = input.value ?? input.keyword;
    const start = offsetOf(lineStarts, at);
    const end = start + at.text.length;
    return `${text.slice(0, start)}${input.value ? value : `input ${value}`}${text.slice(end)}`;
  }
  const line = `input ${value}`;
  if (!network) return `${line}\n${text}`;
  const next = lineStarts[network.keyword.line];
  if (next === undefined) return `${text}\n${line}\n`;
  return `${text.slice(0, next)}${line}\n${text.slice(next)}`;
}
