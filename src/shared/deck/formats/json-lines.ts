/**
 * The line each element of a JSON deck's `deck.items` array starts on, so errors about an item can name its
 * line (JSON.parse keeps no positions). A scan of the text that knows strings, escapes and nesting, nothing
 * more: it is only run on text JSON.parse has accepted.
 */
export function jsonItemLines(text: string): number[] {
  const lines: number[] = [];
  const stack: ('items' | 'other')[] = [];
  let line = 1;
  let lastString: string | null = null;
  let key: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '\n') line++;
    else if (character === '"') {
      let end = index + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      lastString = text.slice(index + 1, end);
      index = end;
    } else if (character === ':') key = lastString;
    else if (character === '{' || character === '[') {
      if (character === '{' && stack.at(-1) === 'items') lines.push(line);
      stack.push(character === '[' && key === 'items' && stack.length === 2 ? 'items' : 'other');
      key = null;
    } else if (character === '}' || character === ']') stack.pop();
    else if (character === ',') key = null;
  }
  return lines;
}

/** Line and column (1-based) of a character offset. */
export function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
