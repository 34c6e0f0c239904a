import { describe, expect, it, vi } from 'vitest';
import { ExitBackup, exitBackupLimitMs } from '../../../src/main/exit-backup.ts';

vi.mock('electron');

/** An exit backup over a recording renderer and a fake clock; `log` keeps the order things happened in. */
function setUp(rendererThere = true) {
  const log: string[] = [];
  let timer: { run: () => void; delayMs: number } | null = null;
  let counter = 0;
  const backup = new ExitBackup({
    ask: (requestId) => {
      log.push(`ask ${requestId}`);
      return rendererThere;
    },
    newRequestId: () => `exit-${++counter}`,
    setTimer: (run, delayMs) => (timer = { run, delayMs }),
    clearTimer: () => {
      log.push('timer cleared');
      timer = null;
    },
  });
  const event = (name: string) => ({ preventDefault: () => log.push(`${name} held`) });
  const proceed = (name: string) => () => log.push(`${name} goes on`);
  return { backup, log, event, proceed, timer: () => timer };
}

describe('the backup at exit', () => {
  it('holds the close, asks the renderer once, and closes for real after its answer', () => {
    const { backup, log, event, proceed } = setUp();
    backup.hold(event('close'), proceed('close'));
    expect(log).toEqual(['ask exit-1', 'close held']);
    expect(backup.asking).toBe(true);
    // The quit that follows while the renderer works is held too, and not asked again.
    backup.hold(event('before-quit'), proceed('quit'));
    expect(backup.answered('exit-1')).toBe(true);
    expect(log).toEqual([
      'ask exit-1',
      'close held',
      'before-quit held',
      'timer cleared',
      'close goes on',
      'quit goes on',
    ]);
    // The close and the quit done again are let through: no re-entry.
    log.length = 0;
    backup.hold(event('close'), proceed('close'));
    backup.hold(event('before-quit'), proceed('quit'));
    expect(log).toEqual([]);
    expect(backup.asking).toBe(false);
  });

  it('goes on after the time limit when the renderer never answers, and ignores a late answer', () => {
    const { backup, log, event, proceed, timer } = setUp();
    backup.hold(event('before-quit'), proceed('quit'));
    expect(timer()?.delayMs).toBe(exitBackupLimitMs);
    expect(exitBackupLimitMs).toBe(10_000);
    expect(log).not.toContain('quit goes on');
    timer()!.run();
    expect(log).toEqual(['ask exit-1', 'before-quit held', 'timer cleared', 'quit goes on']);
    expect(backup.answered('exit-1')).toBe(false);
    expect(log.filter((entry) => entry === 'quit goes on')).toHaveLength(1);
  });

  it('ignores an answer to another request', () => {
    const { backup, log, event, proceed } = setUp();
    backup.hold(event('close'), proceed('close'));
    expect(backup.answered('exit-2')).toBe(false);
    expect(backup.answered('')).toBe(false);
    expect(log).not.toContain('close goes on');
    expect(backup.answered('exit-1')).toBe(true);
    expect(log).toContain('close goes on');
  });

  it('lets the close through at once when there is no renderer left to ask', () => {
    const { backup, log, event, proceed, timer } = setUp(false);
    backup.hold(event('close'), proceed('close'));
    expect(log).toEqual(['ask exit-1']);
    expect(timer()).toBeNull();
    backup.hold(event('before-quit'), proceed('quit'));
    expect(log).toEqual(['ask exit-1']);
  });

  it('waits with the real timers by default, and goes on by itself after the limit', () => {
    vi.useFakeTimers();
    try {
      const quit = vi.fn();
      const backup = new ExitBackup({ ask: () => true, newRequestId: () => 'only' });
      backup.hold({ preventDefault: vi.fn() }, quit);
      vi.advanceTimersByTime(exitBackupLimitMs - 1);
      expect(quit).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(quit).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
