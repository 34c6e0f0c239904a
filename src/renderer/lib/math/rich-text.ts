import katex from 'katex';
// KaTeX's styles and fonts come with the first screen that shows math, not with the app's start.
import 'katex/dist/katex.min.css';

/** A piece of content text: plain text, inline math (`$…$`) or display math (`$$…$$`). */
export type RichTextSegment =
  { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean };

/**
 * Splits content text at `$…$` and `$$…$$`. A backslash-escaped dollar (`\$`) is a literal dollar; an unclosed
 * dollar is kept as text, so a typo never swallows the rest of a question.
 */
export function splitMath(source: string): RichTextSegment[] {
  const segments: RichTextSegment[] = [];
  let text = '';
  let index = 0;
  while (index < source.length) {
    const character = source[index]!;
    if (character === '\\' && source[index + 1] === '$') {
      text += '$';
      index += 2;
      continue;
    }
    if (character === '$') {
      const display = source[index + 1] === '$';
      const delimiter = display ? '$$' : '$';
      const close = source.indexOf(delimiter, index + delimiter.length);
      if (close > index + delimiter.length) {
        if (text) segments.push({ kind: 'text', text });
        text = '';
        segments.push({ kind: 'math', tex: source.slice(index + delimiter.length, close).trim(), display });
        index = close + delimiter.length;
        continue;
      }
    }
    text += character;
    index++;
  }
  if (text) segments.push({ kind: 'text', text });
  return segments;
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);
}

/**
 * Content text to safe HTML: text is escaped (no raw HTML from content ever reaches the page) and math is
 * rendered by KaTeX with `trust: false`, which refuses \href, \url, \htmlClass and the like. A formula KaTeX
 * cannot parse is shown as its escaped source in red, not thrown.
 */
export function renderRichText(source: string): string {
  return splitMath(source)
    .map((segment) => {
      if (segment.kind === 'text') return escapeHtml(segment.text).replace(/\n/g, '<br>');
      return renderMath(segment.tex, segment.display);
    })
    .join('');
}

/**
 * One formula as KaTeX HTML. `trust: false` refuses \href, \url, \htmlClass and the like; `maxExpand` and
 * `maxSize` bound what a hostile macro can cost. A formula KaTeX cannot parse comes back as its source in red.
 */
export function renderMath(tex: string, display: boolean): string {
  return katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    output: 'htmlAndMathml',
    maxExpand: 1000,
    maxSize: 20,
  });
}
