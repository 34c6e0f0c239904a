import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import { type ExamPlan, examPlanSteps } from '../../../shared/srs/exam-plan.ts';
import { dayOfDate, studyDay } from '../../../shared/srs/study-day.ts';
import type { TodayNumbers } from '../../../shared/srs/today.ts';
import { storedDecks } from '../../lib/db/decks.ts';
import { deckCards, examDays, savePlan, setExamDay, storedPlans } from '../../lib/db/exam-plans.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';
import { loadToday } from '../../lib/db/today.ts';
import type { SchedulingSource } from '../../lib/scheduling.svelte.ts';
import { runInSlices } from '../../lib/slices.ts';
import { TodayProgress } from './today-progress.svelte.ts';

export interface TodayStoreDependencies {
  database: DeepDrillDatabase;
  /** The settings in force (limits, the day's start hour), through their scheduler. */
  scheduling: SchedulingSource;
  clock: () => number;
}

/** A deck as Today names it. */
export interface TodayDeck {
  id: string;
  title: LocalizedText;
}

/** One deck's line on Today, with its title. */
export interface TodayDeckLine {
  deck: TodayDeck;
  learning: number;
  reviews: number;
  fresh: number;
}

/** A deck's exam: its study day, and its plan once made (null while it is being made). */
export interface TodayExam {
  examDay: number;
  plan: ExamPlan | null;
}

/**
 * The Today screen's numbers for every stored deck, built-in and imported, read again each time the screen
 * is shown (a session or an import changes them), and each deck's exam plan. A plan is kept for the day it
 * was made (lib/db/exam-plans.ts) and made again on a new day or a new date, in slices (runInSlices), so the
 * second it can take never freezes the window; its cards for today join the queue as early reviews.
 */
export class TodayStore {
  numbers = $state.raw<TodayNumbers | null>(null);
  decks = $state.raw<TodayDeck[]>([]);
  exams = $state.raw<Record<string, TodayExam>>({});
  /** A refused exam date: the deck, and the scheduling layer's code (EXAM_NOT_AHEAD). */
  examProblem = $state.raw<{ deckId: string; code: 'EXAM_NOT_AHEAD' } | null>(null);

  /**
   * The small forecast and streak under the decks (TodayForecast.svelte), from the rows read for the numbers.
   * Made with the store, not on first read: state created while a component renders would not update it.
   */
  readonly progress = new TodayProgress();

  constructor(private readonly dependencies: TodayStoreDependencies) {}

  get lines(): TodayDeckLine[] {
    return (this.numbers?.decks ?? []).flatMap((line) => {
      const deck = this.decks.find((each) => each.id === line.deckId);
      return deck ? [{ ...line, deck }] : [];
    });
  }

  /** Cards to study today over every deck: zero means the empty state. */
  get total(): number {
    return this.lines.reduce((sum, line) => sum + line.learning + line.reviews + line.fresh, 0);
  }

  /** The study day of now, under the settings in force. */
  get today(): number {
    return studyDay(this.dependencies.clock(), this.dependencies.scheduling.scheduler.settings);
  }

  load = async (): Promise<void> => {
    const { database } = this.dependencies;
    this.decks = (await storedDecks(database)).map(({ id, title }) => ({ id, title }));
    await this.#readNumbers();
    if (await this.#plan()) await this.#readNumbers();
  };

  /**
   * Sets a deck's exam date from a date field's value (`2027-01-12`; empty clears it). A date that is not
   * after today is refused (the date stays as it was).
   */
  setExamDate = async (deckId: string, value: string): Promise<void> => {
    const { database } = this.dependencies;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const examDay = match ? dayOfDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
    if (examDay !== null && examDay <= this.today) {
      this.examProblem = { deckId, code: 'EXAM_NOT_AHEAD' };
      return;
    }
    this.examProblem = null;
    await storageStatus.write(() => setExamDay(database, deckId, examDay));
    await this.load();
  };

  async #readNumbers(): Promise<void> {
    const { database, scheduling, clock } = this.dependencies;
    const deckIds = this.decks.map((deck) => deck.id);
    const settings = scheduling.scheduler.settings;
    const now = clock();
    const read = await loadToday(database, deckIds, now, settings);
    this.numbers = read.numbers;
    const dayOf = (time: number) => studyDay(time, settings);
    this.progress.show({ ...read, dayOf, today: dayOf(now) }, this.#examDays());
  }

  /** The exam days of the decks shown, marked on the small forecast. */
  #examDays(): number[] {
    return Object.values(this.exams).map((exam) => exam.examDay);
  }

  /**
   * Shows each deck's plan, making those that are missing or stale; true when one was made (today's
   * queue then changes). An exam already past is not planned.
   */
  async #plan(): Promise<boolean> {
    const { database, scheduling, clock } = this.dependencies;
    const [days, plans] = await Promise.all([examDays(database), storedPlans(database)]);
    const today = this.today;
    const exams: Record<string, TodayExam> = {};
    const stale: string[] = [];
    for (const [deckId, examDay] of Object.entries(days)) {
      if (examDay <= today || !this.decks.some((deck) => deck.id === deckId)) continue;
      const stored = plans[deckId];
      const fresh = stored?.madeOn === today && stored.plan.examDay === examDay;
      exams[deckId] = { examDay, plan: fresh ? stored.plan : null };
      if (!fresh) stale.push(deckId);
    }
    this.exams = exams;
    this.progress.markExams(this.#examDays());
    for (const deckId of stale) {
      const examDay = exams[deckId]!.examDay;
      const cards = await deckCards(database, deckId);
      const now = clock();
      const plan = await runInSlices(examPlanSteps(scheduling.scheduler, cards, examDay, now));
      await storageStatus.write(() => savePlan(database, deckId, { madeOn: today, plan })).catch(() => {});
      this.exams = { ...this.exams, [deckId]: { examDay, plan } };
    }
    return stale.length > 0;
  }
}
