import { defaultSrsSettings } from '../../../shared/srs/settings.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { saveSrsSettings } from '../../lib/db/srs-settings.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';
import type { Scheduling } from '../../lib/scheduling.svelte.ts';
import { type FormProblem, type ReviewSettingsForm, formOf, readForm } from './settings-form.ts';

export interface SettingsStoreDependencies {
  database: DeepDrillDatabase;
  /** The settings in force: a save puts the new ones here, for every screen. */
  scheduling: Scheduling;
}

/**
 * The Settings screen's review section: the form as typed, and what a save did. Nothing applies before Save;
 * a refused form names its field and changes nothing, stored or in force.
 */
export class SettingsStore {
  form = $state<ReviewSettingsForm>(formOf(defaultSrsSettings));
  problem = $state.raw<FormProblem | null>(null);
  /** Why a save could not be written (the storage's reason), worded by settingsMessages.saveFailed. */
  failure = $state.raw<string | null>(null);
  saved = $state(false);

  constructor(private readonly dependencies: SettingsStoreDependencies) {
    this.form = formOf(dependencies.scheduling.settings);
  }

  /** Shows the settings in force (when the screen opens). */
  open = (): void => {
    this.form = formOf(this.dependencies.scheduling.settings);
    this.problem = null;
    this.failure = null;
    this.saved = false;
  };

  /** Fills the form with the defaults; they apply once saved. */
  restoreDefaults = (): void => {
    const { scheduling } = this.dependencies;
    // The clock is the host's, not a choice: the time zone stays.
    this.form = formOf({ ...defaultSrsSettings, utcOffsetMinutes: scheduling.settings.utcOffsetMinutes });
    this.problem = null;
    this.saved = false;
  };

  /** A field was edited: what was said about the last save no longer holds. */
  edited = (): void => {
    this.saved = false;
  };

  save = async (): Promise<void> => {
    const { database, scheduling } = this.dependencies;
    this.saved = false;
    this.failure = null;
    const read = readForm(this.form, scheduling.settings);
    if ('problem' in read) {
      this.problem = read.problem;
      return;
    }
    this.problem = null;
    try {
      await storageStatus.write(() => saveSrsSettings(database, read.settings));
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      return;
    }
    scheduling.settings = read.settings;
    this.form = formOf(read.settings);
    this.saved = true;
  };
}
