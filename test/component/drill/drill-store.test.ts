import { afterEach, describe, expect, it } from 'vitest';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import type { DrillConfig } from '../../../src/shared/drill/drill-config.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { storageStatus } from '../../../src/renderer/lib/db/storage-status.svelte.ts';
import { DrillStore } from '../../../src/renderer/features/drill/drill-store.svelte.ts';

const key = ['B', 'C', 'B', 'B', 'A', 'D', 'D'];
const examConfig: DrillConfig = {
  deckId: homework2Deck.id,
  selection: { kind: 'all' },
  mode: { kind: 'exam', limitMs: 60_000 },
  shuffleOptions: false,
  shuffleQuestions: false,
};

let database: DeepDrillDatabase;
let stores: DrillStore[] = [];
let counter = 0;
let time = 1_000_000;

function makeStore(existing?: DeepDrillDatabase): DrillStore {
  database = existing ?? createDatabase(`drill-store-${++counter}`);
  const store = new DrillStore({ database, deck: homework2Deck, clock: () => time, newSeed: () => 42 });
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of stores) store.dispose();
  stores = [];
  database.close();
  await database.delete();
  storageStatus.readOnly = false;
  storageStatus.failure = null;
});

function answerAll(store: DrillStore, letters: string[]): void {
  letters.forEach((letter, question) => {
    store.act({ type: 'choose', question, option: letter });
    time += 1000;
    store.act(question === letters.length - 1 ? { type: 'submit' } : { type: 'next' });
  });
}

describe('DrillStore', () => {
  it('runs a drill to a stored result and history', async () => {
    const store = makeStore();
    await store.load();
    store.start(examConfig);
    expect(store.view).toBe('run');
    answerAll(store, key);
    expect(store.view).toBe('review');
    await store.flush();
    await expect.poll(() => store.results.length).toBe(1);
    expect(store.results[0]).toMatchObject({ score: 7, total: 7 });
    expect(await database.drillAnswers.count()).toBe(7);
  });

  it('restores an unfinished drill paused, with its answers, in a new session', async () => {
    const first = makeStore();
    await first.load();
    first.start(examConfig);
    first.act({ type: 'choose', question: 0, option: 'B' });
    time += 5000;
    first.tickNow();
    await first.flush();
    first.dispose();
    time += 3_600_000; // the app was closed for an hour
    const second = makeStore(database);
    await second.load();
    expect(second.drill?.status).toBe('paused');
    expect(second.drill?.questions[0]?.chosen).toEqual(['B']);
    expect(second.drill?.elapsedMs).toBe(5000);
  });

  it('keys become actions only while a drill runs', async () => {
    const store = makeStore();
    await store.load();
    expect(store.key({ key: 'B' })).toBe(false);
    store.start(examConfig);
    expect(store.key({ key: 'B' })).toBe(true);
    expect(store.drill?.questions[0]?.chosen).toEqual(['B']);
    expect(store.key({ key: 'Z' })).toBe(false);
  });

  it('shows the domain error for an empty selection instead of throwing', async () => {
    const store = makeStore();
    await store.load();
    store.start({ ...examConfig, selection: { kind: 'missed' } });
    expect(store.view).toBe('setup');
    expect(store.problem?.en).toMatch(/no multiple-choice questions/);
  });

  it('a full disk turns the app read-only and the drill goes on in memory', async () => {
    const store = makeStore();
    await store.load();
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    database.drillSessions.hook('creating', () => {
      throw quota;
    });
    store.start(examConfig);
    await store.flush();
    expect(storageStatus.readOnly).toBe(true);
    expect(storageStatus.failure).toBe('disk-full');
    store.act({ type: 'choose', question: 0, option: 'B' });
    expect(store.drill?.questions[0]?.chosen).toEqual(['B']);
  });
});
