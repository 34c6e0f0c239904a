import type { TopicTag } from '../deck/item.ts';
import type { DrillResult } from '../drill/result.ts';
import type { PracticeAttempt } from '../problems/attempt.ts';
import type { ReviewCard, Schedule } from '../srs/card.ts';
import type { ReviewLog } from '../srs/review-log.ts';
import { studyCalendar, type StudyCalendar } from './calendar.ts';
import {
  cardStateCounts,
  difficultyDistribution,
  intervalDistribution,
  type Bin,
  type CardStateCounts,
} from './card-states.ts';
import { drillScores, type DrillScore } from './drill-scores.ts';
import { examRecallByTopic, type TopicRecall } from './exam-recall.ts';
import { forecast, type Forecast } from './forecast.ts';
import { templateMastery, type TemplateMastery } from './mastery.ts';
import { mistakesOverTime, type MistakeSeries } from './mistakes.ts';
import { bucketDays, rangeStart, type StatsRange } from './range.ts';
import { trueRetention, type RetentionRow } from './retention.ts';
import { reviewsPerDay, type ReviewsPerDay } from './reviews-per-day.ts';
import { dayReader, dayStartReader, type StatsClock } from './stats-clock.ts';
import { topicAccuracy, type TopicAccuracy } from './topic-accuracy.ts';

/** Everything stored that the charts read: the logs alone, plus the cards for what is coming. */
export interface StatsInput {
  logs: readonly ReviewLog[];
  cards: readonly ReviewCard[];
  attempts: readonly PracticeAttempt[];
  drills: readonly DrillResult[];
  /** Each item's deck and tags (attempts name only their item). */
  items: Readonly<Record<string, { deckId: string; tags: readonly TopicTag[] }>>;
}

export interface StatsOptions {
  range: StatsRange;
  /** Only this deck, or every deck. */
  deckId: string | null;
  clock: StatsClock;
  now: number;
  /** Each deck's exam study day, by deck id (set on Today): the forecast's markers and predicted recall. */
  examDays: Readonly<Record<string, number>>;
  desiredRetention: number;
  /** Days the forecast looks ahead. */
  forecastDays: number;
}

/** What the Stats screen shows: every chart's data, aggregated in one pass over the stored rows. */
export interface StatsReport {
  today: number;
  first: number;
  bucketDays: number;
  empty: boolean;
  reviews: ReviewsPerDay;
  calendar: StudyCalendar;
  forecast: Forecast;
  retention: RetentionRow[];
  topics: TopicAccuracy[];
  drills: DrillScore[];
  states: CardStateCounts;
  intervals: Bin[];
  difficulty: Bin[];
  mistakes: MistakeSeries[];
  mastery: TemplateMastery[];
  /** The exams ahead (today included) of the decks shown, soonest first. */
  exams: { deckId: string; day: number }[];
  /** Null when no deck shown has an exam ahead. */
  examRecall: TopicRecall[] | null;
}

/**
 * The report for a range and a deck filter. `recall` is the scheduler's forgetting curve (srs/scheduler.ts),
 * passed in so this module needs no FSRS. Pure: the same rows and options give the same report.
 */
export function statsReport(
  input: StatsInput,
  options: StatsOptions,
  recall: (schedule: Schedule, at: number) => number,
): StatsReport {
  const dayOf = dayReader(options.clock);
  const inDeck = (deckId: string | undefined) => options.deckId === null || deckId === options.deckId;
  const logs = input.logs.filter((log) => inDeck(log.deckId));
  const cards = input.cards.filter((card) => inDeck(card.deckId));
  const attempts = input.attempts.filter((attempt) => inDeck(input.items[attempt.itemId]?.deckId));
  const drills = input.drills.filter((result) => inDeck(result.config.deckId));
  const tagsOf = (itemId: string) => input.items[itemId]?.tags ?? [];

  const today = dayOf(options.now);
  const studied = [
    ...logs.map((log) => log.reviewedAt),
    ...attempts.map((attempt) => attempt.finishedAt),
    ...drills.map((result) => result.finishedAt),
  ].map(dayOf);
  // A loop, not Math.min(...days): a spread of 100,000 arguments can overflow the call stack.
  let firstData = today;
  for (const day of studied) if (day < firstData) firstData = day;
  const first = rangeStart(options.range, today, firstData);
  const width = bucketDays(first, today);
  const exams = Object.entries(options.examDays)
    .filter(([deckId, day]) => inDeck(deckId) && day >= today)
    .map(([deckId, day]) => ({ deckId, day }))
    .sort((a, b) => a.day - b.day || a.deckId.localeCompare(b.deckId));
  // Each card is predicted at its own deck's exam morning.
  const startOf = dayStartReader(options.clock);
  const examAt = new Map(exams.map((exam) => [exam.deckId, startOf(exam.day)]));

  return {
    today,
    first,
    bucketDays: width,
    // Cards alone (a fresh profile has the built-in decks) are nothing studied yet.
    empty: logs.length === 0 && attempts.length === 0 && drills.length === 0,
    reviews: reviewsPerDay(logs, dayOf, first, today),
    calendar: studyCalendar(studied, today),
    forecast: forecast(
      cards,
      dayOf,
      today,
      options.forecastDays,
      exams.map((exam) => exam.day),
    ),
    retention: trueRetention(logs, dayOf, today),
    topics: topicAccuracy(logs, attempts, tagsOf, dayOf, first, today, width),
    drills: drillScores(drills, dayOf, first, today),
    states: cardStateCounts(cards),
    intervals: intervalDistribution(cards),
    difficulty: difficultyDistribution(cards),
    mistakes: mistakesOverTime(attempts, dayOf, first, today, width),
    mastery: templateMastery(attempts),
    exams,
    examRecall:
      exams.length === 0
        ? null
        : examRecallByTopic(
            cards,
            tagsOf,
            recall,
            (card) => examAt.get(card.deckId) ?? null,
            options.desiredRetention,
          ),
  };
}
