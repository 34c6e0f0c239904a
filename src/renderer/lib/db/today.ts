import type { ReviewCard } from '../../../shared/srs/card.ts';
import type { SrsSettings } from '../../../shared/srs/settings.ts';
import { studyDay } from '../../../shared/srs/study-day.ts';
import { type TodayNumbers, meanCardMs, todayNumbers } from '../../../shared/srs/today.ts';
import type { DeepDrillDatabase } from './database.ts';
import { cardsOfDecks } from './deck-cards.ts';
import { plannedOn } from './exam-plans.ts';
import { studiedDays } from './studied-days.ts';

/** The time per card is the mean over this many recent study days: recent enough to follow the student. */
export const recentDays = 30;

/** Today's numbers, and the rows its small forecast and streak are made from (today-progress.svelte.ts). */
export interface TodayRead {
  numbers: TodayNumbers;
  /** The decks' cards. */
  cards: ReviewCard[];
  /** The study days with at least one review, practice problem or drill (studied-days.ts). */
  studiedDays: Set<number>;
}

/**
 * Today's numbers for the decks, read without loading the whole history: the decks'
 * cards, today's counts, the logs of the last `recentDays` days (time per card), the study days (the streak,
 * as the Stats screen counts it: studied-days.ts), and the cards the exam plans give today.
 */
export async function loadToday(
  database: DeepDrillDatabase,
  deckIds: readonly string[],
  now: number,
  settings: SrsSettings,
): Promise<TodayRead> {
  const today = studyDay(now, settings);
  const tables = [database.cards, database.dayCounts, database.settings, database.reviewLogs];
  // Asked together: one wait for the reads instead of one after another (on the way to a usable Today). The
  // study days are read in a transaction of their own (studied-days.ts says why).
  const [read, days] = await Promise.all([
    database.transaction('r', tables, () =>
      Promise.all([
        plannedOn(database, today),
        cardsOfDecks(database, deckIds),
        database.dayCounts.bulkGet(deckIds.map((deckId): [string, number] => [deckId, today])),
        database.reviewLogs
          .where('day')
          .between(today - recentDays, today, true, true)
          .toArray(),
      ]),
    ),
    studiedDays(database, settings),
  ]);
  const [planned, cards, counts, recent] = read;
  const history = { cardMs: meanCardMs(recent), studiedDays: days };
  const numbers = todayNumbers(
    deckIds,
    cards,
    counts.filter((entry) => entry !== undefined),
    history,
    now,
    settings,
    planned,
  );
  return { numbers, cards, studiedDays: days };
}
