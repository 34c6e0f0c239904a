import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldFeedback } from '../../../src/renderer/features/practice/field-feedback.ts';
import { PracticeStore } from '../../../src/renderer/features/practice/practice-store.svelte.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import { Scheduling } from '../../../src/renderer/lib/scheduling.svelte.ts';
import { wordFieldReason } from '../../../src/shared/problems/field-messages.ts';
import { practiceChoices, problemsDeck, skillOf } from '../../../src/shared/problems/skills.ts';
import { defineTemplate } from '../../../src/shared/problems/template.ts';
import { alexnetTableDefinition } from '../../../src/shared/problems/templates/alexnet-table.ts';
import { homework6 } from '../../../src/shared/problems/templates/homework-6.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';

const start = Date.UTC(2026, 11, 2, 12);
const alexnet = defineTemplate(alexnetTableDefinition);
const choices = practiceChoices([alexnet], [homework6]);

let counter = 0;
async function newStore() {
  const database = createDatabase(`practice-store-${++counter}`);
  await installCards(database, problemsDeck(choices.map(skillOf)), start);
  let now = start;
  const scheduling = new Scheduling(defaultSrsSettings);
  const store = new PracticeStore({
    database,
    scheduling,
    choices,
    clock: () => now,
    newSeed: () => 11,
    gradeDelayMs: 300,
  });
  return { database, scheduling, store, wait: (ms: number) => (now += ms) };
}

function feedback(store: PracticeStore, field: string) {
  const session = store.session!;
  const grade = store.grade?.fields.find((each) => each.id === field);
  return fieldFeedback(grade, session.answers[field] ?? '', session.cells[field], wordFieldReason);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the practice store', () => {
  it('lists the homework problem before the template, each a skill of the problems deck', () => {
    expect(choices.map((choice) => [choice.itemId, choice.instance?.id ?? null])).toEqual([
      ['problem:homework-6', 'homework-6'],
      ['problem:alexnet-table', null],
    ]);
    expect(problemsDeck(choices.map(skillOf)).items.map((item) => [item.id, item.kind])).toEqual([
      ['problem:homework-6', 'problem'],
      ['problem:alexnet-table', 'problem'],
    ]);
  });

  it('grades once typing pauses; a wrong pool1 field makes conv2’s answer from it right by follow-through', async () => {
    const { store } = await newStore();
    // Only the debounce's timers are faked: IndexedDB (fake-indexeddb) keeps its own.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store.open('problem:homework-6');
    const fromWrongPool1 = alexnet.solve(homework6, { 'rf.pool1': 15 }).answers['rf.conv2'];
    store.type('rf.pool1', '15');
    store.type('rf.conv2', String(fromWrongPool1));
    expect(store.grade).toBeNull();
    vi.advanceTimersByTime(299);
    expect(store.grade).toBeNull();
    vi.advanceTimersByTime(1);
    expect(feedback(store, 'rf.pool1').status).toBe('wrong');
    expect(feedback(store, 'rf.conv2').status).toBe('follow-through');
    expect(feedback(store, 'rf.conv1').status).toBe('empty');
    store.type('rf.conv1', '11 pixels');
    store.gradeNow();
    expect(feedback(store, 'rf.conv1')).toMatchObject({ status: 'unreadable', diagnoses: [] });
    expect(feedback(store, 'rf.conv1').reason?.en).toBeTruthy();
  });

  it('finishing saves the attempt and schedules the skill; a second one the same day leaves the schedule', async () => {
    const { database, store, wait } = await newStore();
    store.open('problem:homework-6');
    store.type('rf.conv1', '11');
    store.hint();
    wait(90_000);
    await store.finish();
    expect(store.problem).toBeNull();
    const card = await database.cards.get('problem:homework-6');
    expect(store.result).toMatchObject({ rating: 'again', due: card!.due });
    expect(card!.reps).toBe(1);
    const [attempt] = await database.attempts.toArray();
    expect(attempt).toMatchObject({
      itemId: 'problem:homework-6',
      problemId: 'homework-6',
      seed: null,
      elapsedMs: 90_000,
      hintsUsed: 1,
      answers: { 'rf.conv1': '11' },
      rating: 'again',
    });
    expect(attempt!.fields.find((field) => field.id === 'rf.conv1')).toMatchObject({ correct: true });
    expect(store.credits['problem:homework-6']).toBe(attempt!.credit);

    store.newVariant();
    expect(store.session?.finishedAt).toBeNull();
    wait(1_000);
    await store.finish();
    expect(store.result?.rating).toBeNull();
    expect((await database.cards.get('problem:homework-6'))!.reps).toBe(1);
    expect(await database.attempts.count()).toBe(2);
  });

  it('a review from the queue always grades its card; a template gives a seeded variant', async () => {
    const { database, store, wait } = await newStore();
    const problem = store.open('problem:alexnet-table', true) as typeof homework6;
    expect(problem.id).toBe('alexnet-table#11');
    for (const [field, value] of Object.entries(alexnet.solve(problem).answers))
      store.type(field, Array.isArray(value) ? value.join('x') : String(value));
    wait(5_000);
    await store.finish();
    expect(store.result?.grade.credit).toBe(1);
    expect(store.result?.rating).toBe('good');
    expect((await database.cards.get('problem:alexnet-table'))!.reps).toBe(1);
  });

  it('schedules with the student’s settings in force when the problem is finished, not those it started with', async () => {
    const { database, scheduling, store, wait } = await newStore();
    const problem = store.open('problem:alexnet-table', true) as typeof homework6;
    for (const [field, value] of Object.entries(alexnet.solve(problem).answers))
      store.type(field, Array.isArray(value) ? value.join('x') : String(value));
    // Changed on the Settings screen while the problem is open: a new card's second step is 45 minutes.
    scheduling.settings = { ...defaultSrsSettings, learningSteps: ['1m', '45m'] };
    wait(5_000);
    await store.finish();
    expect(store.result?.rating).toBe('good');
    const card = await database.cards.get('problem:alexnet-table');
    expect(card!.due).toBe(store.session!.finishedAt! + 45 * 60_000);
  });

  it('records the time spent without the time the window was hidden', async () => {
    const { database, store, wait } = await newStore();
    store.open('problem:homework-6');
    store.type('rf.conv1', '11');
    wait(20_000);
    store.windowHidden();
    wait(600_000);
    store.windowShown();
    wait(10_000);
    await store.finish();
    const [attempt] = await database.attempts.toArray();
    expect(attempt!.elapsedMs).toBe(30_000);
    const [log] = await database.reviewLogs.toArray();
    expect(log!.elapsedMs).toBe(30_000);
  });
});
