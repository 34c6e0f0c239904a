import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { escapeHtml, renderMath } from './rich-text.ts';

/** The one element math travels in between Markdown and KaTeX: its text is the TeX source. */
const mathTag = 'deepdrill-math';

/**
 * `$…$` and `$$…$$` as Markdown tokens, so Markdown never sees inside TeX (`a_1 * b_2` is no emphasis). Like
 * splitMath: `\$` is a literal dollar (Markdown's own escape handles it first), and an unclosed dollar is text.
 */
const markdown = new Marked({
  gfm: true,
  breaks: true,
  extensions: [
    {
      name: 'math',
      level: 'inline',
      start: (source: string) => {
        const index = source.indexOf('$');
        return index < 0 ? undefined : index;
      },
      tokenizer: (source: string) => {
        const match = /^\$\$([^]+?)\$\$|^\$([^$]+?)\$/.exec(source);
        if (!match) return undefined;
        const display = match[1] !== undefined;
        return { type: 'math', raw: match[0], tex: (match[1] ?? match[2]!).trim(), display };
      },
      renderer: (token: Tokens.Generic) =>
        `<${mathTag} data-display="${token['display'] ? 'true' : 'false'}">${escapeHtml(String(token['tex']))}</${mathTag}>`,
    },
  ],
  // Raw HTML in content is shown as the characters it is, never parsed: the first line of defence.
  renderer: { html: ({ text }) => escapeHtml(text) },
});

/**
 * What survives the sanitiser: Markdown's own structure, links to the web only (no `javascript:`, `data:` or
 * `file:`), no images, SVG, styles, forms or frames. DOMPurify is the second line of defence, after the escaped
 * HTML above; KaTeX's markup is added after it, from TeX that only KaTeX reads.
 */
const purifyOptions = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'hr',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    mathTag,
  ],
  ALLOWED_ATTR: ['href', 'data-display'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
};

/**
 * Untrusted content (an imported deck's text) as safe HTML: Markdown with KaTeX math. Every piece of content goes
 * through one sanitiser; math is rendered by KaTeX with trust off. Needs a DOM (the renderer, or jsdom in tests).
 */
export function renderRichMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  const fragment = DOMPurify.sanitize(html, purifyOptions);
  for (const element of fragment.querySelectorAll(mathTag)) {
    const holder = document.createElement('template');
    holder.innerHTML = renderMath(element.textContent ?? '', element.getAttribute('data-display') === 'true');
    element.replaceWith(holder.content);
  }
  const container = document.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
