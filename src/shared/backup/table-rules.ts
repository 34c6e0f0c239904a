import type { DrillStatus, FinishReason } from '../drill/drill-state.ts';
import type { QuestionOutcome } from '../drill/result.ts';
import type { ItemKind } from '../deck/item.ts';
import { mistakeCodes } from '../problems/mistakes.ts';
import { cardStates } from '../srs/card.ts';
import { ratings, type ReviewSource } from '../srs/review-log.ts';
import {
  both,
  boolean,
  count,
  id,
  integer,
  listOf,
  nullable,
  number,
  oneOf,
  present,
  recordOf,
  shape,
  share,
  text,
  variant,
  type Check,
  type RowFault,
} from './row-checks.ts';

/**
 * What a row of each table must hold to be used by the app (its ids, the types of its fields, its enums), per
 * released schema version (src/renderer/lib/db/schema.ts), and each table's primary key. A backup's rows are
 * checked against the rules of the schema version it was made with, before anything is restored; a test keeps
 * the tables and keys here equal to the released schema's.
 */
export interface TableRule {
  /** The primary key's fields: one (`id`) or a compound key (`[sessionId+itemId]`). */
  key: readonly string[];
  row: Check;
}

/** The keys of a record whose type lists every member of a union, so a new member fails to compile here. */
function members<Member extends string>(all: Record<Member, true>): Member[] {
  return Object.keys(all) as Member[];
}

const drillStatuses = members<DrillStatus>({ running: true, paused: true, finished: true });
const finishReasons = members<FinishReason>({ submitted: true, 'time-up': true, abandoned: true });
const outcomes = members<QuestionOutcome>({ correct: true, wrong: true, unanswered: true });
const reviewSources = members<ReviewSource>({ review: true, drill: true });

const localizedText = shape({ zh: text, en: text });
const texts = listOf(text);

const item = both(
  shape({ id, tags: texts }),
  variant('kind', {
    mcq: shape({
      stem: localizedText,
      options: listOf(shape({ letter: text, text: localizedText, rationale: localizedText })),
      answer: texts,
      explanation: localizedText,
    }),
    basic: shape({ front: localizedText, back: localizedText }),
    cloze: shape({ text: localizedText }, { extra: localizedText }),
    problem: shape({ template: id }, { parameters: recordOf(number) }),
  } satisfies Record<ItemKind, Check>),
);

/** The drill config as a session keeps it: the mode and selection are what resuming and "retry" read. */
const drillConfig = shape({
  deckId: id,
  mode: variant('kind', {
    exam: shape({ limitMs: number }),
    'per-question': shape({ limitMs: number }),
    practice: shape({}),
  }),
  selection: shape({ kind: oneOf(['all', 'topic', 'missed', 'items']) }),
  shuffleOptions: boolean,
  shuffleQuestions: boolean,
});

/** The resumable drill: its full check is restoreDrill's, run when the drill is opened; here what a list needs. */
const drillState = shape({
  version: oneOf([1]),
  id,
  config: drillConfig,
  seed: number,
  questions: listOf(
    shape({
      item,
      optionOrder: texts,
      chosen: texts,
      marked: boolean,
      timedOut: boolean,
      spentMs: number,
    }),
  ),
  current: integer,
  status: oneOf(drillStatuses),
  startedAt: number,
  activeSince: nullable(number),
  elapsedMs: number,
  lastSeenAt: number,
  finishedAt: nullable(number),
  finishReason: nullable(oneOf(finishReasons)),
});

const drillResult = shape({
  sessionId: id,
  config: drillConfig,
  startedAt: number,
  finishedAt: number,
  totalMs: number,
  finishReason: oneOf(finishReasons),
  score: count,
  total: count,
  questions: listOf(
    shape({
      itemId: id,
      outcome: oneOf(outcomes),
      chosen: texts,
      answer: texts,
      timedOut: boolean,
      marked: boolean,
      spentMs: number,
    }),
  ),
});

const schedule = {
  state: oneOf(cardStates),
  due: number,
  stability: number,
  difficulty: number,
  scheduledDays: number,
  learningSteps: integer,
  reps: count,
  lapses: count,
  lastReview: nullable(number),
};

const version1: Record<string, TableRule> = {
  decks: {
    key: ['id'],
    row: shape(
      {
        id,
        title: localizedText,
        source: oneOf(['seed', 'import']),
        itemCount: count,
        updatedAt: number,
      },
      { description: localizedText },
    ),
  },
  items: { key: ['id'], row: both(item, shape({ deckId: id, position: count })) },
  drillSessions: {
    key: ['id'],
    row: shape(
      {
        id,
        deckId: id,
        status: oneOf(drillStatuses),
        startedAt: number,
        updatedAt: number,
        state: drillState,
      },
      { revision: count, finishedAt: number, result: drillResult },
    ),
  },
  drillAnswers: {
    key: ['sessionId', 'itemId'],
    row: shape({
      sessionId: id,
      itemId: id,
      correct: boolean,
      outcome: oneOf(outcomes),
      chosen: texts,
      spentMs: number,
      at: number,
    }),
  },
  settings: { key: ['key'], row: shape({ key: id, value: present }) },
};

/** Version 2 (spaced repetition) adds cards, their review logs and the day counts; version 1 rows are unchanged. */
const version2: Record<string, TableRule> = {
  ...version1,
  cards: {
    key: ['id'],
    row: shape({
      id,
      itemId: id,
      deckId: id,
      cloze: nullable(integer),
      position: count,
      suspended: boolean,
      buriedUntil: nullable(number),
      flagged: boolean,
      ...schedule,
    }),
  },
  reviewLogs: {
    key: ['id'],
    row: shape({
      id,
      cardId: id,
      itemId: id,
      deckId: id,
      rating: oneOf(ratings),
      source: oneOf(reviewSources),
      reviewedAt: number,
      day: integer,
      elapsedMs: number,
      before: shape(schedule),
      after: shape(schedule),
    }),
  },
  dayCounts: {
    key: ['deckId', 'day'],
    row: shape({
      deckId: id,
      day: integer,
      newCards: integer,
      reviews: integer,
      learning: integer,
      timeMs: number,
      ratings: shape({ again: integer, hard: integer, good: integer, easy: integer }),
    }),
  },
};

/** Version 3 (practice) adds the graded attempts. */
const version3: Record<string, TableRule> = {
  ...version2,
  attempts: {
    key: ['id'],
    row: shape({
      id,
      itemId: id,
      template: id,
      problemId: id,
      seed: nullable(integer),
      startedAt: number,
      finishedAt: number,
      elapsedMs: number,
      hintsUsed: count,
      solutionShown: boolean,
      answers: recordOf(text),
      fields: listOf(
        shape({
          id,
          answered: boolean,
          correct: boolean,
          followThrough: boolean,
          diagnoses: listOf(oneOf(mistakeCodes)),
        }),
      ),
      credit: share,
      rating: nullable(oneOf(ratings)),
    }),
  },
};

/** The rules of every released schema version, by version number. */
export const tableRules: Readonly<Record<number, Readonly<Record<string, TableRule>>>> = {
  1: version1,
  2: version2,
  3: version3,
};

/** The newest schema version these rules know. */
export const newestRulesVersion = Math.max(...Object.keys(tableRules).map(Number));

/** The rules for one schema version, or undefined for a version that was never released. */
export function rulesFor(schemaVersion: number): Readonly<Record<string, TableRule>> | undefined {
  return Object.hasOwn(tableRules, schemaVersion) ? tableRules[schemaVersion] : undefined;
}

/** The first fault of `row` against its table's rule, or undefined when the app can use it. */
export function checkRow(rule: TableRule, row: unknown): RowFault | undefined {
  return rule.row(row, '');
}

/**
 * The row's primary key as one string (JSON of its key fields), to find two rows with the same key: a restore
 * would refuse them. Call only on a row that passed checkRow (its key fields are ids or integers).
 */
export function primaryKey(rule: TableRule, row: unknown): string {
  const fields = row as Record<string, unknown>;
  return JSON.stringify(rule.key.map((name) => fields[name]));
}
