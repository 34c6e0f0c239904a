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
import { repairDrills } from '../../lib/db/drill-repair.ts';
import {
  type CheckpointStorage,
  type SeenCheckpoint,
  readClockCheckpoint,
  writeClockCheckpoint,
} from '../../lib/db/clock-checkpoint.ts';
import {
  finishedDrillResults,
  loadFinishedDrill,
  loadUnfinishedDrill,
  pastAnswers,
  saveDrill,
  saveFinishedDrill,
  setAsideDrill,
  type DrillWrite,
  type UnfinishedDrill,
} from '../../lib/db/drills.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';
import type { SchedulingSource } from '../../lib/scheduling.svelte.ts';
import type { DrillOwnership } from './drill-ownership.ts';
import { drillScreenMessages } from './messages.ts';

export type DrillView = 'setup' | 'run' | 'review';

export interface DrillStoreDependencies {
  database: DeepDrillDatabase;
  deck: Deck;
  /** The review schedule a finished drill's answers are fed into. */
  scheduling: SchedulingSource;
  /** Milliseconds since the epoch (Date.now in the app, a fake clock in tests). */
  clock: () => number;
  /** A fresh 32-bit seed for each drill's shuffles. */
  newSeed: () => number;
  /** Which window owns the drill in progress (Web Locks in the app). */
  ownership: DrillOwnership;
  /** Where the clock checkpoint is written as the window closes (localStorage in the app). */
  checkpoints?: CheckpointStorage;
}

/** While a drill runs, its clock is read this often; the countdown shows whole seconds. */
const tickIntervalMs = 250;
/**
 * A running drill is saved at least this often: read every 250 ms, so a crash loses at most one second
 * (250 + 750 ms). A reload loses nothing: the closing window's checkpoint says where its clock was.
 */
const saveIntervalMs = 750;
/** A write that failed (a full disk) is tried again this often, until it succeeds. */
const retryIntervalMs = 2000;

/**
 * The drill screens' state (immich's store-as-class shape): a thin layer over the pure drill domain in
 * src/shared/drill that adds the clock, storage, which window owns the drill, and which view is shown.
 *
 * Writes: the latest state of each drill not yet stored waits in `#unsaved` (oldest drill first) and is
 * written over the stored revision this window read (`#revisions`); a failed write stays there and is tried
 * again, so a full disk loses nothing once space is freed, a finished result included. A refused write
 * (another window wrote meanwhile) is dropped, and the stored drill is read again.
 */
export class DrillStore {
  view = $state<DrillView>('setup');
  /** The drill in progress (running or paused), if any. */
  drill = $state.raw<DrillState | null>(null);
  /** Another window owns `drill`: this one shows it but changes nothing until it takes it over. */
  elsewhere = $state(false);
  /** The finished drill being reviewed. */
  reviewed = $state.raw<DrillState | null>(null);
  now = $state(0);
  results = $state.raw<DrillResult[]>([]);
  answers = $state.raw<PastAnswer[]>([]);
  /** A problem to show the student, in both languages. */
  problem = $state.raw<LocalizedText | null>(null);
  loaded = $state(false);

  #timer: ReturnType<typeof setInterval> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #lastSavedAt = 0;
  // Bookkeeping of the writes, never shown: plain Maps on purpose (no reactivity wanted).
  /** The stored revision each drill of this window is based on; 0 before its first write. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #revisions = new Map<string, number>();
  /** The latest state of each drill of this window not stored yet, by id, oldest first. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #unsaved = new Map<string, DrillState>();
  #writing: Promise<void> = Promise.resolve();

  constructor(private readonly dependencies: DrillStoreDependencies) {
    this.now = dependencies.clock();
  }

  get deck(): Deck {
    return this.dependencies.deck;
  }

  /**
   * Repairs what older releases left, reads history and the unfinished drill (which comes back paused), and
   * claims it for this window.
   */
  load = async (): Promise<void> => {
    const { database, checkpoints } = this.dependencies;
    // Data from before revisions existed may hold orphaned answers or several unfinished drills.
    await storageStatus.write(() => repairDrills(database, this.dependencies.clock())).catch(() => {});
    await this.#read(checkpoints ? readClockCheckpoint(checkpoints) : null);
    this.now = this.dependencies.clock();
    this.loaded = true;
  };

  start = (config: DrillConfig): void => {
    const now = this.dependencies.clock();
    try {
      const state = startDrill(config, this.deck.items, now, this.dependencies.newSeed(), this.answers);
      // The first write of the new drill closes the unfinished one (lib/db/drills.ts), in every window.
      if (this.drill) this.dependencies.ownership.release(this.drill.id);
      void this.dependencies.ownership.claim(state.id, false, () => this.#lost(state.id));
      this.#revisions.set(state.id, 0);
      this.elsewhere = false;
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
    if (!this.drill || this.elsewhere) return;
    this.view = 'run';
    this.#startClock();
  };

  /**
   * Takes the unfinished drill over from the window that owns it: that window stops, and this one carries on
   * from what was stored last (paused). The lock is taken before the drill is read, so nothing the other
   * window writes afterwards is missed: it is refused.
   */
  takeOver = async (): Promise<void> => {
    if (!this.drill) return;
    const id = this.drill.id;
    await this.dependencies.ownership.claim(id, true, () => this.#lost(id));
    await this.#read(null);
    this.problem = null;
    if (this.drill && !this.elsewhere) this.continueDrill();
  };

  act = (action: DrillAction): void => {
    if (!this.drill || this.elsewhere) return;
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
    if (!this.drill || this.view !== 'run' || this.elsewhere) return false;
    const action = keyToAction(input, this.drill);
    if (!action) return false;
    this.act(action);
    return true;
  };

  /** Reads the clock: the countdown moves, and deadlines that passed are applied. */
  tickNow = (): void => {
    const now = this.dependencies.clock();
    this.now = now;
    if (!this.drill || this.drill.status !== 'running' || this.elsewhere) return;
    const next = tick(this.drill, now);
    const changed = next.status !== this.drill.status || next.current !== this.drill.current;
    if (changed || now - this.#lastSavedAt >= saveIntervalMs) this.#commit(next, now);
    else this.drill = next;
  };

  /**
   * The window is being hidden or closed: writes where the running drill's clock is (synchronously, so it
   * lands even if the page goes away now), then saves the drill and whatever still waits to be written.
   * Resolves when those writes settle.
   */
  flush = (): Promise<void> => {
    const drill = this.drill;
    const now = this.dependencies.clock();
    if (drill && !this.elsewhere && drill.status === 'running') {
      const { checkpoints } = this.dependencies;
      // The checkpoint names the stored revision; it is only used if that is still exactly this state.
      if (checkpoints && !this.#unsaved.has(drill.id)) {
        const revision = this.#revisions.get(drill.id) ?? 0;
        writeClockCheckpoint(checkpoints, { drillId: drill.id, revision, seenAt: now });
      }
      this.#save(drill, now);
    }
    this.#writing = this.#writing.then(this.#writeUnsaved);
    return this.#writing;
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
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
  };

  /** Reads history and the unfinished drill from storage, and adopts the drill. */
  async #read(checkpoint: SeenCheckpoint | null): Promise<void> {
    const { database } = this.dependencies;
    const [results, answers, unfinished] = await Promise.all([
      finishedDrillResults(database),
      pastAnswers(database),
      loadUnfinishedDrill(database, checkpoint),
    ]);
    this.results = results;
    this.answers = answers;
    await this.#adopt(unfinished);
  }

  /** Shows the stored unfinished drill (or none), owned by this window if no other window owns it. */
  async #adopt(unfinished: UnfinishedDrill): Promise<void> {
    const previous = this.drill?.id;
    if (unfinished && 'error' in unfinished) {
      this.problem = drillMessages.errors.INVALID_STATE;
      const { database } = this.dependencies;
      await storageStatus.write(() => setAsideDrill(database, unfinished.id)).catch(() => {});
    }
    const state = unfinished && 'state' in unfinished ? unfinished.state : null;
    if (previous && previous !== state?.id) this.dependencies.ownership.release(previous);
    this.drill = state;
    if (state && unfinished && 'state' in unfinished) {
      this.#unsaved.delete(state.id);
      this.#revisions.set(state.id, unfinished.revision);
    }
    this.elsewhere = state
      ? !(await this.dependencies.ownership.claim(state.id, false, () => this.#lost(state.id)))
      : false;
    if (!state || this.elsewhere) {
      this.#stopClock();
      if (this.view === 'run') this.view = 'setup';
    }
  }

  /** Another window took drill `id` over: stop, write nothing more, and say so. */
  #lost(id: string): void {
    if (this.drill?.id !== id) return;
    this.#stopClock();
    this.#unsaved.delete(id);
    this.elsewhere = true;
    if (this.view === 'run') this.view = 'setup';
  }

  #commit(state: DrillState, now: number): void {
    this.now = now;
    if (state.status === 'finished') {
      this.#finish(state, now);
      return;
    }
    this.drill = state;
    this.#save(state, now);
    this.#startClock();
  }

  #save(state: DrillState, now: number): void {
    this.#lastSavedAt = now;
    this.#unsaved.set(state.id, state);
    this.#writing = this.#writing.then(this.#writeUnsaved);
  }

  /**
   * Writes every unsaved drill, oldest first, and stops at the first failure (tried again later): a newer
   * drill's first write would abandon an older one whose result is still waiting.
   */
  #writeUnsaved = async (): Promise<void> => {
    for (const state of this.#unsaved.values()) {
      if (!(await this.#write(state))) {
        if (state.status === 'finished') this.problem = drillScreenMessages.resultPending;
        this.#retryLater();
        return;
      }
    }
  };

  /** Writes one drill's latest state; false when the write failed (storageStatus shows why). */
  async #write(state: DrillState): Promise<boolean> {
    const { database } = this.dependencies;
    const now = this.dependencies.clock();
    const base = this.#revisions.get(state.id) ?? 0;
    try {
      const outcome = await storageStatus.write<DrillWrite>(() =>
        state.status === 'finished'
          ? saveFinishedDrill(database, state, now, base, this.dependencies.scheduling.scheduler)
          : saveDrill(database, state, now, base),
      );
      if (this.#unsaved.get(state.id) === state) this.#unsaved.delete(state.id);
      if ('refusal' in outcome) {
        this.#unsaved.delete(state.id);
        await this.#refused(outcome.refusal);
        return true;
      }
      this.#revisions.set(state.id, outcome.revision);
      if (outcome.result) await this.#stored(state, outcome.result);
      return true;
    } catch {
      return false;
    }
  }

  /** A finished drill is stored: it joins the history, and no window owns it any more. */
  async #stored(state: DrillState, result: DrillResult): Promise<void> {
    this.dependencies.ownership.release(state.id);
    this.#revisions.delete(state.id);
    this.results = [result, ...this.results];
    this.answers = await pastAnswers(this.dependencies.database);
    if (this.problem === drillScreenMessages.resultPending) this.problem = null;
  }

  /** Another window wrote this drill since it was read here: show what is stored now. */
  async #refused(refusal: DrillError): Promise<void> {
    this.#stopClock();
    await this.#read(null);
    this.problem = drillMessages.errors[refusal.code];
  }

  #retryLater(): void {
    if (this.#retryTimer !== undefined) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#writing = this.#writing.then(this.#writeUnsaved);
    }, retryIntervalMs);
  }

  #finish(state: DrillState, now: number): void {
    this.#stopClock();
    this.drill = null;
    this.reviewed = state;
    this.view = 'review';
    this.#save(state, now);
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
