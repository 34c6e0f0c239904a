/**
 * The two lifecycle decisions that are easy to get wrong, kept out of index.ts so they can be tested without
 * Electron.
 */

/** The part of a BrowserWindow that bringing it forward uses. */
export interface ShowableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * A second `npm start` (or a second click on the app) hands over to the running instance, which must show a
 * window: the one it has, restored and focused, or a new one. On macOS the app keeps running with every window
 * closed, so "focus the window" alone would do nothing.
 */
export function showOrOpenWindow(window: ShowableWindow | undefined, openWindow: () => void): void {
  if (!window || window.isDestroyed()) {
    openWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Longer than terminating the engine's workers ever takes; a hung worker must not keep the app alive. */
export const engineCloseLimitMs = 5_000;

/**
 * A `will-quit` listener that holds the quit until `closeEngine` has settled (its workers ended, so none is
 * killed halfway through a write) or `limitMs` has passed, then quits for real. Electron emits `will-quit` again
 * for that second quit, which is let through.
 */
export function quitAfterClosing(
  closeEngine: () => Promise<void>,
  quit: () => void,
  limitMs = engineCloseLimitMs,
): (event: { preventDefault(): void }) => void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, limitMs);
    });
    void Promise.race([closeEngine().catch(() => undefined), limit]).then(() => {
      clearTimeout(timer);
      state = 'closed';
      quit();
    });
  };
}
