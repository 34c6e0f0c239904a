import { describe, expect, it } from 'vitest';
import {
  backupsToKeep,
  backupsToRemove,
  localCalendar,
  rotationPolicy,
  type Dated,
} from '../../../../src/shared/backup/rotation.ts';
import { mulberry32, randomIndex } from '../../../../src/shared/random.ts';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * A calendar written apart from rotation.ts: ISO date strings (`2026-12-02`) from Intl's en-CA format; a week is
 * named by its Monday and belongs to the month of its Thursday.
 */
function isoDates(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const known = new Map<number, { day: string; week: string; month: string }>();
  return (time: number) => {
    const cached = known.get(time);
    if (cached) return cached;
    const day = format.format(time);
    const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
    const noon = new Date(Date.UTC(year, month - 1, dayOfMonth, 12));
    const monday = new Date(noon.getTime() - ((noon.getUTCDay() + 6) % 7) * dayMs);
    const thursday = new Date(monday.getTime() + 3 * dayMs);
    const dates = { day, week: monday.toISOString().slice(0, 10), month: thursday.toISOString().slice(0, 7) };
    known.set(time, dates);
    return dates;
  };
}

function dayBefore(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

/**
 * The policy stated over sets, as the issue words it: everything from today and yesterday; the newest backup of
 * each of the 12 newest earlier days; then of each of the 10 newest weeks before the last of those days; then of
 * each of the 9 newest months before the last of those weeks.
 */
function expectedKept(backups: readonly Dated[], now: number, date: ReturnType<typeof isoDates>): Dated[] {
  const today = date(now).day;
  const yesterday = dayBefore(today);
  const newest = [...backups].sort((a, b) => b.createdAt - a.createdAt);
  const kept = newest.filter((backup) => date(backup.createdAt).day >= yesterday);
  let older = newest.filter((backup) => date(backup.createdAt).day < yesterday);
  for (const [unit, limit] of [
    ['day', rotationPolicy.daily],
    ['week', rotationPolicy.weekly],
    ['month', rotationPolicy.monthly],
  ] as const) {
    const newestOfEach = new Map<string, Dated>();
    for (const backup of older) {
      const key = date(backup.createdAt)[unit];
      if (!newestOfEach.has(key)) newestOfEach.set(key, backup);
    }
    const chosen = [...newestOfEach.values()].slice(0, limit);
    kept.push(...chosen);
    if (chosen.length < limit) break;
    const last = date(chosen.at(-1)!.createdAt);
    const next = unit === 'day' ? 'week' : 'month';
    older = older.filter((backup) => date(backup.createdAt)[next] < last[next]);
  }
  return kept;
}

describe('backup rotation', () => {
  it.each(['Asia/Shanghai', 'Europe/Berlin', 'America/Los_Angeles'])(
    'over 400 days of backups keeps exactly what the policy says, every day (%s)',
    (timeZone) => {
      const random = mulberry32(400);
      const start = Date.UTC(2026, 0, 1);
      let store: Dated[] = [];
      const made: Dated[] = [];
      let now = start;
      const date = isoDates(timeZone);
      for (let day = 0; day < 400; day++) {
        if (random() < 0.1) continue; // a day the app was not opened
        const sessions = 1 + randomIndex(random, 5);
        for (let session = 0; session < sessions; session++) {
          now = Math.max(now + 30 * 60_000, start + day * dayMs + randomIndex(random, 24) * hourMs);
          const backup = { id: `backup-${made.length}`, createdAt: now };
          made.push(backup);
          store.push(backup);
          // What BackupStore.save does after each write.
          const removed = new Set(backupsToRemove(store, now, timeZone));
          store = store.filter((kept) => !removed.has(kept));
        }
        const ids = (backups: readonly Dated[]) => backups.map((backup) => backup.id).sort();
        expect(ids(store), `day ${day}`).toEqual(ids(expectedKept(made, now, date)));
      }
      const older = store.filter((backup) => date(backup.createdAt).day < dayBefore(date(now).day));
      expect(older.length).toBe(rotationPolicy.daily + rotationPolicy.weekly + rotationPolicy.monthly);
      expect(backupsToKeep(store, now, timeZone)).toHaveLength(store.length);
    },
  );

  it('keeps everything from today and yesterday, even many backups a day', () => {
    const now = Date.UTC(2026, 11, 2, 10);
    const backups = Array.from({ length: 60 }, (_, index) => ({
      id: `b${index}`,
      createdAt: now - index * hourMs,
    }));
    const kept = backupsToKeep(backups, now, 'UTC');
    // 2 Dec 00:00–10:00 and all of 1 Dec: 35 backups; then the newest of 30 Nov (b35) and of 29 Nov (b59).
    expect(kept.map((backup) => backup.id)).toEqual(
      [...backups.slice(0, 36), backups[59]!].map((backup) => backup.id),
    );
    expect(backupsToRemove(backups, now, 'UTC')).toHaveLength(23);
  });

  it('orders equal times by id, whatever order the store lists them in', () => {
    const now = Date.UTC(2026, 11, 2, 10);
    const old = now - 3 * dayMs;
    const backups = [
      { id: 'a', createdAt: old },
      { id: 'b', createdAt: old },
    ];
    expect(backupsToKeep(backups, now, 'UTC')).toEqual([{ id: 'b', createdAt: old }]);
    expect(backupsToKeep([...backups].reverse(), now, 'UTC')).toEqual([{ id: 'b', createdAt: old }]);
  });

  it('reads days, Monday weeks and months in the local time zone', () => {
    const calendar = localCalendar('Asia/Shanghai');
    // Sunday 29 Nov 2026 23:30 and Monday 30 Nov 00:30 in Shanghai (UTC+8).
    const sunday = calendar(Date.UTC(2026, 10, 29, 15, 30));
    const monday = calendar(Date.UTC(2026, 10, 29, 16, 30));
    expect(monday.day - sunday.day).toBe(1);
    expect(monday.week - sunday.week).toBe(1);
    // Tuesday 1 Dec is in the week of Thursday 3 Dec: December. Thursday 1 Oct's week (from Monday 28 Sep) too.
    expect(calendar(Date.UTC(2026, 11, 1, 4)).month - calendar(Date.UTC(2026, 10, 20)).month).toBe(1);
    expect(calendar(Date.UTC(2026, 8, 28, 4)).month).toBe(calendar(Date.UTC(2026, 9, 1, 4)).month);
    expect(localCalendar('UTC')(0)).toEqual({ day: 0, week: 0, month: 0 });
    expect(() => localCalendar('Mars/Olympus')).toThrow(RangeError);
  });
});
