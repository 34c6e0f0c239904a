import type { Page } from '@playwright/test';
import { cnnConceptItems } from '../../src/shared/deck/seed/cnn-concepts.ts';
import { drillHistory, studyHistory } from '../fixtures/study-history.ts';
import { putRows } from '../support/page-rows.ts';

/**
 * Writes a generated study history (test/fixtures/study-history.ts) into the app's database, in the page, after
 * the app has opened it (so its schema exists): the concept deck's cards as the scheduler left them, their
 * review logs and practice attempts, and (unless `drills` is false) the homework's drills, finished about weekly.
 */
export async function storeHistory(
  page: Page,
  days: number,
  { now = Date.now(), drills = true }: { now?: number; drills?: boolean } = {},
): Promise<number> {
  const start = now - days * 86_400_000;
  const drilled = drills ? drillHistory({ seed: 7, start, days }) : { sessions: [], answers: [] };
  const history = studyHistory({
    seed: 7,
    start,
    days,
    cards: 0,
    newPerDay: 4,
    attempts: Math.round(days / 2),
    itemIds: cnnConceptItems.map((item) => item.id),
  });
  await putRows(page, {
    cards: history.cards,
    reviewLogs: history.logs,
    attempts: history.attempts,
    drillSessions: drilled.sessions,
    drillAnswers: drilled.answers,
  });
  return history.logs.length;
}

/** Writes the homework's drills of the last `days` days (test/fixtures/study-history.ts) into the app's database. */
export async function storeDrills(page: Page, days: number, now = Date.now()): Promise<number> {
  const drilled = drillHistory({ seed: 7, start: now - days * 86_400_000, days });
  await putRows(page, { drillSessions: drilled.sessions, drillAnswers: drilled.answers });
  return drilled.sessions.length;
}
