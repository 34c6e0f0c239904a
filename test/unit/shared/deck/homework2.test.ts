import { readFileSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { validateDeck } from '../../../../src/shared/deck/deck.ts';
import type { McqItem } from '../../../../src/shared/deck/item.ts';
import { readDeckFile } from '../../../../src/shared/deck/import/read-deck-file.ts';
import { homework2Deck, homework2Mcqs } from '../../../../src/shared/deck/seed/homework2.ts';

const homework = readFileSync(new URL('../../../fixtures/homework2.md', import.meta.url), 'utf8');

/** The homework's questions as the deck import reads the whole file (its worked problems are skipped). */
function importedMcqs(markdown: string): McqItem[] {
  const read = readDeckFile('homework2.md', new TextEncoder().encode(markdown));
  if (!read.ok) throw new Error(`the homework no longer imports: ${JSON.stringify(read.errors)}`);
  return read.deck.items.filter((item) => item.kind === 'mcq');
}

/** Every place where the seed's Chinese differs from the homework, described for a failing test. */
function differences(items: readonly McqItem[], parsed: readonly McqItem[]): string[] {
  const found: string[] = [];
  if (items.length !== parsed.length)
    found.push(`${items.length} seed questions, ${parsed.length} in the homework`);
  parsed.forEach((question, index) => {
    const item = items[index];
    if (!item) return;
    if (item.stem.zh !== question.stem.zh) found.push(`${item.id} stem`);
    if (item.answer.join('') !== question.answer.join('')) found.push(`${item.id} answer`);
    if (item.options.length !== question.options.length) found.push(`${item.id} option count`);
    question.options.forEach((option, optionIndex) => {
      const seedOption = item.options[optionIndex];
      if (seedOption?.letter !== option.letter || seedOption.text.zh !== option.text.zh) {
        found.push(`${item.id} option ${option.letter}`);
      }
    });
  });
  return found;
}

function allTexts(item: McqItem): string[] {
  return [
    item.stem,
    item.explanation,
    ...item.options.flatMap((option) => [option.text, option.rationale]),
  ].flatMap((text) => [text.zh, text.en]);
}

describe('the seed deck holds the homework questions exactly', () => {
  const parsed = importedMcqs(homework);

  it('matches every stem, option and answer of the homework, as the deck import reads it', () => {
    expect(parsed).toHaveLength(7);
    expect(differences(homework2Mcqs, parsed)).toEqual([]);
  });

  it('would catch a one-character edit to the homework', () => {
    const edited = importedMcqs(homework.replace('彻底去掉池化', '完全去掉池化'));
    expect(differences(homework2Mcqs, edited)).toEqual(['hw2-mcq-1 option C']);
  });

  it('has the answers B, C, B, B, A, D, D and the ids hw2-mcq-1 … hw2-mcq-7', () => {
    expect(homework2Mcqs.map((item) => item.answer.join(''))).toEqual(['B', 'C', 'B', 'B', 'A', 'D', 'D']);
    expect(homework2Mcqs.map((item) => item.id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((number) => `hw2-mcq-${number}`),
    );
  });

  it('joins the option broken by a page break in question 3', () => {
    expect(homework2Mcqs[2]!.options[1]!.text.zh).toContain('但参数量更少，并且在中间多了两次非线性变换。');
  });

  it('is a valid deck with topic tags and every text filled in both languages', () => {
    expect(validateDeck(homework2Deck)).toBe(homework2Deck);
    for (const item of homework2Mcqs) {
      expect(item.tags.length).toBeGreaterThan(0);
      for (const text of allTexts(item)) expect(text.trim()).not.toBe('');
    }
  });

  it('has no control characters (a lost backslash such as \\t in \\times would leave a tab)', () => {
    const hasControl = (text: string) => [...text].some((character) => character.charCodeAt(0) < 0x20);
    for (const item of homework2Mcqs) {
      for (const text of allTexts(item)) expect(hasControl(text), `${item.id}: ${text}`).toBe(false);
    }
  });

  it('has math that KaTeX renders without error in every text', () => {
    const math = /\$\$([\s\S]+?)\$\$|\$([^$]+?)\$/g;
    let count = 0;
    for (const item of homework2Mcqs) {
      for (const text of allTexts(item)) {
        for (const match of text.matchAll(math)) {
          const source = match[1] ?? match[2]!;
          expect(
            () => katex.renderToString(source, { throwOnError: true, displayMode: match[1] !== undefined }),
            `${item.id}: ${source}`,
          ).not.toThrow();
          count++;
        }
        expect(text.replace(math, ''), `${item.id}: unbalanced $ in ${text}`).not.toContain('$');
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});
