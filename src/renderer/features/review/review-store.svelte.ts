import type { Deck } from '../../../shared/deck/deck.ts';
import type { McqItem } from '../../../shared/deck/item.ts';
import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import { ratingForMcq, shareRight, usualTimeMs } from '../../../shared/srs/answer-rating.ts';
import type { ReviewCard } from '../../../shared/srs/card.ts';
import type { Rating } from '../../../shared/srs/review-log.ts';
import type { NextReview } from '../../../shared/srs/scheduler.ts';
import { studyDay } from '../../../shared/srs/study-day.ts';
import { buryCard, setFlagged, setSuspended } from '../../lib/db/browse.ts';
import { loadAllDecks } from '../../lib/db/decks.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { itemReviewLogs, loadSessionCards } from '../../lib/db/review-session.ts';
import { gradeCard, undoLastGrading } from '../../lib/db/reviews.ts';
import { storageStatus } from '../../lib/db/storage-status.svelte.ts';
import type { SchedulingSource } from '../../lib/scheduling.svelte.ts';
import { type ReviewItem, reviewItems } from './card-sides.ts';
import { reviewMessages } from './messages.ts';
import { type ReviewAction, type ReviewKeyInput, type ReviewPhase, reviewKeyAction } from './review-keys.ts';
import { sessionQueue } from './session-queue.ts';
import { hiddenAt, noTimeAway, shownAt, timeOnTask, type TimeAway } from '../../../shared/time-away.ts';

export interface ReviewStoreDependencies {
  database: DeepDrillDatabase;
  /** The settings in force, through their scheduler (read at each grading: Settings may change them). */
  scheduling: SchedulingSource;
  /** Milliseconds since the epoch (Date.now in the app, a fake clock in tests). */
  clock: () => number;
}

/** How many cards are left today, by kind (the progress line). */
export interface ReviewLeft {
  fresh: number;
  learning: number;
  reviews: number;
}

/** A multiple-choice card once checked: what was chosen, whether it was right, and the rating it gave. */
export interface McqOutcome {
  chosen: string[];
  right: boolean;
  rating: Rating;
  next: NextReview;
}

/**
 * The review screen's state (store-as-class, as the drill's): today's queue of every stored deck (or of the
 * one deck `scope` names), the card shown and its side, the four buttons' intervals, and undo. Scheduling is src/shared/srs's; every grading and undo is
 * one transaction of lib/db/reviews.ts. The queue is read again from the database after each, so what the
 * screen shows is always what is stored.
 */
export class ReviewStore {
  phase = $state<ReviewPhase>('loading');
  card = $state.raw<ReviewCard | null>(null);
  left = $state.raw<ReviewLeft>({ fresh: 0, learning: 0, reviews: 0 });
  /** When each button would bring the card back (Scheduler.preview), while the answer is shown. */
  preview = $state.raw<Record<Rating, NextReview> | null>(null);
  /** The options chosen on a multiple-choice card, in option order. */
  chosen = $state.raw<string[]>([]);
  outcome = $state.raw<McqOutcome | null>(null);
  /** Gradings made in this session (less those undone). */
  reviewed = $state(0);
  canUndo = $state(false);
  /** Counts the cards shown, so a view that keeps its own state (a problem) starts afresh on each one. */
  shown = $state(0);
  problem = $state.raw<{ message: LocalizedText; detail: string } | null>(null);
  /** The deck this session reviews, or null for every deck; set before the screen is shown (Today does). */
  scope = $state<string | null>(null);
  /** The stored decks, read at the start of each session (an import adds one). */
  decks = $state.raw<Deck[]>([]);

  #shownAt = 0;
  /** The time the window was hidden while this card was shown: left out of its time spent. */
  #away: TimeAway = noTimeAway;
  #usualMs: number | null = null;
  #busy = false;
  #items = reviewItems([]);

  constructor(private readonly dependencies: ReviewStoreDependencies) {}

  /** The deck `scope` names, when it is stored. */
  get scopeDeck(): Deck | null {
    return this.decks.find((deck) => deck.id === this.scope) ?? null;
  }

  get item(): ReviewItem | null {
    return this.card ? (this.#items.get(this.card.itemId) ?? null) : null;
  }

  get leftTotal(): number {
    return this.left.fresh + this.left.learning + this.left.reviews;
  }

  /** Starts a session: the stored decks, today's queue, its first card on its question side. */
  start = (): Promise<void> =>
    this.#exclusive(async () => {
      this.reviewed = 0;
      this.canUndo = false;
      this.problem = null;
      this.phase = 'loading';
      this.decks = await loadAllDecks(this.dependencies.database);
      this.#items = reviewItems(this.decks);
      await this.#show();
    });

  /** Reviews every deck from here on (after a session of one deck). */
  widen = async (): Promise<void> => {
    this.scope = null;
    await this.start();
  };

  reveal = (): void => {
    const kind = this.item?.kind;
    if (this.phase !== 'question' || !this.card || kind === 'mcq' || kind === 'problem') return;
    this.preview = this.dependencies.scheduling.scheduler.preview(this.card, this.dependencies.clock());
    this.phase = 'answer';
  };

  /** Chooses an option: a single-answer question takes one, a multiple-answer one toggles it. */
  choose = (letter: string): void => {
    const item = this.item;
    if (this.phase !== 'question' || item?.kind !== 'mcq') return;
    if (!item.options.some((option) => option.letter === letter)) return;
    const picked = item.answer.length > 1 ? toggle(this.chosen, letter) : [letter];
    this.chosen = item.options.map((option) => option.letter).filter((each) => picked.includes(each));
  };

  /** Checks a multiple-choice answer and grades it by answer-rating.ts (PRODUCT.md, Grading → FSRS). */
  check = (): Promise<void> =>
    this.#exclusive(async () => {
      const item = this.item;
      if (this.phase !== 'question' || item?.kind !== 'mcq' || this.chosen.length === 0) return;
      const now = this.dependencies.clock();
      const spentMs = this.#spentMs(now);
      const chosen = this.chosen;
      const rating = ratingForMcq(item, chosen, spentMs, this.#usualMs);
      const graded = await this.#grade(rating, now, spentMs);
      if (!graded) return;
      const next = { due: graded.due, intervalMs: graded.due - now };
      this.outcome = { chosen, right: shareRight(item, chosen) === 1, rating, next };
      this.phase = 'checked';
    });

  grade = (rating: Rating): Promise<void> =>
    this.#exclusive(async () => {
      if (this.phase !== 'answer') return;
      const now = this.dependencies.clock();
      if (await this.#grade(rating, now, this.#spentMs(now))) await this.#show();
    });

  /**
   * After a problem card was finished in the practice view (which saved its attempt and graded its card in
   * one transaction): the next card. That grading cannot be undone here, the attempt being stored with it.
   */
  problemDone = (): Promise<void> =>
    this.#exclusive(async () => {
      if (this.phase !== 'question' || this.item?.kind !== 'problem') return;
      this.reviewed += 1;
      this.canUndo = false;
      await this.#show();
    });

  /** After a checked multiple-choice card: the next card. */
  next = (): Promise<void> =>
    this.#exclusive(async () => {
      if (this.phase === 'checked') await this.#show();
    });

  /** Undoes the last grading made on the review screen and shows that card again, question side up. */
  undo = (): Promise<void> =>
    this.#exclusive(async () => {
      if (!this.canUndo) return;
      const { database } = this.dependencies;
      const scheduler = this.dependencies.scheduling.scheduler;
      try {
        const undone = await storageStatus.write(() => undoLastGrading(database, scheduler));
        if (undone) this.reviewed = Math.max(0, this.reviewed - 1);
        this.canUndo = this.reviewed > 0;
        await this.#show(undone?.card);
      } catch (error) {
        this.#report(error);
      }
    });

  /** A key on the review screen; true when it did something (the caller then stops the browser's default). */
  key = (input: ReviewKeyInput): boolean => {
    const item = this.item;
    // A problem card's keys are the practice view's (Enter, Ctrl+Enter, H, S).
    if (item?.kind === 'problem') return false;
    const letters = item?.kind === 'mcq' ? item.options.map((option) => option.letter) : null;
    const action = reviewKeyAction(input, this.phase, letters);
    if (action === null) return false;
    void this.act(action);
    return true;
  };

  act = async (action: ReviewAction): Promise<void> => {
    if (action.kind === 'reveal') this.reveal();
    else if (action.kind === 'choose') this.choose(action.letter);
    else if (action.kind === 'check') await this.check();
    else if (action.kind === 'grade') await this.grade(action.rating);
    else if (action.kind === 'next') await this.next();
    else if (action.kind === 'bury') await this.bury();
    else if (action.kind === 'suspend') await this.suspend();
    else if (action.kind === 'flag') await this.flag();
    else await this.undo();
  };

  /** Buries the card shown until tomorrow (Anki's `-`) and shows the next one. */
  bury = (): Promise<void> =>
    this.#changeCard((card, database) => {
      const settings = this.dependencies.scheduling.scheduler.settings;
      return buryCard(database, card.id, this.dependencies.clock(), settings);
    }, true);

  /** Suspends the card shown (Anki's `@`; Browse unsuspends it) and shows the next one. */
  suspend = (): Promise<void> =>
    this.#changeCard((card, database) => setSuspended(database, card.id, true), true);

  /** Flags or unflags the card shown; it stays on screen. */
  flag = (): Promise<void> =>
    this.#changeCard((card, database) => setFlagged(database, card.id, !card.flagged), false);

  /**
   * Writes a change to the card shown (one at a time, through storageStatus), then shows the next card
   * (`moveOn`) or the card as changed. A failed write is reported and changes nothing.
   */
  #changeCard(
    write: (card: ReviewCard, database: DeepDrillDatabase) => Promise<ReviewCard>,
    moveOn: boolean,
  ): Promise<void> {
    return this.#exclusive(async () => {
      const card = this.card;
      if (!card || this.phase === 'loading' || this.phase === 'done') return;
      let changed: ReviewCard;
      try {
        changed = await storageStatus.write(() => write(card, this.dependencies.database));
      } catch (error) {
        this.#report(error, reviewMessages.changeFailed);
        return;
      }
      this.problem = null;
      if (moveOn) await this.#show();
      else this.card = changed;
    });
  }

  /** The card's MCQ item, for the template (null for a flashcard). */
  get mcq(): McqItem | null {
    const item = this.item;
    return item?.kind === 'mcq' ? item : null;
  }

  /**
   * Runs one grading, undo or move at a time: a key pressed while the last one is still being saved is
   * dropped, so a quick double press can never grade the same card twice.
   */
  async #exclusive(work: () => Promise<void>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await work();
    } finally {
      this.#busy = false;
    }
  }

  /** Grades the card shown, in one transaction; the card as graded, or null when it could not be saved. */
  async #grade(rating: Rating, now: number, elapsedMs: number): Promise<ReviewCard | null> {
    const card = this.card;
    if (!card) return null;
    const { database } = this.dependencies;
    const scheduler = this.dependencies.scheduling.scheduler;
    try {
      const result = await storageStatus.write(() =>
        gradeCard(database, scheduler, card.id, rating, now, Math.max(0, elapsedMs)),
      );
      this.reviewed += 1;
      this.canUndo = true;
      this.problem = null;
      await this.#readLeft(now);
      return result.card;
    } catch (error) {
      this.#report(error);
      return null;
    }
  }

  /** Shows `card` (after an undo) or the queue's next card, question side up; 'done' when none is left. */
  async #show(card?: ReviewCard): Promise<void> {
    const now = this.dependencies.clock();
    const order = await this.#readLeft(now);
    const shown = card ?? order[0] ?? null;
    this.card = shown && this.#items.has(shown.itemId) ? shown : null;
    this.preview = null;
    this.chosen = [];
    this.outcome = null;
    const item = this.item;
    // The usual time decides Easy for a multiple-choice answer; read before the card is shown, so the time
    // spent reading the log is not the student's.
    this.#usualMs =
      item?.kind === 'mcq'
        ? usualTimeMs(item.id, await itemReviewLogs(this.dependencies.database, item.id))
        : null;
    this.phase = this.card ? 'question' : 'done';
    this.shown += 1;
    this.#shownAt = this.dependencies.clock();
    this.#away = this.#away.hiddenSince === null ? noTimeAway : hiddenAt(noTimeAway, this.#shownAt);
  }

  /** The window was hidden (the student left the app) or shown again: that time is not spent on the card. */
  windowHidden = (): void => {
    this.#away = hiddenAt(this.#away, this.dependencies.clock());
  };

  windowShown = (): void => {
    this.#away = shownAt(this.#away, this.dependencies.clock());
  };

  /** Time on the card shown, less the time the window was hidden. */
  #spentMs(now: number): number {
    return timeOnTask(this.#shownAt, this.#away, now);
  }

  /** Reads today's queue again: the progress line, and the order of the cards left. */
  async #readLeft(now: number): Promise<ReviewCard[]> {
    const { database } = this.dependencies;
    const scheduler = this.dependencies.scheduling.scheduler;
    const deckIds = this.scopeDeck ? [this.scopeDeck.id] : this.decks.map((deck) => deck.id);
    const stored = await loadSessionCards(database, deckIds, studyDay(now, scheduler.settings));
    const queue = sessionQueue(deckIds, stored.cards, stored.counts, now, scheduler.settings, stored.planned);
    this.left = { fresh: queue.fresh, learning: queue.learning, reviews: queue.reviews };
    // A card whose item is missing (a deck changed under the session) cannot be shown: it is left out.
    return queue.order.filter((each) => this.#items.has(each.itemId));
  }

  #report(error: unknown, message: LocalizedText = reviewMessages.gradeFailed): void {
    this.problem = {
      message,
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((each) => each !== value) : [...list, value];
}
