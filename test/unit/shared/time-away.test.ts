import { describe, expect, it } from 'vitest';
import { hiddenAt, noTimeAway, shownAt, timeOnTask } from '../../../src/shared/time-away.ts';

const minute = 60_000;

describe('time on a task, less the time the window was hidden', () => {
  it('leaves out each hidden spell, and the one still going on', () => {
    let task = hiddenAt(noTimeAway, 2 * minute);
    // Hidden twice in a row (two events for one spell): the first time counts.
    task = hiddenAt(task, 3 * minute);
    task = shownAt(task, 12 * minute);
    expect(task).toEqual({ awayMs: 10 * minute, hiddenSince: null });
    expect(timeOnTask(0, task, 15 * minute)).toBe(5 * minute);
    const hiddenAgain = hiddenAt(task, 16 * minute);
    expect(timeOnTask(0, hiddenAgain, 20 * minute)).toBe(6 * minute);
  });

  it('counts a clock that went back as no time', () => {
    expect(shownAt(hiddenAt(noTimeAway, 10 * minute), 5 * minute).awayMs).toBe(0);
    expect(timeOnTask(10 * minute, noTimeAway, 5 * minute)).toBe(0);
  });

  it('returns a task shown all along as it is', () => {
    expect(shownAt(noTimeAway, minute)).toBe(noTimeAway);
    expect(timeOnTask(minute, noTimeAway, 3 * minute)).toBe(2 * minute);
  });
});
