import { afterEach, describe, expect, it, vi } from 'vitest';
import { engineCloseLimitMs, quitAfterClosing, showOrOpenWindow } from '../../../src/main/lifecycle.ts';

vi.mock('electron');

function fakeWindow(state: { destroyed?: boolean; minimized?: boolean } = {}) {
  return {
    isDestroyed: vi.fn(() => state.destroyed ?? false),
    isMinimized: vi.fn(() => state.minimized ?? false),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('second-instance: showOrOpenWindow', () => {
  it('opens a window when none is left (macOS keeps the app running with every window closed)', () => {
    const openWindow = vi.fn();
    showOrOpenWindow(undefined, openWindow);
    expect(openWindow).toHaveBeenCalledOnce();
  });

  it('opens a new window instead of focusing a destroyed one', () => {
    const openWindow = vi.fn();
    const window = fakeWindow({ destroyed: true });
    showOrOpenWindow(window, openWindow);
    expect(openWindow).toHaveBeenCalledOnce();
    expect(window.focus).not.toHaveBeenCalled();
  });

  it('restores, shows and focuses the window it has', () => {
    const openWindow = vi.fn();
    const minimized = fakeWindow({ minimized: true });
    showOrOpenWindow(minimized, openWindow);
    expect(minimized.restore).toHaveBeenCalledOnce();
    expect(minimized.show).toHaveBeenCalledOnce();
    expect(minimized.focus).toHaveBeenCalledOnce();
    const visible = fakeWindow();
    showOrOpenWindow(visible, openWindow);
    expect(visible.restore).not.toHaveBeenCalled();
    expect(visible.focus).toHaveBeenCalledOnce();
    expect(openWindow).not.toHaveBeenCalled();
  });
});

describe('will-quit: quitAfterClosing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const quitEvent = () => ({ preventDefault: vi.fn() });

  it('holds the quit until the engine has closed, then quits once and lets that quit through', async () => {
    let finishClosing!: () => void;
    const closeEngine = vi.fn(() => new Promise<void>((resolve) => (finishClosing = resolve)));
    const quit = vi.fn();
    const onWillQuit = quitAfterClosing(closeEngine, quit);

    const first = quitEvent();
    onWillQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    const repeated = quitEvent();
    onWillQuit(repeated); // a second Cmd+Q while closing: still held, the engine is not closed twice
    expect(repeated.preventDefault).toHaveBeenCalled();
    expect(closeEngine).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(quit).not.toHaveBeenCalled();

    finishClosing();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    const final = quitEvent();
    onWillQuit(final);
    expect(final.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when closing the engine fails', async () => {
    const quit = vi.fn();
    quitAfterClosing(() => Promise.reject(new Error('worker gone')), quit)(quitEvent());
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
  });

  it('quits after the limit when a worker never ends', async () => {
    vi.useFakeTimers();
    const quit = vi.fn();
    quitAfterClosing(() => new Promise<void>(() => {}), quit)(quitEvent());
    await vi.advanceTimersByTimeAsync(engineCloseLimitMs - 1);
    expect(quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(quit).toHaveBeenCalledOnce();
  });
});
