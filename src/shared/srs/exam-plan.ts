import type { ReviewCard } from './card.ts';
import { isLearning } from './queue.ts';
import type { Scheduler } from './scheduler.ts';
import { SrsError, checkTime } from './srs-error.ts';
import { dayStart, nextDayStart, studyDay } from './study-day.ts';

/** The cards planned for one study day before the exam. */
export interface PlanDay {
  day: number;
  cardIds: string[];
}

/**
 * The plan for an exam: every study day from today to the day before the exam, with its cards. `perDay` is
 * the share of one day, the total spread evenly (rounded up): "N cards a day until 12 January".
 */
export interface ExamPlan {
  examDay: number;
  days: PlanDay[];
  total: number;
  perDay: number;
  /** Cards that stay below the desired retention even when reviewed every day until the exam. */
  unreachable: string[];
}

/**
 * Plans the reviews of `cards` (one deck's, suspended ones left out) so that each one's predicted recall on
 * the exam morning (the start of study day `examDay`) is at least the scheduler's desired retention, assuming
 * every planned review is graded Good. The plan holds FSRS's own reviews due before the exam, and adds early
 * reviews for cards FSRS would bring back only after it while their recall on the exam morning would be too
 * low ("at risk").
 *
 * Spreading: the plan simulates day by day under a daily capacity and keeps the smallest capacity with which
 * every card ends at or above the retention. Each day takes first the cards at risk that must start today
 * (latestStart), then fills up to the capacity with the other cards at risk (the most urgent first), then
 * with the due ones (most overdue first). Filling every day keeps the days even, so the work does not pile up
 * on the eve of the exam. A planned review happens at the start of its day (today: now); a card in its
 * learning steps takes them all that day, and counts once.
 */
export function planForExam(
  scheduler: Scheduler,
  cards: readonly ReviewCard[],
  examDay: number,
  now: number,
): ExamPlan {
  const steps = examPlanSteps(scheduler, cards, examDay, now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * planForExam as a generator that pauses after each card it works on (at most a few dozen gradings), so a
 * screen can run it in slices between frames: a plan of 200 cards takes about a second in 10,000 to 30,000
 * steps, nearly all far below a millisecond.
 * The value of the finished generator is the plan.
 */
export function* examPlanSteps(
  scheduler: Scheduler,
  cards: readonly ReviewCard[],
  examDay: number,
  now: number,
): Generator<void, ExamPlan, void> {
  checkTime(now, 'now');
  const today = studyDay(now, scheduler.settings);
  if (!Number.isInteger(examDay) || examDay <= today)
    throw new SrsError('EXAM_NOT_AHEAD', `exam day ${examDay} is not after today (day ${today})`);
  const planned = cards.filter((card) => !card.suspended);
  const dayCount = examDay - today;
  const atRiskNow = planned.filter((card) => atRisk(scheduler, card, examDay)).length;
  const hopeless = new Set<string>();
  for (const card of planned) {
    if (!dailyRunSaves(scheduler, card, examDay, now)) hopeless.add(card.id);
    yield;
  }
  const attempt = yield* smallestCapacity(
    (capacity) => simulate(scheduler, planned, hopeless, examDay, now, capacity),
    Math.max(1, Math.ceil(atRiskNow / dayCount)),
    Math.max(1, planned.length),
  );
  const total = attempt.days.reduce((sum, day) => sum + day.cardIds.length, 0);
  return {
    examDay,
    days: attempt.days,
    total,
    perDay: Math.ceil(total / dayCount),
    unreachable: [...hopeless, ...attempt.missed],
  };
}

interface Attempt {
  days: PlanDay[];
  missed: string[];
  overloaded: boolean;
}

type Steps<Value> = Generator<void, Value, void>;

const succeeded = (attempt: Attempt) => !attempt.overloaded && attempt.missed.length === 0;

/**
 * The run with the smallest capacity in [low, high] that succeeds, found by doubling and then halving (a
 * larger capacity only ever adds room, so success is taken as monotonic; whatever is returned is a run that
 * was simulated, never a guess). With no success, the run at `high`: every card every day.
 */
function* smallestCapacity(
  run: (capacity: number) => Steps<Attempt>,
  low: number,
  high: number,
): Steps<Attempt> {
  let failed = low - 1;
  let capacity = Math.min(low, high);
  let best = yield* run(capacity);
  while (!succeeded(best) && capacity < high) {
    failed = capacity;
    capacity = Math.min(high, capacity * 2);
    best = yield* run(capacity);
  }
  if (!succeeded(best)) return best;
  let succeededAt = capacity;
  while (succeededAt - failed > 1) {
    const middle = Math.floor((failed + succeededAt) / 2);
    const attempt = yield* run(middle);
    if (succeeded(attempt)) [best, succeededAt] = [attempt, middle];
    else failed = middle;
  }
  return best;
}

/** Whether reviewing the card every day from now until the exam brings it to the retention. */
function dailyRunSaves(scheduler: Scheduler, card: ReviewCard, examDay: number, now: number): boolean {
  let reviewed = card;
  for (let day = studyDay(now, scheduler.settings); day < examDay; day++) {
    reviewed = reviewGood(scheduler, reviewed, Math.max(now, dayStart(day, scheduler.settings)));
  }
  return !atRisk(scheduler, reviewed, examDay);
}

/** Whether the card's predicted recall at the start of `examDay` is below the desired retention. */
export function atRisk(scheduler: Scheduler, card: ReviewCard, examDay: number): boolean {
  const examStart = dayStart(examDay, scheduler.settings);
  return scheduler.recall(card, examStart) < scheduler.settings.desiredRetention;
}

/**
 * A review graded Good at `at`, followed by the card's remaining (re)learning steps, each Good, as long as
 * they fall on the same study day: what one planned card on one day does.
 */
export function reviewGood(scheduler: Scheduler, card: ReviewCard, at: number): ReviewCard {
  const endOfDay = nextDayStart(at, scheduler.settings);
  let reviewed = scheduler.grade(card, 'good', at, 0).card;
  while (isLearning(reviewed) && reviewed.due < endOfDay) {
    reviewed = scheduler.grade(reviewed, 'good', reviewed.due, 0).card;
  }
  return reviewed;
}

/** Longer runs of daily reviews are not tried: a card that needs more is simply the most urgent. */
const longestRun = 7;

/**
 * The last day a card at risk can start a run of daily reviews (one each day until the exam) and still reach
 * the retention: the exam day minus the shortest such run. A card that no run of up to `longestRun` days
 * saves must start on `day` itself.
 */
function latestStart(
  scheduler: Scheduler,
  card: ReviewCard,
  examDay: number,
  day: number,
  now: number,
): number {
  const settings = scheduler.settings;
  for (let run = 1; run <= Math.min(longestRun, examDay - day); run++) {
    let reviewed = card;
    for (let runDay = examDay - run; runDay < examDay; runDay++) {
      reviewed = reviewGood(scheduler, reviewed, Math.max(now, dayStart(runDay, settings)));
    }
    if (!atRisk(scheduler, reviewed, examDay)) return examDay - run;
  }
  return day;
}

/**
 * One day-by-day run under `capacity`. Hopeless cards (no daily run saves them) are reviewed only when a day
 * has room left and are not counted as missed. `overloaded`: some day had more cards that must start than
 * the capacity; `missed`: cards still at risk at the end.
 */
function* simulate(
  scheduler: Scheduler,
  cards: readonly ReviewCard[],
  hopeless: ReadonlySet<string>,
  examDay: number,
  now: number,
  capacity: number,
): Steps<Attempt> {
  const settings = scheduler.settings;
  const state = new Map(cards.map((card) => [card.id, card]));
  const today = studyDay(now, settings);
  const days: PlanDay[] = [];
  const starts = new Map<string, { card: ReviewCard; start: number }>();
  for (let day = today; day < examDay; day++) {
    const at = day === today ? now : dayStart(day, settings);
    const endOfDay = dayStart(day + 1, settings);
    const risky: { card: ReviewCard; start: number }[] = [];
    const due: ReviewCard[] = [];
    for (const card of state.values()) {
      if (!atRisk(scheduler, card, examDay)) {
        if (card.due < endOfDay) due.push(card);
      } else if (hopeless.has(card.id)) risky.push({ card, start: examDay });
      else {
        // A card not reviewed since keeps its latest start while that is still ahead.
        const known = starts.get(card.id);
        const start =
          known?.card === card && known.start > day
            ? known.start
            : latestStart(scheduler, card, examDay, day, at);
        starts.set(card.id, { card, start });
        risky.push({ card, start });
      }
      yield;
    }
    risky.sort((a, b) => a.start - b.start || a.card.position - b.card.position);
    if (risky.filter((entry) => entry.start <= day).length > capacity)
      return { days, missed: [], overloaded: true };
    due.sort((a, b) => a.due - b.due || a.position - b.position);
    const chosen = [...risky.map((entry) => entry.card), ...due].slice(0, capacity);
    for (const card of chosen) {
      state.set(card.id, reviewGood(scheduler, card, at));
      yield;
    }
    days.push({ day, cardIds: chosen.map((card) => card.id) });
  }
  const missed = [...state.values()]
    .filter((card) => !hopeless.has(card.id) && atRisk(scheduler, card, examDay))
    .map((card) => card.id);
  return { days, missed, overloaded: false };
}
