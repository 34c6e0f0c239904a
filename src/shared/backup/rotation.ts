/**
 * Which backups to keep (Anki's policy): every backup made today or yesterday, then the newest backup of each
 * of the 12 days before them that have one, then of each of the 10 weeks before those, then of each of the 9
 * months before those. Days, weeks (Monday to Sunday) and months are the student's local calendar in
 * `timeZone` (an IANA name such as `Asia/Shanghai`), passed in so that the rule is pure and testable.
 *
 * A week belongs to the month its Thursday falls in (as ISO 8601 gives a week to a year), so a month is made of
 * whole weeks. That makes the rule the same whether it runs once over every backup ever made or after every
 * save: the newest backup of a month is then always the newest of its week, which the weekly step kept. (With
 * calendar months, a week across a month's end loses its older backups, and one of them may later be wanted as
 * its month's newest.)
 */
export const rotationPolicy = { daily: 12, weekly: 10, monthly: 9 } as const;

export interface Dated {
  id: string;
  createdAt: number;
}

/** The backups the policy keeps at `now`, newest first; the rest may be removed. */
export function backupsToKeep<Backup extends Dated>(
  backups: readonly Backup[],
  now: number,
  timeZone: string,
): Backup[] {
  const calendar = localCalendar(timeZone);
  const yesterday = calendar(now).day - 1;
  const remaining = { ...rotationPolicy };
  // The last kept backup's day, week and month: an older one is kept only in an earlier day, week or month.
  let last = { day: Infinity, week: Infinity, month: Infinity };
  const kept: Backup[] = [];
  for (const backup of newestFirst(backups)) {
    const date = calendar(backup.createdAt);
    let keep: boolean;
    if (date.day >= yesterday) keep = true;
    else if (remaining.daily > 0) keep = date.day < last.day && remaining.daily-- > 0;
    else if (remaining.weekly > 0) keep = date.week < last.week && remaining.weekly-- > 0;
    else if (remaining.monthly > 0) keep = date.month < last.month && remaining.monthly-- > 0;
    else keep = false;
    if (!keep) continue;
    kept.push(backup);
    last = date;
  }
  return kept;
}

/** The backups the policy no longer keeps at `now`. */
export function backupsToRemove<Backup extends Dated>(
  backups: readonly Backup[],
  now: number,
  timeZone: string,
): Backup[] {
  const kept = new Set(backupsToKeep(backups, now, timeZone));
  return backups.filter((backup) => !kept.has(backup));
}

/** Newest first; equal times by id, so the choice never depends on the order they were listed in. */
export function newestFirst<Backup extends Dated>(backups: readonly Backup[]): Backup[] {
  return [...backups].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export interface LocalDate {
  /** Days since 1970-01-01 in the local calendar. */
  day: number;
  /** Weeks since the week (Monday to Sunday) of 1970-01-01. */
  week: number;
  /** Months since January 1970, of the week's Thursday (see above). */
  month: number;
}

/**
 * The local calendar date of a moment in `timeZone`, as day, week and month numbers. Throws a RangeError for a
 * time zone Intl does not know.
 */
export function localCalendar(timeZone: string): (time: number) => LocalDate {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  return (time) => {
    const parts = Object.fromEntries(format.formatToParts(time).map((part) => [part.type, part.value]));
    const day = Math.floor(
      Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / 86_400_000,
    );
    // 1970-01-01 was a Thursday: day 0 is the fourth day (index 3) of week 0, whose Thursday is day 7 × week.
    const week = Math.floor((day + 3) / 7);
    const thursday = new Date(week * 7 * 86_400_000);
    return { day, week, month: (thursday.getUTCFullYear() - 1970) * 12 + thursday.getUTCMonth() };
  };
}
