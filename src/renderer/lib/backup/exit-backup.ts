/**
 * How a window backs up at exit (AutoBackup.atExit), in each host. In Electron the database outlives nothing
 * once the window is gone, so main holds the close or the quit and asks (src/main/exit-backup.ts); in a
 * browser nothing can hold a closing tab, so the backup starts when the page is hidden or left.
 */

/** Main's request, as the preload's subscription delivers it (EventContract 'app:exit-backup'). */
export interface ExitBackupRequest {
  requestId: string;
}

/**
 * Answers each of main's requests: backs up (what changed since the last backup), then tells main it is done
 * with the request's id, whether the backup was made, failed or was not needed, so main never waits for its
 * time limit because of the renderer. Returns the unsubscribe.
 */
export function answerExitRequests(
  subscribe: (listener: (request: ExitBackupRequest) => void) => () => void,
  backUp: () => Promise<void>,
  done: (requestId: string) => Promise<unknown>,
): () => void {
  return subscribe(({ requestId }) => {
    void backUp()
      .catch(() => undefined)
      .then(() => done(requestId))
      .catch(() => undefined);
  });
}

/** The parts of `window` and `document` a browser's exit is seen through. */
export interface PageEvents {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
}

/**
 * In a browser: starts the backup when the page is left (pagehide) or hidden (visibilitychange to hidden: a
 * closed tab on a phone, a minimised window, another tab, often the last moment a page still runs). A browser
 * may end the page before the backup is stored; that is the limit docs/backup-format.md states.
 */
export function backUpWhenHidden(
  page: PageEvents,
  document: PageEvents & { visibilityState: DocumentVisibilityState },
  backUp: () => Promise<void>,
): void {
  const start = () => void backUp().catch(() => undefined);
  page.addEventListener('pagehide', start);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') start();
  });
}
