import fc from 'fast-check';
import type { Deck } from '../../../../../src/shared/deck/deck.ts';
import type { Item } from '../../../../../src/shared/deck/item.ts';
import { normalizeLayout } from '../../../../../src/shared/deck/layout-text.ts';
import type { LocalizedText } from '../../../../../src/shared/deck/localized-text.ts';

/**
 * Decks for property tests. `layout: 'markdown'` keeps every text as Markdown can hold it (one line, whitespace
 * as normalizeLayout leaves it); `'any'` allows any text, line breaks and spaces included (JSON keeps them).
 */
export function deckArbitrary(layout: 'markdown' | 'any'): fc.Arbitrary<Deck> {
  const unit = fc.constantFrom(
    'a',
    'Z',
    '卷',
    '积',
    ' ',
    '，',
    '。',
    '$',
    '\\',
    '{',
    '}',
    '(',
    ')',
    ':',
    '-',
    '>',
    '#',
    '1',
  );
  const raw = fc.string({
    unit: layout === 'any' ? fc.oneof(unit, fc.constantFrom('\n', '\t', '"')) : unit,
    maxLength: 24,
  });
  const text = (layout === 'markdown' ? raw.map(normalizeLayout) : raw).filter(
    (value) => value.trim() !== '',
  );
  const optionalText = fc.oneof(text, fc.constant(''));
  const localized = (value: fc.Arbitrary<string>): fc.Arbitrary<LocalizedText> =>
    fc.oneof(
      value.map((both) => ({ zh: both, en: both })),
      fc.record({ zh: value, en: value }),
    );
  const tags = fc.array(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), { maxLength: 3 });
  const cloze = fc
    .tuple(
      optionalText,
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom('x', '$\\frac{1}{x^{2}}$', '卷积'),
      optionalText,
    )
    .map(([before, number, answer, after]) =>
      (layout === 'markdown' ? normalizeLayout : (value: string) => value)(
        `${before}{{c${number}::${answer}}}${after}`,
      ),
    );
  const mcq = fc.integer({ min: 2, max: 5 }).chain((count) => {
    const letters = 'ABCDE'.slice(0, count).split('');
    return fc.record({
      kind: fc.constant('mcq' as const),
      stem: localized(text),
      options: fc.tuple(
        ...letters.map((letter) =>
          fc.record({
            letter: fc.constant(letter),
            text: localized(text),
            rationale: localized(optionalText),
          }),
        ),
      ),
      answer: fc.subarray(letters, { minLength: 1 }),
      explanation: localized(optionalText),
    });
  });
  const basic = fc.record({
    kind: fc.constant('basic' as const),
    front: localized(text),
    back: localized(text),
  });
  const clozeItem = fc.record(
    { kind: fc.constant('cloze' as const), text: localized(cloze), extra: localized(text) },
    { requiredKeys: ['kind', 'text'] },
  );
  const number = fc
    .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
    .filter((value) => !Object.is(value, -0));
  const problem = fc.record(
    {
      kind: fc.constant('problem' as const),
      template: fc.stringMatching(/^[a-z][a-z-]{0,15}$/),
      parameters: fc.dictionary(fc.stringMatching(/^[a-z]\w{0,5}$/), number, { maxKeys: 3 }),
    },
    { requiredKeys: ['kind', 'template'] },
  );
  const item = fc.oneof(mcq, basic, clozeItem, problem);
  return fc
    .record(
      {
        id: fc.stringMatching(/^[a-z][\w.:-]{0,20}$/),
        title: localized(text),
        description: localized(text),
        items: fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9][\w.:-]{0,20}$/), tags, item), {
          minLength: 1,
          maxLength: 8,
          selector: ([id]) => id,
        }),
      },
      { requiredKeys: ['id', 'title', 'items'] },
    )
    .map(({ items, ...deck }) => ({
      ...deck,
      items: items.map(([id, itemTags, body]) => ({ id, tags: itemTags, ...body }) as Item),
    }));
}
