import { Scheduler } from '../../shared/srs/scheduler.ts';
import type { SrsSettings } from '../../shared/srs/settings.ts';

/** What a screen needs to schedule: the scheduler under the student's current settings. */
export interface SchedulingSource {
  readonly scheduler: Scheduler;
}

/**
 * The review settings in force, shared by Today, Review, the drill (which feeds the schedule) and Settings:
 * one object, so a change made on the Settings screen reaches every screen at once. The scheduler is made
 * again only when the settings change.
 */
export class Scheduling implements SchedulingSource {
  #scheduler = $state.raw<Scheduler>() as Scheduler;

  constructor(settings: SrsSettings) {
    this.#scheduler = new Scheduler(settings);
  }

  get scheduler(): Scheduler {
    return this.#scheduler;
  }

  get settings(): SrsSettings {
    return this.#scheduler.settings;
  }

  /** Puts `settings` in force (they are checked: SrsError INVALID_SETTINGS when a rule is broken). */
  set settings(settings: SrsSettings) {
    this.#scheduler = new Scheduler(settings);
  }
}
