import type { Deck } from '../../../shared/deck/deck.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import { applyDrillAction, type DrillAction } from '../../../shared/drill/actions.ts';
import { tick } from '../../../shared/drill/clock.ts';
import type { DrillConfig, PastAnswer } from '../../../shared/drill/drill-config.ts';
import { DrillError } from '../../../shared/drill/drill-error.ts';
import type { DrillState } from '../../../shared/drill/drill-state.ts';
import { keyToAction, type KeyInput } from '../../../shared/drill/keyboard.ts';
import { drillMessages } from '../../../shared/drill/messages.ts';
import { drillResult, retryWrongConfig, type DrillResult } from '../../../shared/drill/result.ts';
import { startDrill } from '../../../shared/drill/start.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import {
  finishedDrillResults,
  loadFinishedDrill,
  loadUnfinishedDrill,
  pastAnswers,
  saveDrill,
  saveFinishedDrill,
  setAsideDrill,
} from '../../lib/db/drills.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';
import { drillScreenMessages } from './messages.ts';

export type DrillView = 'setup' | 'run' | 'review';

export interface DrillStoreDependencies {
  database: DeepDrillDatabase;
  deck: Deck;
  /** Milliseconds since the epoch (Date.now in the app, a fake clock in tests). */
  clock: () => number;
  /** A fresh 32-bit seed for each drill's shuffles. */
  newSeed: () => number;
}

/** While a drill runs, its clock is read this often; the countdown shows whole seconds. */
const tickIntervalMs = 250;
/** A running drill is saved at least this often, so a crash or a closed window loses at most this much time. */
const saveIntervalMs = 5000;

/**
 * The drill screens' state (immich's store-as-class shape): a thin layer over the pure drill domain in
 * src/shared/drill that adds the clock, storage and which view is shown.
 */
export class DrillStore {
  view = $state<DrillView>('setup');
  /** The drill in progress (running or paused), if any. */
  drill = $state.raw<DrillState | null>(null);
  /** The finished drill being reviewed. */
  reviewed = $state.raw<DrillState | null>(null);
  now = $state(0);
  results = $state.raw<DrillResult[]>([]);
  answers = $state.raw<PastAnswer[]>([]);
  /** A problem to show the student, in both languages. */
  problem = $state.raw<LocalizedText | null>(null);
  loaded = $state(false);

  #timer: ReturnType<typeof setInterval> | undefined;
  #lastSavedAt = 0;
  #saving: Promise<void> = Promise.resolve();

  constructor(private readonly dependencies: DrillStoreDependencies) {
    this.now = dependencies.clock();
  }

  get deck(): Deck {
    return this.dependencies.deck;
  }

  /** Reads history and any unfinished drill (which comes back paused). */
  load = async (): Promise<void> => {
    const { database } = this.dependencies;
    const [results, answers, unfinished] = await Promise.all([
      finishedDrillResults(database),
      pastAnswers(database),
      loadUnfinishedDrill(database),
    ]);
    this.results = results;
    this.answers = answers;
    if (unfinished && 'state' in unfinished) {
      this.drill = unfinished.state;
    } else if (unfinished) {
      this.problem = drillMessages.errors.INVALID_STATE;
      await storageStatus.write(() => setAsideDrill(database, unfinished.id));
    }
    this.now = this.dependencies.clock();
    this.loaded = true;
  };

  start = (config: DrillConfig): void => {
    const now = this.dependencies.clock();
    try {
      const state = startDrill(config, this.deck.items, now, this.dependencies.newSeed(), this.answers);
      this.problem = null;
      this.reviewed = null;
      this.view = 'run';
      this.#commit(state, now);
    } catch (error) {
      this.#report(error);
    }
  };

  /** Shows the unfinished drill again (still paused: the student resumes it). */
  continueDrill = (): void => {
    if (!this.drill) return;
    this.view = 'run';
    this.#startClock();
  };

  act = (action: DrillAction): void => {
    if (!this.drill) return;
    const now = this.dependencies.clock();
    try {
      this.#commit(applyDrillAction(this.drill, action, now), now);
      this.problem = null;
    } catch (error) {
      this.#report(error);
    }
  };

  /** The drill's keyboard; returns true when the key did something (the caller then prevents the default). */
  key = (input: KeyInput): boolean => {
    if (!this.drill || this.view !== 'run') return false;
    const action = keyToAction(input, this.drill);
    if (!action) return false;
    this.act(action);
    return true;
  };

  /** Reads the clock: the countdown moves, and deadlines that passed are applied. */
  tickNow = (): void => {
    const now = this.dependencies.clock();
    this.now = now;
    if (!this.drill || this.drill.status !== 'running') return;
    const next = tick(this.drill, now);
    const changed = next.status !== this.drill.status || next.current !== this.drill.current;
    if (changed || now - this.#lastSavedAt >= saveIntervalMs) this.#commit(next, now);
    else this.drill = next;
  };

  /** Saves the running drill right away (the window is being hidden or closed). */
  flush = (): Promise<void> => {
    if (this.drill && this.drill.status !== 'finished') this.#save(this.drill, this.dependencies.clock());
    return this.#saving;
  };

  openReview = async (sessionId: string): Promise<void> => {
    const state = await loadFinishedDrill(this.dependencies.database, sessionId);
    if (!state) {
      this.problem = drillScreenMessages.reviewMissing;
      return;
    }
    this.reviewed = state;
    this.view = 'review';
  };

  retryWrong = (): void => {
    if (!this.reviewed) return;
    const config = retryWrongConfig(drillResult(this.reviewed));
    if (config) this.start(config);
    else this.problem = drillMessages.labels.allCorrect;
  };

  newDrill = (): void => {
    this.view = 'setup';
    this.problem = null;
  };

  dispose = (): void => {
    this.#stopClock();
  };

  #commit(state: DrillState, now: number): void {
    this.now = now;
    if (state.status === 'finished') {
      void this.#finish(state, now);
      return;
    }
    this.drill = state;
    this.#save(state, now);
    this.#startClock();
  }

  #save(state: DrillState, now: number): void {
    this.#lastSavedAt = now;
    const { database } = this.dependencies;
    this.#saving = this.#saving
      .then(() => storageStatus.write(() => saveDrill(database, state, now)))
      .catch(() => {
        // storageStatus shows the failure; the drill goes on in memory.
      });
  }

  async #finish(state: DrillState, now: number): Promise<void> {
    this.#stopClock();
    this.drill = null;
    this.reviewed = state;
    this.view = 'review';
    const { database } = this.dependencies;
    await this.#saving;
    try {
      const result = await storageStatus.write(() => saveFinishedDrill(database, state, now));
      this.results = [result, ...this.results];
      this.answers = await pastAnswers(database);
    } catch {
      this.problem = drillScreenMessages.resultNotSaved;
    }
  }

  #startClock(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setInterval(this.tickNow, tickIntervalMs);
  }

  #stopClock(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #report(error: unknown): void {
    if (error instanceof DrillError) this.problem = drillMessages.errors[error.code];
    else throw error;
  }
}
