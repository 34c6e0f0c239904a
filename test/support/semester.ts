import type { DeepDrillDatabase } from '../../src/renderer/lib/db/database.ts';
import { installDeck } from '../../src/renderer/lib/db/decks.ts';
import { saveFinishedDrill } from '../../src/renderer/lib/db/drills.ts';
import { gradeCard, installCards } from '../../src/renderer/lib/db/reviews.ts';
import { writeSetting } from '../../src/renderer/lib/db/settings.ts';
import { cnnConceptsDeck } from '../../src/shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../../src/shared/deck/seed/homework2.ts';
import { applyDrillAction } from '../../src/shared/drill/actions.ts';
import { startDrill } from '../../src/shared/drill/start.ts';
import type { PracticeAttempt } from '../../src/shared/problems/attempt.ts';
import { mistakeCodes } from '../../src/shared/problems/mistakes.ts';
import { examConfig } from '../component/db/drill-fixtures.ts';
import { ratings } from '../../src/shared/srs/review-log.ts';
import { Scheduler } from '../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../src/shared/srs/settings.ts';

const day = 86_400_000;
/**
 * Fills a database the way a student would over `days` days, through the app's own repositories: both seed
 * decks and their cards, gradings every day (every rating), a finished drill every week, a practice attempt
 * most days and the settings. Deterministic: the same `start` and `days` give the same rows. Every table of
 * the current schema gets rows.
 */
export async function fillSemester(database: DeepDrillDatabase, start: number, days: number): Promise<void> {
  const scheduler = new Scheduler({ ...defaultSrsSettings, utcOffsetMinutes: 480 });
  for (const deck of [cnnConceptsDeck, homework2Deck]) {
    await installDeck(database, deck, start);
    await installCards(database, deck, start);
  }
  await writeSetting(database, 'language', 'en');
  const cardIds = (await database.cards.orderBy('id').primaryKeys()).sort();
  for (let index = 0; index < days; index++) {
    const now = start + index * day + 9 * 3_600_000;
    for (let turn = 0; turn < 3; turn++) {
      const cardId = cardIds[(index * 3 + turn) % cardIds.length]!;
      await gradeCard(database, scheduler, cardId, ratings[(index + turn) % 4]!, now + turn * 60_000, 8_000);
    }
    if (index % 7 === 0) await finishDrill(database, now + 3_600_000, index + 1);
    if (index % 3 !== 2) await database.attempts.add(attempt(index, now + 7_200_000));
  }
}

async function finishDrill(database: DeepDrillDatabase, at: number, seed: number): Promise<void> {
  let state = startDrill(examConfig, homework2Deck.items, at, seed);
  for (const letter of ['A', 'B', 'C']) {
    state = applyDrillAction(state, { type: 'choose', question: state.current, option: letter }, at + 1_000);
    state = applyDrillAction(state, { type: 'next' }, at + 2_000);
  }
  state = applyDrillAction(state, { type: 'submit' }, at + 60_000);
  await saveFinishedDrill(database, state, at + 60_000, 0, new Scheduler());
}

function attempt(index: number, finishedAt: number): PracticeAttempt {
  const correct = index % 2 === 0;
  return {
    id: `attempt-${index}`,
    // A stored item, so the start-up check finds what the attempt points at (problem decks are issue 14's).
    itemId: 'hw2-mcq-5',
    template: 'conv-output',
    problemId: `conv-output#${index}`,
    seed: index,
    startedAt: finishedAt - 90_000,
    finishedAt,
    elapsedMs: 85_000,
    hintsUsed: index % 3,
    solutionShown: false,
    answers: { height: correct ? '55' : '54' },
    fields: [
      {
        id: 'height',
        answered: true,
        correct,
        followThrough: false,
        diagnoses: correct ? [] : [mistakeCodes[index % mistakeCodes.length]!],
      },
    ],
    credit: correct ? 1 : 0,
    rating: correct ? 'good' : 'again',
  };
}
