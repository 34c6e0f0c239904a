import { describe, expect, it } from 'vitest';
import { escapeHtml, renderRichText, splitMath } from '../../../src/renderer/lib/math/rich-text.ts';

describe('splitMath', () => {
  it('splits inline and display math from text', () => {
    expect(splitMath('卷积 $1\\times 1$ 和 $$\\sigma(x)$$ end')).toEqual([
      { kind: 'text', text: '卷积 ' },
      { kind: 'math', tex: '1\\times 1', display: false },
      { kind: 'text', text: ' 和 ' },
      { kind: 'math', tex: '\\sigma(x)', display: true },
      { kind: 'text', text: ' end' },
    ]);
  });

  it('keeps an escaped or unclosed dollar as text', () => {
    expect(splitMath('costs \\$5 and $x')).toEqual([{ kind: 'text', text: 'costs $5 and $x' }]);
  });
});

describe('renderRichText', () => {
  it('renders math with KaTeX', () => {
    const html = renderRichText('$\\sigma(x)(1-\\sigma(x))$');
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math');
  });

  it('never lets content HTML through', () => {
    const hostile =
      '<script>alert(1)</script><img src=x onerror="alert(2)"> $\\href{javascript:alert(3)}{x}$';
    const html = renderRichText(hostile);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&lt;script&gt;');
  });

  it('shows a formula KaTeX cannot parse instead of throwing', () => {
    expect(() => renderRichText('$\\frac{1}{$')).not.toThrow();
  });

  it('escapes every HTML-special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
