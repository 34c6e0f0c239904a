import type { Deck } from '../../../shared/deck/deck.ts';
import type { SrsSettings } from '../../../shared/srs/settings.ts';
import type { TodayNumbers } from '../../../shared/srs/today.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { loadToday } from '../../lib/db/today.ts';

export interface TodayStoreDependencies {
  database: DeepDrillDatabase;
  settings: SrsSettings;
  decks: readonly Deck[];
  clock: () => number;
}

/** One deck's line on Today, with its title. */
export interface TodayDeckLine {
  deck: Deck;
  learning: number;
  reviews: number;
  fresh: number;
}

/** The Today screen's numbers, read again each time the screen is shown (a session changes them). */
export class TodayStore {
  numbers = $state.raw<TodayNumbers | null>(null);

  constructor(private readonly dependencies: TodayStoreDependencies) {}

  get lines(): TodayDeckLine[] {
    const { decks } = this.dependencies;
    return (this.numbers?.decks ?? []).flatMap((line) => {
      const deck = decks.find((each) => each.id === line.deckId);
      return deck ? [{ ...line, deck }] : [];
    });
  }

  /** Cards to study today over every deck: zero means the empty state. */
  get total(): number {
    return this.lines.reduce((sum, line) => sum + line.learning + line.reviews + line.fresh, 0);
  }

  load = async (): Promise<void> => {
    const { database, settings, decks, clock } = this.dependencies;
    const deckIds = decks.map((deck) => deck.id);
    this.numbers = await loadToday(database, deckIds, clock(), settings);
  };
}
