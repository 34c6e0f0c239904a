import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { SrsSettings } from '../../../shared/srs/settings.ts';
import type { StatsRange } from '../../../shared/stats/range.ts';
import type { StatsReport } from '../../../shared/stats/stats-report.ts';
import { statsReportMark, type ComputeStats } from './stats-worker-client.ts';

export interface StatsDependencies {
  compute: ComputeStats;
  decks: () => Promise<{ id: string; title: LocalizedText }[]>;
  /** Each deck's exam study day, as set on Today (lib/db/exam-plans.ts). */
  examDays: () => Promise<Readonly<Record<string, number>>>;
  settings: () => SrsSettings;
  /** The student's IANA time zone (Intl's resolved one in the app). */
  timeZone: () => string;
  now: () => number;
}

/** Days the forecast looks ahead. */
const forecastDays = 30;

/**
 * The Stats screen's state: the range and deck chosen, the report for them. Each change asks the worker again;
 * only the latest answer is shown (a slow answer to an older choice is dropped).
 */
export class StatsStore {
  range = $state<StatsRange>('quarter');
  deckId = $state<string | null>(null);
  decks = $state.raw<{ id: string; title: LocalizedText }[]>([]);
  report = $state.raw<StatsReport | null>(null);
  #examDays: Readonly<Record<string, number>> = {};
  failure = $state<string | null>(null);
  busy = $state(false);
  #ticket = 0;

  constructor(private readonly dependencies: StatsDependencies) {}

  /** On showing the screen: the decks, their exam dates and a fresh read of the database. */
  load = async (): Promise<void> => {
    // From now on an answer to an earlier choice is stale, even one that comes while the decks are read.
    this.#ticket += 1;
    [this.decks, this.#examDays] = await Promise.all([
      this.dependencies.decks(),
      this.dependencies.examDays(),
    ]);
    await this.#refresh(true);
  };

  setRange = (range: StatsRange): Promise<void> => {
    this.range = range;
    return this.#refresh(false);
  };

  setDeck = (deckId: string | null): Promise<void> => {
    this.deckId = deckId;
    return this.#refresh(false);
  };

  async #refresh(reload: boolean): Promise<void> {
    const ticket = ++this.#ticket;
    this.busy = true;
    const settings = this.dependencies.settings();
    try {
      const report = await this.dependencies.compute({
        reload,
        settings,
        options: {
          range: this.range,
          deckId: this.deckId,
          clock: { timeZone: this.dependencies.timeZone(), dayStartHour: settings.dayStartHour },
          now: this.dependencies.now(),
          examDays: this.#examDays,
          desiredRetention: settings.desiredRetention,
          forecastDays,
        },
      });
      if (ticket !== this.#ticket) return;
      // The moment the report shown arrives: `npm run bench -- stats` times the charts from here.
      performance.mark(statsReportMark);
      this.report = report;
      this.failure = null;
    } catch (thrown) {
      if (ticket !== this.#ticket) return;
      this.failure = thrown instanceof Error ? thrown.message : String(thrown);
    } finally {
      if (ticket === this.#ticket) this.busy = false;
    }
  }
}
