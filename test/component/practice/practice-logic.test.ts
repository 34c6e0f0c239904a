import { describe, expect, it } from 'vitest';
import { practiceKeyAction } from '../../../src/renderer/features/practice/practice-keys.ts';
import {
  type PracticeEvent,
  type PracticeSession,
  gridAnswer,
  practiceAttempt,
  practiceOutcome,
  practiceStep,
  startSession,
} from '../../../src/renderer/features/practice/practice-session.ts';
import type { Grade, Problem } from '../../../src/shared/problems/problem.ts';
import { ratingForOutcome } from '../../../src/shared/srs/answer-rating.ts';

const text = (value: string) => ({ zh: value, en: value });
const problem: Problem = {
  id: 'conv-by-hand#3',
  template: 'conv-by-hand',
  seed: 3,
  parameters: {},
  prompt: text('Convolve.'),
  fields: [
    { id: 'size', label: text('Output size'), kind: 'integer' },
    { id: 'a', label: text('Output'), kind: 'matrix', size: [2, 2], dependsOn: ['size'] },
  ],
  hints: [text('Slide the kernel.'), text('Multiply and add.')],
};
const start = Date.UTC(2026, 11, 2, 9);

function grade(credit: number): Grade {
  const field = (id: string, correct: boolean) => ({
    id,
    answered: true,
    correct,
    followThrough: false,
    read: '2',
    notes: [],
    expected: '2',
    diagnoses: correct ? [] : (['stride-ignored'] as const),
  });
  return { credit, fields: [field('size', true), field('a', credit === 1)] };
}

describe('a practice session', () => {
  it('keeps typed text, and a grid cell by cell with its matrix text', () => {
    let session = startSession('problem:conv-by-hand', problem, start);
    expect(session.cells).toEqual({
      a: [
        ['', ''],
        ['', ''],
      ],
    });
    session = practiceStep(session, { kind: 'type', field: 'size', text: '2' });
    session = practiceStep(session, { kind: 'type-cell', field: 'a', row: 0, column: 1, text: ' 4 ' });
    expect(session.cells['a']).toEqual([
      ['', ' 4 '],
      ['', ''],
    ]);
    expect(session.answers).toEqual({ size: '2', a: '_ 4\n_ _' });
    session = practiceStep(session, { kind: 'type-cell', field: 'a', row: 0, column: 0, text: '1' });
    session = practiceStep(session, { kind: 'type-cell', field: 'a', row: 1, column: 0, text: '-2' });
    session = practiceStep(session, { kind: 'type-cell', field: 'a', row: 1, column: 1, text: '3' });
    expect(session.answers['a']).toBe('1 4\n-2 3');
  });

  it('an empty grid is an unanswered field, not a blank matrix', () => {
    expect(
      gridAnswer([
        ['', ''],
        [' ', ''],
      ]),
    ).toBe('');
  });

  it('refuses a field or cell the problem does not have, naming it', () => {
    const session = startSession('problem:conv-by-hand', problem, start);
    expect(() => practiceStep(session, { kind: 'type', field: 'nope', text: '1' })).toThrow(
      'problem conv-by-hand#3 has no field nope',
    );
    expect(() =>
      practiceStep(session, { kind: 'type-cell', field: 'a', row: 2, column: 0, text: '1' }),
    ).toThrow('grid field a has no cell (2, 0)');
    expect(() =>
      practiceStep(session, { kind: 'type-cell', field: 'size', row: 0, column: 0, text: '1' }),
    ).toThrow('has no grid field size');
  });

  it('shows hints one at a time up to the last; once finished, only the solution still opens', () => {
    let session = startSession('problem:conv-by-hand', problem, start);
    for (let press = 0; press < 3; press++) session = practiceStep(session, { kind: 'hint' });
    expect(session.hintsShown).toBe(2);
    session = practiceStep(session, { kind: 'finish', at: start + 30_000 });
    const finished = practiceStep(session, { kind: 'type', field: 'size', text: '9' });
    expect(finished).toBe(session);
    expect(practiceStep(session, { kind: 'solution' }).solutionShown).toBe(true);
  });

  it('maps a finished session to its rating: all right and fast is Easy, a hint makes it Hard, half is Again', () => {
    let session = startSession('problem:conv-by-hand', problem, start);
    session = practiceStep(session, { kind: 'finish', at: start + 20_000 });
    expect(ratingForOutcome(practiceOutcome(session, grade(1), 30_000))).toBe('easy');
    expect(ratingForOutcome(practiceOutcome(session, grade(1), null))).toBe('good');
    expect(ratingForOutcome(practiceOutcome(session, grade(0.5), null))).toBe('again');
    const helped = practiceStep(
      practiceStep(startSession('problem:conv-by-hand', problem, start), { kind: 'hint' }),
      { kind: 'finish', at: start + 20_000 },
    );
    expect(ratingForOutcome(practiceOutcome(helped, grade(1), 30_000))).toBe('hard');
    const solved = practiceStep(practiceStep(startSession('x', problem, start), { kind: 'solution' }), {
      kind: 'finish',
      at: start + 1,
    });
    expect(practiceOutcome(solved, grade(1), null).helped).toBe(true);
  });

  it('builds the stored attempt: fields with their diagnoses, credit, hints, time and rating', () => {
    let session = startSession('problem:conv-by-hand', problem, start);
    session = practiceStep(session, { kind: 'type', field: 'size', text: '2' });
    session = practiceStep(session, { kind: 'hint' });
    session = practiceStep(session, { kind: 'finish', at: start + 45_000 });
    expect(practiceAttempt(session, grade(0.5), 'again')).toEqual({
      id: `problem:conv-by-hand@${start + 45_000}`,
      itemId: 'problem:conv-by-hand',
      template: 'conv-by-hand',
      problemId: 'conv-by-hand#3',
      seed: 3,
      startedAt: start,
      finishedAt: start + 45_000,
      elapsedMs: 45_000,
      hintsUsed: 1,
      solutionShown: false,
      answers: { size: '2' },
      fields: [
        { id: 'size', answered: true, correct: true, followThrough: false, diagnoses: [] },
        { id: 'a', answered: true, correct: false, followThrough: false, diagnoses: ['stride-ignored'] },
      ],
      credit: 0.5,
      rating: 'again',
    });
    expect(() => practiceAttempt(startSession('x', problem, start), grade(1), null)).toThrow(
      'is not finished',
    );
  });

  it('leaves out of the time spent the spells the window was hidden, one finished while hidden too', () => {
    const step = (session: PracticeSession, event: PracticeEvent) => practiceStep(session, event);
    let session = startSession('problem:conv-by-hand', problem, start);
    session = step(session, { kind: 'hide', at: start + 10_000 });
    // A second hide while hidden keeps the first; the student is back 5 minutes later.
    session = step(session, { kind: 'hide', at: start + 20_000 });
    session = step(session, { kind: 'show', at: start + 310_000 });
    // A show while shown changes nothing.
    expect(step(session, { kind: 'show', at: start + 320_000 })).toBe(session);
    session = step(session, { kind: 'hide', at: start + 330_000 });
    const finished = step(session, { kind: 'finish', at: start + 400_000 });
    // Shown 10 s, then 20 s: 30 s spent, 6 min 10 s away.
    expect(finished.awayMs).toBe(370_000);
    expect(practiceAttempt(finished, grade(1), 'good').elapsedMs).toBe(30_000);
    expect(practiceOutcome(finished, grade(1), 60_000).spentMs).toBe(30_000);
    // Once finished, the window's comings and goings change nothing saved.
    expect(step(finished, { kind: 'show', at: start + 900_000 })).toBe(finished);
    // A clock that went back while hidden adds no time away.
    const back = step(step(startSession('x', problem, start), { kind: 'hide', at: start + 5_000 }), {
      kind: 'show',
      at: start + 1_000,
    });
    expect(back.awayMs).toBe(0);
  });
});

describe('practice keys', () => {
  const key = (
    name: string,
    modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
  ) => ({
    key: name,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...modifiers,
  });
  const inField = { inField: true, finished: false };
  const outside = { inField: false, finished: false };

  it('letters typed in a box stay typing: h and s open nothing there', () => {
    for (const letter of ['h', 's', 'H', 'S', '1'])
      expect(practiceKeyAction(key(letter), inField)).toBeNull();
    expect(practiceKeyAction(key('h'), outside)).toEqual({ kind: 'hint' });
    expect(practiceKeyAction(key('S'), outside)).toEqual({ kind: 'solution' });
    expect(practiceKeyAction(key('h', { ctrlKey: true }), outside)).toBeNull();
  });

  it('Enter moves on, Esc leaves the box, Ctrl+Enter or ⌘Enter finishes and then brings a new variant', () => {
    expect(practiceKeyAction(key('Enter'), inField)).toEqual({ kind: 'next-field' });
    expect(practiceKeyAction(key('Escape'), inField)).toEqual({ kind: 'leave-field' });
    expect(practiceKeyAction(key('Enter', { ctrlKey: true }), inField)).toEqual({ kind: 'finish' });
    expect(practiceKeyAction(key('Enter', { metaKey: true }), outside)).toEqual({ kind: 'finish' });
    expect(practiceKeyAction(key('Enter', { ctrlKey: true }), { inField: true, finished: true })).toEqual({
      kind: 'new-variant',
    });
    expect(practiceKeyAction(key('Enter', { ctrlKey: true, altKey: true }), inField)).toBeNull();
    expect(practiceKeyAction(key('Enter'), outside)).toBeNull();
  });
});
