import { describe, expect, it } from 'vitest';
import type { BasicItem, ClozeItem } from '../../../src/shared/deck/item.ts';
import { cnnConceptsDeck } from '../../../src/shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import { cardsForItem, type ReviewCard } from '../../../src/shared/srs/card.ts';
import { emptyDayCounts } from '../../../src/shared/srs/day-counts.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import { studyDay } from '../../../src/shared/srs/study-day.ts';
import { cardSides, reviewItems } from '../../../src/renderer/features/review/card-sides.ts';
import { reviewKeyAction } from '../../../src/renderer/features/review/review-keys.ts';
import { sessionQueue, takeInTurn } from '../../../src/renderer/features/review/session-queue.ts';

const now = Date.UTC(2026, 11, 2, 10);
const settings = defaultSrsSettings;
const key = (
  name: string,
  modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

function cardsOf(deck: typeof cnnConceptsDeck): ReviewCard[] {
  return deck.items.flatMap((item, position) => cardsForItem(item, deck.id, position, now));
}

describe('sessionQueue', () => {
  it('takes new cards from the decks in turn, each deck within its own new-card limit', () => {
    const cards = [...cardsOf(cnnConceptsDeck), ...cardsOf(homework2Deck)];
    const queue = sessionQueue([cnnConceptsDeck.id, homework2Deck.id], cards, [], now, settings);
    expect(queue.fresh).toBe(settings.newPerDay + homework2Deck.items.length);
    expect(queue.order.slice(0, 4).map((card) => card.deckId)).toEqual([
      cnnConceptsDeck.id,
      homework2Deck.id,
      cnnConceptsDeck.id,
      homework2Deck.id,
    ]);
  });

  it('continues the turns from the deck that has shown the fewest new cards today', () => {
    const cards = [...cardsOf(cnnConceptsDeck), ...cardsOf(homework2Deck)];
    const counts = { ...emptyDayCounts(cnnConceptsDeck.id, studyDay(now, settings)), newCards: 1 };
    const queue = sessionQueue([cnnConceptsDeck.id, homework2Deck.id], cards, [counts], now, settings);
    expect(queue.order[0]?.deckId).toBe(homework2Deck.id);
  });

  it('counts what the deck did today against its limits', () => {
    const cards = cardsOf(homework2Deck);
    const counts = { ...emptyDayCounts(homework2Deck.id, studyDay(now, settings)), newCards: 18 };
    const queue = sessionQueue([homework2Deck.id], cards, [counts], now, settings);
    expect(queue.fresh).toBe(2);
  });

  it('puts learning cards before reviews before new cards', () => {
    const [fresh, learning, review] = cardsOf(homework2Deck);
    const cards = [
      fresh!,
      { ...learning!, state: 'learning' as const, due: now - 1000 },
      { ...review!, state: 'review' as const, due: now - 86_400_000 },
    ];
    const queue = sessionQueue([homework2Deck.id], cards, [], now, settings);
    expect(queue.order.map((card) => card.state)).toEqual(['learning', 'review', 'new']);
    expect([queue.learning, queue.reviews, queue.fresh]).toEqual([1, 1, 1]);
  });
});

describe('takeInTurn', () => {
  it('alternates the lists and keeps the rest of the longest', () => {
    expect(takeInTurn([['1', '2', '3'], ['a'], []])).toEqual(['1', 'a', '2', '3']);
    expect(takeInTurn([])).toEqual([]);
  });
});

describe('learning cards not yet due', () => {
  const [first, second] = cardsOf(homework2Deck);
  const soon = { ...first!, state: 'learning' as const, due: now + 10 * 60_000, lastReview: now };
  const session = (cards: ReviewCard[]) => sessionQueue([homework2Deck.id], cards, [], now, settings);

  it('wait while another card is there, and still count as left', () => {
    const queue = session([soon, second!]);
    expect(queue.order.map((card) => card.id)).toEqual([second!.id, soon.id]);
    expect([queue.learning, queue.fresh]).toEqual([1, 1]);
  });

  it('come early once nothing else is left, but not beyond the 20-minute learn-ahead limit', () => {
    expect(session([soon]).order.map((card) => card.id)).toEqual([soon.id]);
    expect(session([{ ...soon, due: now + 21 * 60_000 }]).order).toEqual([]);
  });
});

describe('reviewKeyAction', () => {
  it('flips a flashcard with Space or Enter, then grades with 1–4', () => {
    expect(reviewKeyAction(key(' '), 'question', null)).toEqual({ kind: 'reveal' });
    expect(reviewKeyAction(key('Enter'), 'question', null)).toEqual({ kind: 'reveal' });
    expect(reviewKeyAction(key('3'), 'question', null)).toBeNull();
    expect(reviewKeyAction(key('1'), 'answer', null)).toEqual({ kind: 'grade', rating: 'again' });
    expect(reviewKeyAction(key('4'), 'answer', null)).toEqual({ kind: 'grade', rating: 'easy' });
    expect(reviewKeyAction(key('5'), 'answer', null)).toBeNull();
    expect(reviewKeyAction(key(' '), 'answer', null)).toBeNull();
  });

  it('chooses an option by letter or number, checks with Enter, and goes on once checked', () => {
    const letters = ['A', 'B', 'C', 'D'];
    expect(reviewKeyAction(key('b'), 'question', letters)).toEqual({ kind: 'choose', letter: 'B' });
    expect(reviewKeyAction(key('3'), 'question', letters)).toEqual({ kind: 'choose', letter: 'C' });
    expect(reviewKeyAction(key('E'), 'question', letters)).toBeNull();
    expect(reviewKeyAction(key('5'), 'question', letters)).toBeNull();
    expect(reviewKeyAction(key('Enter'), 'question', letters)).toEqual({ kind: 'check' });
    expect(reviewKeyAction(key(' '), 'checked', letters)).toEqual({ kind: 'next' });
    expect(reviewKeyAction(key('A'), 'checked', letters)).toBeNull();
  });

  it('undoes with Ctrl+Z or ⌘Z in any phase and leaves other shortcuts to the browser', () => {
    expect(reviewKeyAction(key('z', { ctrlKey: true }), 'question', null)).toEqual({ kind: 'undo' });
    expect(reviewKeyAction(key('Z', { metaKey: true }), 'done', null)).toEqual({ kind: 'undo' });
    expect(reviewKeyAction(key('5', { ctrlKey: true }), 'answer', null)).toBeNull();
    expect(reviewKeyAction(key('z', { ctrlKey: true, altKey: true }), 'answer', null)).toBeNull();
  });

  it("buries with -, suspends with @ and flags with Ctrl+1–4 on any card, as Anki's keys", () => {
    const letters = ['A', 'B', 'C', 'D'];
    expect(reviewKeyAction(key('-'), 'question', null)).toEqual({ kind: 'bury' });
    expect(reviewKeyAction(key('-'), 'question', letters)).toEqual({ kind: 'bury' });
    expect(reviewKeyAction(key('@'), 'answer', null)).toEqual({ kind: 'suspend' });
    expect(reviewKeyAction(key('@'), 'checked', letters)).toEqual({ kind: 'suspend' });
    expect(reviewKeyAction(key('1', { ctrlKey: true }), 'answer', null)).toEqual({ kind: 'flag' });
    expect(reviewKeyAction(key('4', { metaKey: true }), 'question', letters)).toEqual({ kind: 'flag' });
    expect(reviewKeyAction(key('-'), 'done', null)).toBeNull();
    expect(reviewKeyAction(key('1', { ctrlKey: true }), 'loading', null)).toBeNull();
  });
});

describe('cardSides', () => {
  const cloze: ClozeItem = {
    id: 'c',
    kind: 'cloze',
    tags: [],
    text: {
      zh: '导数 {{c1::$\\sigma(1-\\sigma)$}}，范围 {{c2::$(0, 1)$}}',
      en: 'x {{c1::a}} y {{c2::b::hint}}',
    },
    extra: { zh: '注', en: 'note' },
  };

  it('hides the card’s own deletion, shows the others, and keeps the math whole', () => {
    const sides = cardSides(cloze, 2, 'zh');
    expect(sides.question).toEqual([
      { kind: 'text', text: '导数 $\\sigma(1-\\sigma)$，范围 ' },
      { kind: 'gap', hint: null },
    ]);
    expect(sides.answer.at(-1)).toEqual({ kind: 'revealed', text: '$(0, 1)$' });
    expect(sides.extra).toBe('注');
    expect(cardSides(cloze, 2, 'en').question.at(-1)).toEqual({ kind: 'gap', hint: 'hint' });
  });

  it('asks a basic card’s front and answers with its back', () => {
    const basic: BasicItem = {
      id: 'b',
      kind: 'basic',
      tags: [],
      front: { zh: '问', en: 'Q' },
      back: { zh: '答', en: 'A' },
    };
    expect(cardSides(basic, null, 'en')).toEqual({
      question: [{ kind: 'text', text: 'Q' }],
      answer: [{ kind: 'text', text: 'A' }],
      extra: null,
    });
  });

  it('names the item and the problem when a stored cloze text cannot be read', () => {
    const broken: ClozeItem = { ...cloze, text: { zh: '{{c1::没有结束', en: 'x' } };
    expect(() => cardSides(broken, 1, 'zh')).toThrow('cloze item c (zh): CLOZE_UNCLOSED at offset 0');
  });

  it('every card of the concept deck can be shown in both languages', () => {
    const items = reviewItems([cnnConceptsDeck]);
    for (const card of cardsOf(cnnConceptsDeck)) {
      const item = items.get(card.itemId)!;
      if (item.kind === 'mcq' || item.kind === 'problem') continue;
      for (const language of ['zh', 'en'] as const)
        expect(cardSides(item, card.cloze, language).question.length).toBeGreaterThan(0);
    }
  });
});
