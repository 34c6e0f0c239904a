import type { Item } from '../../src/shared/deck/item.ts';
import { cnnConceptsDeck } from '../../src/shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../../src/shared/deck/seed/homework2.ts';
import { applyDrillAction } from '../../src/shared/drill/actions.ts';
import { drillResult } from '../../src/shared/drill/result.ts';
import { startDrill } from '../../src/shared/drill/start.ts';
import { mistakeCodes } from '../../src/shared/problems/mistakes.ts';
import { mulberry32, randomIndex } from '../../src/shared/random.ts';
import { cardsForItem, type ReviewCard } from '../../src/shared/srs/card.ts';
import { countReview, emptyDayCounts, type DayCounts } from '../../src/shared/srs/day-counts.ts';
import { ratings, type ReviewLog } from '../../src/shared/srs/review-log.ts';
import { Scheduler } from '../../src/shared/srs/scheduler.ts';

const dayMs = 86_400_000;
/** 2026-09-01 09:00 UTC: the semester starts. */
const semesterStart = Date.UTC(2026, 8, 1, 9);

/**
 * A semester of a student's data in the shape of every table of schema version 3, made by the app's own domain
 * code (the seed decks, the scheduler's gradings, real drills, attempts): what a round trip must give back
 * exactly. Seeded, so every run makes the same rows.
 */
export type SemesterTables = Record<
  | 'decks'
  | 'items'
  | 'drillSessions'
  | 'drillAnswers'
  | 'settings'
  | 'cards'
  | 'reviewLogs'
  | 'dayCounts'
  | 'attempts',
  unknown[]
>;

export function semesterTables(days = 120, seed = 2026): SemesterTables {
  const random = mulberry32(seed);
  const decks = [homework2Deck, cnnConceptsDeck];
  const deckRows = decks.map((deck, index) => ({
    id: deck.id,
    title: deck.title,
    ...(deck.description && { description: deck.description }),
    source: index === 0 ? 'seed' : 'import',
    itemCount: deck.items.length,
    updatedAt: semesterStart,
  }));
  const itemRows = decks.flatMap((deck) =>
    deck.items.map((item, position) => ({ ...item, deckId: deck.id, position })),
  );

  const scheduler = new Scheduler();
  const cards = new Map<string, ReviewCard>();
  for (const deck of decks) {
    deck.items.forEach((item, position) => {
      for (const card of cardsForItem(item, deck.id, position, semesterStart)) cards.set(card.id, card);
    });
  }
  const logs: ReviewLog[] = [];
  const counts = new Map<string, DayCounts>();
  const cardIds = [...cards.keys()];
  for (let day = 0; day < days; day++) {
    if (random() < 0.15) continue; // a day off
    const reviews = 5 + randomIndex(random, 20);
    for (let review = 0; review < reviews; review++) {
      const card = cards.get(cardIds[randomIndex(random, cardIds.length)]!)!;
      const at = Math.max(semesterStart + day * dayMs + review * 61_000, (card.lastReview ?? 0) + 1);
      const graded = scheduler.grade(
        card,
        ratings[randomIndex(random, 4)]!,
        at,
        2_000 + randomIndex(random, 40_000),
      );
      cards.set(card.id, graded.card);
      logs.push(graded.log);
      const key = `${graded.log.deckId}|${graded.log.day}`;
      counts.set(
        key,
        countReview(counts.get(key) ?? emptyDayCounts(graded.log.deckId, graded.log.day), graded.log),
      );
    }
  }
  const cardRows = [...cards.values()].map((card, index) =>
    index % 17 === 0
      ? { ...card, suspended: true, flagged: true, buriedUntil: semesterStart + 5 * dayMs }
      : card,
  );

  const drillSessions: unknown[] = [];
  const drillAnswers: unknown[] = [];
  const mcqs: readonly Item[] = homework2Deck.items;
  for (let drill = 0; drill < 12; drill++) {
    const startedAt = semesterStart + drill * 9 * dayMs + 3_600_000;
    let state = startDrill(
      {
        deckId: homework2Deck.id,
        selection: { kind: 'all' },
        mode: drill % 2 === 0 ? { kind: 'exam', limitMs: 600_000 } : { kind: 'practice' },
        shuffleOptions: true,
        shuffleQuestions: drill % 3 === 0,
      },
      mcqs,
      startedAt,
      1000 + drill,
    );
    let now = startedAt;
    state.questions.forEach((question, index) => {
      now += 20_000 + randomIndex(random, 40_000);
      const option = question.optionOrder[randomIndex(random, question.optionOrder.length)]!;
      state = applyDrillAction(state, { type: 'choose', question: index, option }, now);
      if (index < state.questions.length - 1) state = applyDrillAction(state, { type: 'next' }, now);
    });
    const finished = drill < 11;
    if (finished) state = applyDrillAction(state, { type: 'submit' }, now + 1_000);
    const result = finished ? drillResult(state) : undefined;
    drillSessions.push({
      id: state.id,
      revision: state.questions.length * 2,
      deckId: homework2Deck.id,
      status: state.status,
      startedAt,
      updatedAt: now,
      ...(result && { finishedAt: result.finishedAt, result }),
      state,
    });
    for (const question of result?.questions ?? []) {
      drillAnswers.push({
        sessionId: state.id,
        itemId: question.itemId,
        correct: question.outcome === 'correct',
        outcome: question.outcome,
        chosen: question.chosen,
        spentMs: question.spentMs,
        at: result!.finishedAt,
      });
    }
  }

  const attempts = Array.from({ length: 40 }, (_, index) => {
    const startedAt = semesterStart + index * 2 * dayMs + 7_200_000;
    const fieldCount = 1 + randomIndex(random, 3);
    const fields = Array.from({ length: fieldCount }, (_, field) => {
      const correct = random() < 0.6;
      return {
        id: `field-${field}`,
        answered: true,
        correct,
        followThrough: !correct && random() < 0.2,
        diagnoses: correct ? [] : [mistakeCodes[randomIndex(random, mistakeCodes.length)]!],
      };
    });
    const credit = fields.filter((field) => field.correct).length / fieldCount;
    return {
      id: `attempt-${index}`,
      itemId: index % 4 === 0 ? 'hw2-calc-2' : 'problem:conv-output-size',
      template: 'conv-output-size',
      problemId: index % 4 === 0 ? 'homework-2' : `conv-output-size#${index * 7919}`,
      seed: index % 4 === 0 ? null : index * 7919,
      startedAt,
      finishedAt: startedAt + 90_000,
      elapsedMs: 85_000,
      hintsUsed: index % 3,
      solutionShown: index % 5 === 0,
      answers: Object.fromEntries(fields.map((field, position) => [field.id, `${27 + position}`])),
      fields,
      credit,
      rating: index % 6 === 0 ? null : ratings[randomIndex(random, 4)]!,
    };
  });

  return {
    decks: deckRows,
    items: itemRows,
    drillSessions,
    drillAnswers,
    settings: [
      { key: 'language', value: 'zh' },
      { key: 'srs', value: { desiredRetention: 0.9, dayStartsAt: 4, newPerDay: 20 } },
      { key: 'lastDrillConfig', value: { deckId: homework2Deck.id, count: null, nested: [1, [2, 'three']] } },
    ],
    cards: cardRows,
    reviewLogs: logs,
    dayCounts: [...counts.values()],
    attempts,
  };
}

/** The same data as a schema version 2 database held it: no attempts table. */
export function semesterTablesVersion2(): Omit<SemesterTables, 'attempts'> {
  const { attempts: _attempts, ...tables } = semesterTables(60, 7);
  return tables;
}
