import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { Grade, Problem, Solution } from '../../../shared/problems/problem.ts';
import { ratingForOutcome, usualTimeMs } from '../../../shared/srs/answer-rating.ts';
import type { Rating } from '../../../shared/srs/review-log.ts';
import { latestCredits, saveAttempt } from '../../lib/db/attempts.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { itemReviewLogs } from '../../lib/db/review-session.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';
import type { SchedulingSource } from '../../lib/scheduling.svelte.ts';
import { practiceMessages } from './messages.ts';
import { UsualMistakesStore } from './usual-mistakes.svelte.ts';
import { type PracticeChoice, problemOf } from '../../../shared/problems/skills.ts';
import {
  type PracticeSession,
  practiceAttempt,
  practiceOutcome,
  practiceStep,
  startSession,
} from './practice-session.ts';

export interface PracticeStoreDependencies {
  database: DeepDrillDatabase;
  /**
   * The student's settings in force, through their scheduler, read when a problem is finished (as Review
   * reads them when a card is graded), so a change made on the Settings screen schedules the next attempt.
   */
  scheduling: SchedulingSource;
  /** The problems to choose from: the homework's and each template's (src/shared/problems/skills.ts). */
  choices: readonly PracticeChoice[];
  /** Milliseconds since the epoch (Date.now in the app, a fake clock in tests). */
  clock: () => number;
  /** A fresh variant's seed (crypto in the app, fixed in tests). */
  newSeed: () => number;
  /** How long typing must pause before the answers are graded again. */
  gradeDelayMs: number;
}

/** A finished problem: its grade and, when it was a scheduled review, the rating and the next due date. */
export interface PracticeResult {
  grade: Grade;
  rating: Rating | null;
  due: number | null;
}

/**
 * One problem answered at a time (store-as-class, as the review's): the pure session of practice-session.ts,
 * its grade (the template's, redone shortly after each pause in typing), hints, the solution, and finishing,
 * which saves the attempt and schedules the skill in one transaction (lib/db/attempts.ts). The Practice screen
 * keeps one, and the Review screen another for the problem cards of its queue.
 */
export class PracticeStore {
  session = $state.raw<PracticeSession | null>(null);
  grade = $state.raw<Grade | null>(null);
  result = $state.raw<PracticeResult | null>(null);
  /** The latest attempt's credit of each skill, for the list. */
  credits = $state.raw<Readonly<Record<string, number>>>({});
  problem = $state.raw<{ message: LocalizedText; detail: string } | null>(null);

  #choice: PracticeChoice | null = null;
  /** A review from the Review screen's queue is always scheduled; free practice only when the skill is due. */
  #review = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #busy = false;

  /**
   * "Your usual mistakes here" for the template being worked (UsualMistakes.svelte). Made with the store, not
   * on first read: state created while a component renders would not update it.
   */
  readonly usualMistakes: UsualMistakesStore;

  constructor(private readonly dependencies: PracticeStoreDependencies) {
    this.usualMistakes = new UsualMistakesStore(dependencies.database);
  }

  get choices(): readonly PracticeChoice[] {
    return this.dependencies.choices;
  }

  get choice(): PracticeChoice | null {
    return this.session ? this.#choice : null;
  }

  /** The worked solution, once asked for. */
  get solution(): Solution | null {
    const session = this.session;
    if (!session?.solutionShown || !this.#choice) return null;
    return this.#choice.template.solve(session.problem);
  }

  /** The true answers (the grid's per-cell verdicts before the whole grid is filled). */
  get answers(): Solution['answers'] | null {
    return this.session && this.#choice ? this.#choice.template.solve(this.session.problem).answers : null;
  }

  loadCredits = async (): Promise<void> => {
    const itemIds = this.dependencies.choices.map((choice) => choice.itemId);
    this.credits = Object.fromEntries(await latestCredits(this.dependencies.database, itemIds));
  };

  /**
   * Shows a problem of the skill `itemId`: the homework's own numbers, or a fresh variant of a template.
   * `review` says it comes from the review queue, so finishing always grades its card.
   */
  open = (itemId: string, review = false): Problem => {
    const choice = this.dependencies.choices.find((each) => each.itemId === itemId);
    if (!choice) throw new Error(`no practice problem for item ${itemId}`);
    this.#cancelGrading();
    this.#choice = choice;
    this.#review = review;
    const problem = problemOf(choice, this.dependencies.newSeed());
    this.session = startSession(itemId, problem, this.dependencies.clock());
    this.grade = null;
    this.result = null;
    this.problem = null;
    return problem;
  };

  /** Back to the list. */
  close = (): void => {
    this.#cancelGrading();
    this.session = null;
    this.grade = null;
    this.result = null;
    this.problem = null;
  };

  newVariant = (): void => {
    if (this.session) this.open(this.session.itemId, this.#review);
  };

  type = (field: string, text: string): void => {
    this.#step({ kind: 'type', field, text });
    this.#gradeSoon();
  };

  typeCell = (field: string, row: number, column: number, text: string): void => {
    this.#step({ kind: 'type-cell', field, row, column, text });
    this.#gradeSoon();
  };

  hint = (): void => this.#step({ kind: 'hint' });

  /**
   * The window was hidden (the student left the app) or shown again: the time between is left out of the
   * time spent on the open problem (practice-session.ts), so a problem left open over lunch is not slow.
   */
  windowHidden = (): void => this.#step({ kind: 'hide', at: this.dependencies.clock() });

  windowShown = (): void => this.#step({ kind: 'show', at: this.dependencies.clock() });

  showSolution = (): void => this.#step({ kind: 'solution' });

  /**
   * Grades what is typed now, saves the attempt and (when it is a scheduled review) grades the skill by
   * answer-rating.ts. A failed save leaves the session open, its answers kept, to finish again.
   */
  finish = async (): Promise<void> => {
    const session = this.session;
    const choice = this.#choice;
    if (!session || !choice || session.finishedAt !== null || this.#busy) return;
    this.#busy = true;
    try {
      this.#cancelGrading();
      const grade = choice.template.grade(session.problem, session.answers);
      const { database, scheduling, clock } = this.dependencies;
      const finished = practiceStep(session, { kind: 'finish', at: clock() });
      const scheduled = this.#review || (await this.#isDue(session.itemId, finished.finishedAt!));
      const usualMs = usualTimeMs(session.itemId, await itemReviewLogs(database, session.itemId));
      const rating = scheduled ? ratingForOutcome(practiceOutcome(finished, grade, usualMs)) : null;
      const graded = await storageStatus.write(() =>
        saveAttempt(database, scheduling.scheduler, practiceAttempt(finished, grade, rating)),
      );
      this.session = finished;
      this.grade = grade;
      this.result = { grade, rating, due: graded?.card.due ?? null };
      this.problem = null;
      await this.loadCredits();
    } catch (error) {
      this.problem = {
        message: practiceMessages.saveFailed,
        detail: error instanceof Error ? error.message : String(error),
      };
    } finally {
      this.#busy = false;
    }
  };

  /** Grades at once what is typed (the debounce's end; tests call it instead of waiting). */
  gradeNow = (): void => {
    this.#cancelGrading();
    const session = this.session;
    if (session && this.#choice && session.finishedAt === null)
      this.grade = this.#choice.template.grade(session.problem, session.answers);
  };

  #step(event: Parameters<typeof practiceStep>[1]): void {
    if (this.session) this.session = practiceStep(this.session, event);
  }

  #gradeSoon(): void {
    this.#cancelGrading();
    this.#timer = setTimeout(this.gradeNow, this.dependencies.gradeDelayMs);
  }

  #cancelGrading(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Free practice reviews its skill only when the skill's card is due: a second variant the same day is extra. */
  async #isDue(itemId: string, now: number): Promise<boolean> {
    const card = await this.dependencies.database.cards.get(itemId);
    return card !== undefined && !card.suspended && card.due <= now;
  }
}
