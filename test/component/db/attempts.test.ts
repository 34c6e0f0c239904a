import { describe, expect, it } from 'vitest';
import { latestCredits, saveAttempt } from '../../../src/renderer/lib/db/attempts.ts';
import type { DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import type { PracticeAttempt } from '../../../src/shared/problems/attempt.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import { studyDay } from '../../../src/shared/srs/study-day.ts';
import { cardDatabases, reviewTables } from './card-database.ts';
import { failureInjector } from './write-failure.ts';

const noon = Date.UTC(2026, 11, 1, 12);
const minute = 60_000;
const scheduler = new Scheduler({ ...defaultSrsSettings, utcOffsetMinutes: 480 });

const deck: Deck = {
  id: 'problems',
  title: { zh: '计算题', en: 'Problems' },
  items: [
    { id: 'problem:conv-params', kind: 'problem', tags: ['conv'], template: 'conv-params' },
    { id: 'problem:homework-2', kind: 'problem', tags: ['conv'], template: 'homework-2' },
  ],
};

function attempt(itemId: string, finishedAt: number, credit: number, rating: PracticeAttempt['rating']) {
  return {
    id: `${itemId}@${finishedAt}`,
    itemId,
    template: 'conv-params',
    problemId: 'conv-params#7',
    seed: 7,
    startedAt: finishedAt - 40_000,
    finishedAt,
    elapsedMs: 40_000,
    hintsUsed: 1,
    solutionShown: false,
    answers: { params: '750' },
    fields: [
      { id: 'params', answered: true, correct: false, followThrough: false, diagnoses: ['bias-forgotten'] },
    ],
    credit,
    rating,
  } satisfies PracticeAttempt;
}

const freshDatabase = cardDatabases('attempts-test', deck, noon);

async function snapshot(db: DeepDrillDatabase) {
  return { attempts: await db.attempts.toArray(), ...(await reviewTables(db)) };
}

describe('saving an attempt', () => {
  it('a scheduled review stores the attempt and grades its skill card, logged and counted for the day', async () => {
    const db = await freshDatabase();
    const saved = await saveAttempt(db, scheduler, attempt('problem:conv-params', noon, 0, 'again'));
    expect(saved?.log).toMatchObject({ cardId: 'problem:conv-params', rating: 'again', elapsedMs: 40_000 });
    expect(await db.attempts.get('problem:conv-params@' + noon)).toMatchObject({
      credit: 0,
      rating: 'again',
    });
    const card = await db.cards.get('problem:conv-params');
    expect(card).toMatchObject({ state: 'learning', reps: 1 });
    expect(card!.due).toBe(noon + minute);
    expect(await db.dayCounts.get(['problems', studyDay(noon, scheduler.settings)])).toMatchObject({
      newCards: 1,
      timeMs: 40_000,
    });
  });

  it('free practice (no rating) stores the attempt and leaves the schedule alone', async () => {
    const db = await freshDatabase();
    const before = await snapshot(db);
    expect(await saveAttempt(db, scheduler, attempt('problem:conv-params', noon, 1, null))).toBeNull();
    const after = await snapshot(db);
    expect(after.attempts).toHaveLength(1);
    expect({ ...after, attempts: [] }).toEqual(before);
  });

  it('an attempt at a skill without a card is refused and nothing is stored', async () => {
    const db = await freshDatabase();
    const before = await snapshot(db);
    await expect(
      saveAttempt(db, scheduler, attempt('problem:nowhere', noon, 1, 'good')),
    ).rejects.toMatchObject({
      code: 'UNKNOWN_CARD',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  for (const failAt of [0, 1, 2, 3]) {
    it(`all or nothing: write ${failAt + 1} of 4 fails, nothing changes`, async () => {
      const injector = failureInjector();
      const db = await freshDatabase(injector);
      await saveAttempt(db, scheduler, attempt('problem:homework-2', noon, 1, 'good'));
      const before = await snapshot(db);
      injector.arm(failAt);
      await expect(
        saveAttempt(db, scheduler, attempt('problem:conv-params', noon + minute, 0.5, 'again')),
      ).rejects.toThrow(`injected failure of write ${failAt}`);
      expect(await snapshot(db)).toEqual(before);
    });
  }
});

describe('mastery', () => {
  it('is the credit of each item’s latest attempt; items never attempted are absent', async () => {
    const db = await freshDatabase();
    await saveAttempt(db, scheduler, attempt('problem:conv-params', noon + 2 * minute, 0.5, null));
    await saveAttempt(db, scheduler, attempt('problem:conv-params', noon, 1, null));
    await saveAttempt(db, scheduler, attempt('problem:homework-2', noon + minute, 0.25, null));
    const credits = await latestCredits(db, ['problem:conv-params', 'problem:homework-2', 'problem:other']);
    expect([...credits]).toEqual([
      ['problem:conv-params', 0.5],
      ['problem:homework-2', 0.25],
    ]);
  });
});
