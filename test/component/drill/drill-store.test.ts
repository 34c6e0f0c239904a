import { afterEach, describe, expect, it } from 'vitest';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import type { DrillConfig } from '../../../src/shared/drill/drill-config.ts';
import { createDatabase, type DeepDrillDatabase } from '../../../src/renderer/lib/db/database.ts';
import { storageStatus } from '../../../src/renderer/lib/db/storage-status.svelte.ts';
import { localOwnership } from '../../../src/renderer/features/drill/drill-ownership.ts';
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

/**
 * A store as one window of the app. Stores given the same database and `owners` are two windows of one app:
 * they share the drill's ownership as windows sharing Web Locks do.
 */
function makeStore(existing?: DeepDrillDatabase, owners = new Map<string, () => void>()): DrillStore {
  database = existing ?? createDatabase(`drill-store-${++counter}`);
  const store = new DrillStore({
    database,
    deck: homework2Deck,
    scheduling: { scheduler: new Scheduler(defaultSrsSettings) },
    clock: () => time,
    newSeed: () => 42,
    ownership: localOwnership(owners),
  });
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of stores) store.dispose();
  stores = [];
  database.close();
  await database.delete();
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

  it('a running drill is stored often enough that a crash gives back at most one second', async () => {
    const store = makeStore();
    await store.load();
    store.start(examConfig);
    const storedUntil = async () => {
      const row = await database.drillSessions.toCollection().first();
      return row ? row.state.lastSeenAt : 0;
    };
    for (let step = 0; step < 24; step++) {
      time += 250; // the store's own tick rhythm
      store.tickNow();
      // No flush here: only the regular saves count, as after a crash.
      await expect.poll(storedUntil).toBeGreaterThanOrEqual(time - 1000);
    }
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

  it('after a full disk, the finished result waits in memory and is saved once space is freed', async () => {
    const store = makeStore();
    await store.load();
    store.start(examConfig);
    key.slice(0, 6).forEach((letter, question) => {
      store.act({ type: 'choose', question, option: letter });
      store.act({ type: 'next' });
    });
    await store.flush();
    let diskFull = true;
    const quota = () => {
      if (diskFull) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    database.drillAnswers.hook('creating', quota);
    store.act({ type: 'choose', question: 6, option: 'D' });
    store.act({ type: 'submit' });
    await store.flush();
    expect(storageStatus.failure).toBe('disk-full');
    expect(store.problem?.en).toMatch(/not saved yet/);
    expect(store.results).toEqual([]);
    expect(await database.drillSessions.where('status').equals('finished').count()).toBe(0);

    diskFull = false;
    await store.flush();
    expect(storageStatus.failure).toBeNull();
    expect(store.problem).toBeNull();
    expect(store.results[0]).toMatchObject({ score: 7, total: 7 });
    expect(await database.drillAnswers.count()).toBe(7);
  });

  it('a write that failed is tried again by itself, without the student doing anything', async () => {
    const store = makeStore();
    await store.load();
    let failures = 1;
    database.drillSessions.hook('creating', () => {
      if (failures-- > 0) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    });
    store.start(examConfig);
    store.act({ type: 'pause' });
    await store.flush().catch(() => {});
    await expect.poll(() => database.drillSessions.count(), { timeout: 5000 }).toBe(1);
    expect(storageStatus.failure).toBeNull();
  });

  it('one window owns the drill: another sees it open elsewhere and takes it over explicitly', async () => {
    const owners = new Map<string, () => void>();
    const first = makeStore(undefined, owners);
    await first.load();
    first.start(examConfig);
    first.act({ type: 'choose', question: 0, option: 'B' });
    first.act({ type: 'next' });
    await first.flush();

    const second = makeStore(database, owners);
    await second.load();
    expect(second.elsewhere).toBe(true);
    expect(second.key({ key: 'C' })).toBe(false);
    second.act({ type: 'choose', question: 1, option: 'C' });
    expect(second.drill?.questions[1]?.chosen).toEqual([]);

    await second.takeOver();
    expect(first.elsewhere).toBe(true);
    expect(second.elsewhere).toBe(false);
    expect(second.view).toBe('run');
    expect(second.drill).toMatchObject({ status: 'paused', current: 1 });
    second.act({ type: 'resume' });
    second.act({ type: 'choose', question: 1, option: 'C' });
    await second.flush();

    // The first window writes nothing more: its clock stopped, and what it still had is dropped.
    time += 5000;
    first.tickNow();
    await first.flush();
    const stored = await database.drillSessions.get(second.drill!.id);
    expect(stored?.state.questions[1]?.chosen).toEqual(['C']);
  });

  it('a write from a window that read an older revision is refused and the window shows what is stored', async () => {
    const first = makeStore();
    await first.load();
    first.start(examConfig);
    await first.flush();
    // A second window without coordination (an old release, say) writes the same drill meanwhile.
    const second = makeStore(database);
    await second.load();
    second.act({ type: 'resume' });
    second.act({ type: 'choose', question: 0, option: 'A' });
    await second.flush();
    first.act({ type: 'choose', question: 0, option: 'B' });
    await first.flush();
    expect(first.problem?.en).toMatch(/changed in another window/);
    expect(first.drill).toMatchObject({ status: 'paused' });
    expect(first.drill?.questions[0]?.chosen).toEqual(['A']);
    const stored = await database.drillSessions.get(first.drill!.id);
    expect(stored?.state.questions[0]?.chosen).toEqual(['A']);
  });
});
