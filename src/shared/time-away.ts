/**
 * Time the window was hidden while a task was open (the student had left the app): the spells that ended, and
 * the one going on (`hiddenSince`, null while the window is shown). A card's or a problem's time spent leaves
 * it out, as a drill's clock leaves out its pauses: the review log keeps that time and the Easy rating compares
 * it with the student's usual time.
 */
export interface TimeAway {
  awayMs: number;
  hiddenSince: number | null;
}

export const noTimeAway: TimeAway = { awayMs: 0, hiddenSince: null };

/** Hidden at `at`; a task already hidden keeps the spell it is in. */
export function hiddenAt<Task extends TimeAway>(task: Task, at: number): Task {
  return task.hiddenSince === null ? { ...task, hiddenSince: at } : task;
}

/** Shown again at `at`: the spell joins the time away (a clock that went back adds none). */
export function shownAt<Task extends TimeAway>(task: Task, at: number): Task {
  if (task.hiddenSince === null) return task;
  return { ...task, awayMs: task.awayMs + Math.max(0, at - task.hiddenSince), hiddenSince: null };
}

/**
 * Time on the task from `startedAt` to `at`, less the time away (a spell still going on counts up to `at`).
 * A clock that went back counts as none.
 */
export function timeOnTask(startedAt: number, task: TimeAway, at: number): number {
  return Math.max(0, at - startedAt - shownAt(task, at).awayMs);
}
