import { describe, expect, it } from 'vitest';
import { AutoBackup, automaticBackupSpacingMs } from '../../../src/renderer/lib/backup/auto-backup.ts';

const minute = 60_000;

/** A clock and timers the test moves by hand, and a record of the backups made. */
function harness(options: { enabled?: boolean; lastBackupAt?: number | null; failing?: boolean } = {}) {
  let now = 1_000_000_000;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextTimer = 1;
  const backups: number[] = [];
  let failing = options.failing ?? false;
  const auto = new AutoBackup(
    {
      clock: () => now,
      backUp: async () => {
        if (failing) throw new Error('disk full');
        backups.push(now);
      },
      setTimer: (run, delay) => {
        timers.set(nextTimer, { at: now + delay, run });
        return nextTimer++;
      },
      clearTimer: (timer) => timers.delete(timer as number),
    },
    { enabled: options.enabled ?? true, lastBackupAt: options.lastBackupAt ?? null },
  );
  /** Moves the clock, firing the timers that fall due, and lets the backups settle. */
  async function advance(ms: number): Promise<void> {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at <= now) {
        timers.delete(id);
        timer.run();
      }
    }
    for (let turn = 0; turn < 5; turn++) await Promise.resolve();
  }
  return {
    auto,
    backups,
    advance,
    start: now,
    setFailing: (value: boolean) => (failing = value),
    pending: () => timers.size,
  };
}

describe('automatic backups', () => {
  it('makes none while nothing changes', async () => {
    const { backups, advance } = harness();
    await advance(5 * automaticBackupSpacingMs);
    expect(backups).toEqual([]);
  });

  it('backs up a change at once when there is no backup yet, then at most every 30 minutes', async () => {
    const { auto, backups, advance, start } = harness();
    auto.noteChange();
    await advance(0);
    expect(backups).toEqual([start]);
    for (let step = 0; step < 12; step++) {
      await advance(5 * minute);
      auto.noteChange();
    }
    await advance(0);
    expect(backups).toEqual([start, start + 30 * minute, start + 60 * minute]);
  });

  it('counts the spacing from the newest backup, also one made by hand', async () => {
    const { auto, backups, advance, start } = harness({ lastBackupAt: 1_000_000_000 - 10 * minute });
    auto.noteChange();
    await advance(19 * minute);
    expect(backups).toEqual([]);
    await advance(1 * minute);
    expect(backups).toEqual([start + 20 * minute]);
    auto.noteChange();
    auto.noteBackup(start + 25 * minute);
    await advance(60 * minute);
    expect(backups).toEqual([start + 20 * minute]);
  });

  it('backs up at exit only if something changed since the last backup', async () => {
    const { auto, backups, advance, start } = harness({ lastBackupAt: 1_000_000_000 });
    await auto.atExit();
    expect(backups).toEqual([]);
    await advance(minute);
    auto.noteChange();
    await auto.atExit();
    expect(backups).toEqual([start + minute]);
  });

  it('makes none when turned off, and catches up when turned on again', async () => {
    const { auto, backups, advance, start, pending } = harness({ enabled: false });
    auto.noteChange();
    await advance(60 * minute);
    await auto.atExit();
    expect(backups).toEqual([]);
    expect(pending()).toBe(0);
    auto.setEnabled(true);
    await advance(0);
    expect(backups).toEqual([start + 60 * minute]);
  });

  it('after a failure keeps the change and tries again one spacing later, not at once', async () => {
    const { auto, backups, advance, start, setFailing } = harness({ failing: true });
    auto.noteChange();
    await advance(0);
    await advance(29 * minute);
    expect(backups).toEqual([]);
    setFailing(false);
    await advance(minute);
    expect(backups).toEqual([start + 30 * minute]);
  });
});
