import type { Text } from '@codemirror/state';

/** Where the editor underlines a problem: character offsets into the text, `from` <= `to`. */
export interface MarkerRange {
  from: number;
  to: number;
}

/**
 * The stretch of text a problem points at. A syntax problem has a 1-based line and column and marks the word
 * that starts there (empty at the end of a line: the editor draws a point); a problem with a line only (the
 * engine rejected the layer written on it) marks that line's text without its indentation. A line past the
 * end (the text changed since the problem was found) falls back to the last line.
 */
export function markerRange(document: Text, line: number, column: number | null): MarkerRange {
  const target = document.line(Math.min(Math.max(1, line), document.lines));
  const indentation = target.text.length - target.text.trimStart().length;
  if (column === null) return { from: target.from + indentation, to: target.to };
  const from = target.from + Math.min(Math.max(0, column - 1), target.length);
  const word = /^\S*/.exec(target.text.slice(from - target.from))?.[0] ?? '';
  return { from, to: from + word.length };
}
