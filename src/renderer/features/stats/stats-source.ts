import type { DrillResult } from '../../../shared/drill/result.ts';
import type { StatsInput } from '../../../shared/stats/stats-report.ts';
import type { DeepDrillDatabase } from '../../lib/db/database.ts';

/**
 * The rows the stats worker holds between requests. Reading them is most of the cost of opening the Stats screen
 * (IndexedDB hands over a year's 100,000 logs a row at a time: seconds), so they are read again only on
 * opening the screen after a write (a new `revision`), not on every opening nor on a range or deck chosen.
 */
export class StatsRows {
  #input: StatsInput | null = null;
  #revision: number | null = null;

  constructor(private readonly database: DeepDrillDatabase) {}

  async current(reload: boolean, revision: number): Promise<StatsInput> {
    if (this.#input === null || (reload && revision !== this.#revision)) {
      this.#input = await readStatsInput(this.database);
      this.#revision = revision;
    }
    return this.#input;
  }
}

/** The tables the charts read (readStatsInput): a write to another one leaves the rows held current. */
export const statsTableNames = ['reviewLogs', 'cards', 'attempts', 'drillSessions', 'items'];

/**
 * Every stored row the charts read, in one read transaction (a consistent snapshot): review logs, cards,
 * attempts, finished drills' results, and each item's deck and tags.
 */
export async function readStatsInput(database: DeepDrillDatabase): Promise<StatsInput> {
  return database.transaction('r', statsTableNames, async () => {
    const [logs, cards, attempts, sessions, items] = await Promise.all([
      database.reviewLogs.toArray(),
      database.cards.toArray(),
      database.attempts.toArray(),
      database.drillSessions.where('status').equals('finished').toArray(),
      database.items.toArray(),
    ]);
    const drills = sessions.flatMap((session): DrillResult[] => (session.result ? [session.result] : []));
    return {
      logs,
      cards,
      attempts,
      drills,
      items: Object.fromEntries(items.map((item) => [item.id, { deckId: item.deckId, tags: item.tags }])),
    };
  });
}
