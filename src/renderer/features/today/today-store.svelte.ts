import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { TodayNumbers } from '../../../shared/srs/today.ts';
import { storedDecks } from '../../lib/db/decks.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { loadToday } from '../../lib/db/today.ts';
import type { SchedulingSource } from '../../lib/scheduling.svelte.ts';

export interface TodayStoreDependencies {
  database: DeepDrillDatabase;
  /** The settings in force (limits, the day's start hour), through their scheduler. */
  scheduling: SchedulingSource;
  clock: () => number;
}

/** A deck as Today names it. */
export interface TodayDeck {
  id: string;
  title: LocalizedText;
}

/** One deck's line on Today, with its title. */
export interface TodayDeckLine {
  deck: TodayDeck;
  learning: number;
  reviews: number;
  fresh: number;
}

/**
 * The Today screen's numbers for every stored deck, built-in and imported, read again each time the screen
 * is shown (a session or an import changes them).
 */
export class TodayStore {
  numbers = $state.raw<TodayNumbers | null>(null);
  decks = $state.raw<TodayDeck[]>([]);

  constructor(private readonly dependencies: TodayStoreDependencies) {}

  get lines(): TodayDeckLine[] {
    return (this.numbers?.decks ?? []).flatMap((line) => {
      const deck = this.decks.find((each) => each.id === line.deckId);
      return deck ? [{ ...line, deck }] : [];
    });
  }

  /** Cards to study today over every deck: zero means the empty state. */
  get total(): number {
    return this.lines.reduce((sum, line) => sum + line.learning + line.reviews + line.fresh, 0);
  }

  load = async (): Promise<void> => {
    const { database, scheduling, clock } = this.dependencies;
    const decks = (await storedDecks(database)).map(({ id, title }) => ({ id, title }));
    const numbers = await loadToday(
      database,
      decks.map((deck) => deck.id),
      clock(),
      scheduling.scheduler.settings,
    );
    this.decks = decks;
    this.numbers = numbers;
  };
}
