import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RichText from '../../../src/renderer/components/RichText.svelte';
import { readDeckFile } from '../../../src/shared/deck/import/read-deck-file.ts';
import type { Item } from '../../../src/shared/deck/item.ts';
import { renderRichMarkdown } from '../../../src/renderer/lib/math/rich-markdown.ts';

/** Payloads from the usual XSS cheat sheets: tags, handlers, URL schemes, SVG, CSS, Markdown's own links. */
const payloads = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 2">',
  '<svg onload="window.pwned = 3"><script>window.pwned = 4</script></svg>',
  '<svg><a xlink:href="javascript:alert(5)"><text>x</text></a></svg>',
  '[click](javascript:alert(6))',
  '[click](JaVaScRiPt:alert(7))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)',
  '![image](data:image/svg+xml,<svg onload=alert(9)>)',
  '<a href="javascript:alert(10)">link</a>',
  '<div style="position:fixed;inset:0;background:url(javascript:alert(11))">overlay</div>',
  '<style>body { display: none }</style>',
  '<iframe src="javascript:alert(12)"></iframe>',
  '<object data="data:text/html,<script>alert(13)</script>"></object>',
  '<math><mtext><img src=x onerror=alert(14)></mtext></math>',
  '<form action="javascript:alert(15)"><button>go</button></form>',
  '<base href="javascript:alert(16)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(17)">',
  '$\\href{javascript:alert(18)}{x}$ and $\\htmlStyle{position:fixed}{y}$ and $\\url{javascript:alert(19)}$',
  '<details open ontoggle="window.pwned = 20">',
  '[x](https://example.com "title onmouseover=alert(21)")',
  '`<script>alert(22)</script>`',
  '<<script>script>alert(23)<</script>/script>',
];

/** Every way a node in the rendered DOM could run something or restyle the page. */
function dangers(root: Element): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      ['script', 'style', 'iframe', 'object', 'embed', 'img', 'svg', 'form', 'base', 'meta', 'link'].includes(
        tag,
      )
    ) {
      found.push(`<${tag}>`);
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (
        ['href', 'src', 'action', 'xlink:href', 'formaction'].includes(name) &&
        !/^(https?:|mailto:)/i.test(attribute.value)
      ) {
        found.push(`${tag}[${name}=${attribute.value}]`);
      }
      if (name === 'style' && element.closest('.katex') === null) found.push(`${tag}[style] outside KaTeX`);
    }
  }
  return found;
}

function hostileDeck(): Item[] {
  const markdown = payloads
    .map((payload, index) => `Q: ${payload}\nA: ${payload} $\\frac{1}{x^{2}}$\n> id: hostile-${index}`)
    .join('\n\n');
  const read = readDeckFile('hostile.md', new TextEncoder().encode(markdown));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return [...read.deck.items];
}

describe('imported text rendered as Markdown + KaTeX', () => {
  it('renders Markdown structure and math', () => {
    const html = renderRichMarkdown('**粗体** and `code`\n\n- $\\sigma(x)$\n- [link](https://example.com)');
    expect(html).toContain('<strong>粗体</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<a href="https://example.com">link</a>');
  });

  it('keeps TeX away from Markdown: underscores and stars inside math are no emphasis', () => {
    const html = renderRichMarkdown('$a_1 * b_2 * c_3$ and \\$5');
    expect(html).not.toContain('<em>');
    expect(html).toContain('$5');
  });

  it('a deck full of hostile payloads, every card rendered on both sides: nothing executable in the DOM', () => {
    const items = hostileDeck();
    expect(items).toHaveLength(payloads.length);
    const windowFlags = globalThis as { pwned?: number };
    for (const item of items) {
      if (item.kind !== 'basic') throw new Error('expected basic cards');
      for (const text of [item.front.zh, item.back.zh]) {
        const { container, unmount } = render(RichText, { text, block: true, markdown: true });
        expect(dangers(container), text).toEqual([]);
        unmount();
      }
    }
    expect(windowFlags.pwned).toBeUndefined();
  });

  it('has a danger detector that sees the payloads when nothing sanitises them', () => {
    const raw = document.createElement('div');
    raw.innerHTML = payloads.join('');
    expect(dangers(raw)).toEqual(
      expect.arrayContaining(['<img>', 'img[onerror]', '<svg>', '<style>', '<iframe>']),
    );
    expect(dangers(raw).some((danger) => danger.includes('javascript:'))).toBe(true);
  });

  it('shows the payloads as text, so the student sees what the deck says', () => {
    const { container } = render(RichText, {
      text: '<script>alert(1)</script>',
      block: true,
      markdown: true,
    });
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});
