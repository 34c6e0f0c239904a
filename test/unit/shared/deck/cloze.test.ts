import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClozeSegment,
  clozeNumbers,
  clozeSide,
  clozeSideText,
  parseCloze,
} from '../../../../src/shared/deck/cloze.ts';

function segments(text: string): ClozeSegment[] {
  const parsed = parseCloze(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.problem.code}`);
  return parsed.segments;
}

function side(text: string, number: number, which: 'question' | 'answer'): string {
  return clozeSideText(clozeSide(segments(text), number, which));
}

describe('parseCloze', () => {
  it('reads deletions with and without hints, and which card numbers they make', () => {
    const parsed = segments('{{c1::Kaiming}} 初始化的方差是 {{c2::$2/n_{in}$::公式}}，{{c1::ReLU}} 专用');
    expect(parsed).toEqual([
      { kind: 'deletion', number: 1, answer: 'Kaiming', hint: null, offset: 0 },
      { kind: 'text', text: ' 初始化的方差是 ' },
      { kind: 'deletion', number: 2, answer: '$2/n_{in}$', hint: '公式', offset: 24 },
      { kind: 'text', text: '，' },
      { kind: 'deletion', number: 1, answer: 'ReLU', hint: null, offset: 47 },
      { kind: 'text', text: ' 专用' },
    ]);
    expect(clozeNumbers(parsed)).toEqual([1, 2]);
  });

  it('keeps math with closing braces inside a deletion whole (Anki’s `}}` problem)', () => {
    for (const math of ['$\\frac{a}{b}$', '$\\frac{1}{x^{2}}$', '$$\\sigma(x)^{2}$$', '\\frac{1}{x^{2}}']) {
      const [deletion] = segments(`{{c1::${math}}} after`);
      expect(deletion).toMatchObject({ kind: 'deletion', answer: math, hint: null });
    }
  });

  it('does not take a `::` inside math for the hint separator', () => {
    expect(segments('{{c1::$a::b$::hint}}')[0]).toMatchObject({ answer: '$a::b$', hint: 'hint' });
  });

  it('refuses an unclosed or empty deletion and a text without one, saying where', () => {
    expect(parseCloze('ok {{c1::never closed')).toEqual({
      ok: false,
      problem: { code: 'CLOZE_UNCLOSED', offset: 3 },
    });
    expect(parseCloze('x {{c2::  ::hint}}')).toEqual({
      ok: false,
      problem: { code: 'CLOZE_EMPTY', offset: 2, number: 2 },
    });
    expect(parseCloze('{{c0::zero}}')).toMatchObject({ ok: false, problem: { code: 'CLOZE_EMPTY' } });
    expect(parseCloze('no gaps {{here}}')).toEqual({
      ok: false,
      problem: { code: 'CLOZE_NO_DELETION', offset: 0 },
    });
  });
});

describe('clozeSide', () => {
  const text = '输出尺寸 {{c1::$\\lfloor (W-K+2P)/S \\rfloor + 1$::公式}}，{{c2::向下取整}}';

  it('hides card N’s deletions on the question side and shows the others', () => {
    expect(side(text, 1, 'question')).toBe('输出尺寸 [公式]，向下取整');
    expect(side(text, 2, 'question')).toBe('输出尺寸 $\\lfloor (W-K+2P)/S \\rfloor + 1$，[...]');
  });

  it('reveals card N’s deletions on the answer side, math left as $…$', () => {
    expect(side(text, 1, 'answer')).toBe('输出尺寸 [$\\lfloor (W-K+2P)/S \\rfloor + 1$]，向下取整');
    expect(clozeSide(segments(text), 2, 'answer')).toEqual([
      { kind: 'text', text: '输出尺寸 $\\lfloor (W-K+2P)/S \\rfloor + 1$，' },
      { kind: 'revealed', text: '向下取整' },
    ]);
  });

  it('gives back the text without markers when every deletion is shown (any text, any numbers)', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', '卷', ' ', '$', '{', '}', ':', '\\') });
    const clean = piece.filter((value) => !value.includes('{{c') && !value.includes('}}'));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(clean, fc.integer({ min: 1, max: 5 }), fc.constantFrom('x', '$\\frac{1}{x^{2}}$'))),
        (parts) => {
          const text = parts.map(([before, number, answer]) => `${before}{{c${number}::${answer}}}`).join('');
          const parsed = parseCloze(`${text} end`);
          // Outside a deletion, math and braces mean nothing to the parser, so every such text parses.
          expect(parsed.ok).toBe(parts.length > 0);
          if (!parsed.ok) return;
          const plain = parts.map(([before, , answer]) => `${before}${answer}`).join('');
          const numbers = clozeNumbers(parsed.segments);
          expect(numbers.length).toBeGreaterThan(0);
          const shownAll = parsed.segments
            .map((segment) => (segment.kind === 'text' ? segment.text : segment.answer))
            .join('');
          expect(shownAll).toBe(`${plain} end`);
        },
      ),
    );
  });
});
