import { describe, expect, it } from 'vitest';
import {
  feedDrillAnswers,
  gradeCard,
  installCards,
  undoLastGrading,
} from '../../../src/renderer/lib/db/reviews.ts';
import { loadToday } from '../../../src/renderer/lib/db/today.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import { studyDay } from '../../../src/shared/srs/study-day.ts';
import { cardDatabases, reviewTables } from './card-database.ts';
import { failureInjector } from './write-failure.ts';

const noon = Date.UTC(2026, 11, 1, 12);
const minute = 60_000;
const scheduler = new Scheduler({ ...defaultSrsSettings, utcOffsetMinutes: 480 });
const today = studyDay(noon, scheduler.settings);

const text = (value: string) => ({ zh: value, en: value });
const deck: Deck = {
  id: 'concepts',
  title: text('Concepts'),
  items: [
    { id: 'basic', kind: 'basic', tags: ['conv'], front: text('front'), back: text('back') },
    { id: 'cloze', kind: 'cloze', tags: ['conv'], text: text('{{c1::$\\frac{a}{b}$}} and {{c2::two}}') },
  ],
};

const freshDatabase = cardDatabases('reviews-test', deck, noon);
const snapshot = reviewTables;

describe('cards in IndexedDB', () => {
  it('installs one card per item and per cloze deletion, and a re-install keeps progress', async () => {
    const db = await freshDatabase();
    expect((await db.cards.orderBy('id').primaryKeys()).sort()).toEqual(['basic', 'cloze#c1', 'cloze#c2']);
    await gradeCard(db, scheduler, 'cloze#c1', 'good', noon, 5_000);
    const edited: Deck = {
      ...deck,
      items: [
        { id: 'cloze', kind: 'cloze', tags: ['conv'], text: text('{{c1::a}} {{c3::c}}') },
        deck.items[0]!,
      ],
    };
    expect(await installCards(db, edited, noon + minute)).toBe(1);
    const cards = await db.cards.toArray();
    expect(cards.map((card) => [card.id, card.position, card.reps]).sort()).toEqual([
      ['basic', 1, 0],
      ['cloze#c1', 0, 1],
      ['cloze#c3', 0, 0],
    ]);
    expect(await db.reviewLogs.count()).toBe(1);
  });
});

describe('grading and undo', () => {
  it('writes the card, its log and the day’s counts; undo puts all three back exactly', async () => {
    const db = await freshDatabase();
    const before = await snapshot(db);
    const first = await gradeCard(db, scheduler, 'basic', 'good', noon, 6_000);
    expect(first.counts).toMatchObject({ deckId: 'concepts', day: today, newCards: 1, timeMs: 6_000 });
    const afterFirst = await snapshot(db);
    const second = await gradeCard(db, scheduler, 'basic', 'again', first.card.due, 4_000);
    expect(await db.dayCounts.get(['concepts', today])).toMatchObject({
      newCards: 1,
      learning: 1,
      timeMs: 10_000,
    });
    expect((await undoLastGrading(db, scheduler))?.log).toEqual(second.log);
    expect(await snapshot(db)).toEqual(afterFirst);
    expect((await undoLastGrading(db, scheduler))?.log).toEqual(first.log);
    expect(await snapshot(db)).toEqual(before);
    expect(await undoLastGrading(db, scheduler)).toBeUndefined();
  });

  it('refuses an unknown card and leaves everything as it was', async () => {
    const db = await freshDatabase();
    const before = await snapshot(db);
    await expect(gradeCard(db, scheduler, 'nowhere', 'good', noon, 1)).rejects.toMatchObject({
      code: 'UNKNOWN_CARD',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  for (const failAt of [0, 1, 2]) {
    it(`a grading is all or nothing: write ${failAt + 1} of 3 fails, nothing changes`, async () => {
      const injector = failureInjector();
      const db = await freshDatabase(injector);
      await gradeCard(db, scheduler, 'cloze#c2', 'good', noon, 1_000);
      const before = await snapshot(db);
      injector.arm(failAt);
      await expect(gradeCard(db, scheduler, 'basic', 'good', noon + 1, 2_000)).rejects.toThrow(
        `injected failure of write ${failAt}`,
      );
      expect(await snapshot(db)).toEqual(before);
    });

    it(`an undo is all or nothing: write ${failAt + 1} of 3 fails, nothing changes`, async () => {
      const injector = failureInjector();
      const db = await freshDatabase(injector);
      await gradeCard(db, scheduler, 'cloze#c2', 'good', noon, 1_000);
      await gradeCard(db, scheduler, 'basic', 'easy', noon + 1, 2_000);
      const before = await snapshot(db);
      injector.arm(failAt);
      await expect(undoLastGrading(db, scheduler)).rejects.toThrow(`injected failure of write ${failAt}`);
      expect(await snapshot(db)).toEqual(before);
    });
  }
});

describe('drills feed the schedule', () => {
  it('grades a drill’s answers in one transaction: missed due again in minutes, right a review', async () => {
    const db = await freshDatabase();
    await installCards(db, homework2Deck, noon);
    const logs = await feedDrillAnswers(db, scheduler, [
      { itemId: 'hw2-mcq-1', correct: false, spentMs: 9_000, at: noon },
      { itemId: 'hw2-mcq-2', correct: true, spentMs: 7_000, at: noon + 1 },
    ]);
    expect(logs.map((log) => [log.cardId, log.rating, log.source])).toEqual([
      ['hw2-mcq-1', 'again', 'drill'],
      ['hw2-mcq-2', 'good', 'drill'],
    ]);
    expect((await db.cards.get('hw2-mcq-1'))?.due).toBe(noon + minute);
    expect(await db.dayCounts.get(['homework2', today])).toMatchObject({ newCards: 2, timeMs: 16_000 });
    expect(await undoLastGrading(db, scheduler)).toBeUndefined();
  });

  it('leaves out a drill answer whose item has no card (deleted in Browse), writing nothing for it', async () => {
    const db = await freshDatabase();
    const before = await snapshot(db);
    expect(
      await feedDrillAnswers(db, scheduler, [{ itemId: 'hw2-mcq-1', correct: true, spentMs: 1, at: noon }]),
    ).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('Today from the database', () => {
  it('counts per deck after today’s gradings, with the minutes from the recent logs and the streak', async () => {
    const db = await freshDatabase();
    await installCards(db, homework2Deck, noon);
    const yesterday = await gradeCard(db, scheduler, 'basic', 'easy', noon - 24 * 60 * minute, 60_000);
    expect(yesterday.log.day).toBe(today - 1);
    await gradeCard(db, scheduler, 'cloze#c1', 'good', noon, 30_000);
    const { numbers, cards, studiedDays } = await loadToday(
      db,
      ['concepts', 'homework2'],
      noon,
      scheduler.settings,
    );
    // cloze#c2 is buried for the day: its sibling c1 was graded today.
    expect(numbers.decks).toEqual([
      { deckId: 'concepts', learning: 1, reviews: 0, fresh: 0 },
      { deckId: 'homework2', learning: 0, reviews: 0, fresh: 7 },
    ]);
    expect(numbers.streak).toBe(2);
    expect(numbers.minutes).toBe(Math.ceil((8 * 45_000) / 60_000));
    // The same read gives the small forecast its cards and the calendar its days.
    expect(cards.length).toBe(await db.cards.where('deckId').anyOf(['concepts', 'homework2']).count());
    expect([...studiedDays].sort()).toEqual([today - 1, today]);
  });
});
