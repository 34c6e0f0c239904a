/**
 * The automatic backup at exit (issue 16). The database lives in the renderer (IndexedDB), so main cannot read
 * it: before the window closes or the app quits, main asks the renderer to back up what changed since the last
 * backup (the 'app:exit-backup' event), waits for its answer ('app:exit-backup-done') at most a time limit, and
 * then lets the close or the quit go on. Kept out of index.ts, with no Electron import, so it is tested alone.
 */

/** Longer than a backup of years of study takes; a hung renderer must never stop the app from quitting. */
export const exitBackupLimitMs = 10_000;

/** An Electron event whose default (closing, quitting) can be held back. */
export interface HoldableEvent {
  preventDefault(): void;
}

export interface ExitBackupDependencies {
  /**
   * Sends the renderer the request; false when there is no renderer left to ask (its page is gone or
   * crashed), and then nothing is waited for.
   */
  ask: (requestId: string) => boolean;
  newRequestId: () => string;
  limitMs?: number;
  setTimer?: (run: () => void, delayMs: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * One window's exit backup. `hold` is the listener of the window's `close` and of the app's `before-quit`:
 * the first one holds its event and asks; any that come while the renderer works are held too and go on with
 * it; once the renderer has answered (or the limit has passed) each held one is done again through its
 * `proceed` (closing the window, quitting), and those events are let through: the renderer is asked once.
 * The closing window's own exit covers its macOS quit too (index.ts makes one per window).
 */
export class ExitBackup {
  #state: 'open' | 'asking' | 'done' = 'open';
  #requestId: string | null = null;
  #waiting: (() => void)[] = [];
  #timer: unknown = null;
  readonly #dependencies: ExitBackupDependencies;

  constructor(dependencies: ExitBackupDependencies) {
    this.#dependencies = dependencies;
  }

  /** Whether the renderer's answer (or the limit) is still awaited. */
  get asking(): boolean {
    return this.#state === 'asking';
  }

  hold = (event: HoldableEvent, proceed: () => void): void => {
    if (this.#state === 'done') return;
    if (this.#state === 'asking') {
      event.preventDefault();
      this.#waiting.push(proceed);
      return;
    }
    const requestId = this.#dependencies.newRequestId();
    if (!this.#dependencies.ask(requestId)) {
      this.#state = 'done';
      return;
    }
    event.preventDefault();
    this.#state = 'asking';
    this.#requestId = requestId;
    this.#waiting.push(proceed);
    const setTimer = this.#dependencies.setTimer ?? ((run, delayMs) => setTimeout(run, delayMs));
    this.#timer = setTimer(() => this.#finish(), this.#dependencies.limitMs ?? exitBackupLimitMs);
  };

  /**
   * The renderer's answer: its backup is made, or failed, or there was nothing to back up. An answer to
   * another request (a renderer that reloaded, a stale one) is ignored; true when it was the one awaited.
   */
  answered = (requestId: string): boolean => {
    if (this.#state !== 'asking' || requestId !== this.#requestId) return false;
    this.#finish();
    return true;
  };

  #finish(): void {
    if (this.#state !== 'asking') return;
    const clearTimer = this.#dependencies.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
    clearTimer(this.#timer);
    this.#state = 'done';
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const proceed of waiting) proceed();
  }
}
