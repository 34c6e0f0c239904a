/** Anki's spacing: an automatic backup at most every 30 minutes while the app runs (issue 16). */
export const automaticBackupSpacingMs = 30 * 60_000;

/** The setting (lib/db/settings.ts) that turns automatic backups on or off; on unless the student says no. */
export const automaticBackupSettingKey = 'backups.automatic';

export interface AutoBackupDependencies {
  /** Milliseconds since the epoch (Date.now in the app). */
  clock: () => number;
  /** Makes and stores one backup; rejects when it could not. */
  backUp: () => Promise<unknown>;
  setTimer: (run: () => void, delayMs: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

/**
 * When to make an automatic backup: only after something changed, at most once per `spacingMs` (measured from
 * the newest backup, automatic or not), and once more at exit if something changed since the last one. A
 * failed backup is not retried at once (a full disk would fail again): the change stays noted and the next
 * try comes one spacing later. Never two backups at the same time.
 */
export class AutoBackup {
  #enabled: boolean;
  #changed = false;
  #lastBackupAt: number | null;
  #timer: unknown = null;
  #running: Promise<void> | null = null;
  readonly #dependencies: AutoBackupDependencies;
  readonly #spacingMs: number;

  constructor(
    dependencies: AutoBackupDependencies,
    options: { enabled: boolean; lastBackupAt: number | null; spacingMs?: number },
  ) {
    this.#dependencies = dependencies;
    this.#enabled = options.enabled;
    this.#lastBackupAt = options.lastBackupAt;
    this.#spacingMs = options.spacingMs ?? automaticBackupSpacingMs;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  /** The student's data changed (lib/db/change-watch.ts). */
  noteChange = (): void => {
    this.#changed = true;
    this.#schedule();
  };

  /** A backup was made by hand ("back up now", before a restore): the spacing counts from it. */
  noteBackup = (at: number): void => {
    this.#changed = false;
    this.#lastBackupAt = at;
    this.#cancelTimer();
  };

  setEnabled = (enabled: boolean): void => {
    this.#enabled = enabled;
    if (enabled) this.#schedule();
    else this.#cancelTimer();
  };

  /** The app is closing: backs up now if something changed since the last backup, whatever the spacing. */
  atExit = async (): Promise<void> => {
    this.#cancelTimer();
    if (this.#running) await this.#running;
    if (this.#enabled && this.#changed) await this.#run();
  };

  #schedule(): void {
    if (!this.#enabled || !this.#changed || this.#timer !== null || this.#running) return;
    const now = this.#dependencies.clock();
    const due = this.#lastBackupAt === null ? now : this.#lastBackupAt + this.#spacingMs;
    this.#timer = this.#dependencies.setTimer(
      () => {
        this.#timer = null;
        void this.#run();
      },
      Math.max(0, due - now),
    );
  }

  #cancelTimer(): void {
    if (this.#timer === null) return;
    this.#dependencies.clearTimer(this.#timer);
    this.#timer = null;
  }

  #run(): Promise<void> {
    this.#changed = false;
    this.#running = this.#dependencies.backUp().then(
      () => {
        this.#lastBackupAt = this.#dependencies.clock();
      },
      () => {
        this.#changed = true;
        this.#lastBackupAt = this.#dependencies.clock();
      },
    );
    return this.#running.finally(() => {
      this.#running = null;
      this.#schedule();
    });
  }
}
