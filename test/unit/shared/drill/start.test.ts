import { describe, expect, it } from 'vitest';
import type { Item } from '../../../../src/shared/deck/item.ts';
import { selectItems } from '../../../../src/shared/drill/select.ts';
import { startDrill } from '../../../../src/shared/drill/start.ts';
import { MINUTE, T0, configFor, expectDrillError, items } from './drill-fixtures.ts';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('selectItems', () => {
  it('picks all multiple-choice items, in deck order, and never another kind', () => {
    const withCard: Item[] = [
      ...items,
      { id: 'card', kind: 'basic', tags: [], front: { zh: '', en: '' }, back: { zh: '', en: '' } },
    ];
    expect(ids(selectItems({ kind: 'all' }, withCard))).toEqual(ids(items));
  });

  it('picks by topic: items carrying any of the tags', () => {
    expect(ids(selectItems({ kind: 'topic', tags: ['vgg'] }, items))).toEqual(['hw2-mcq-3', 'hw2-mcq-5']);
    expect(ids(selectItems({ kind: 'topic', tags: ['batchnorm', 'init'] }, items))).toEqual([
      'hw2-mcq-2',
      'hw2-mcq-7',
    ]);
  });

  it('picks the items whose latest past answer was missed', () => {
    const past = [
      { itemId: 'hw2-mcq-1', correct: false, at: 1 },
      { itemId: 'hw2-mcq-1', correct: true, at: 2 }, // since answered right
      { itemId: 'hw2-mcq-4', correct: true, at: 1 },
      { itemId: 'hw2-mcq-4', correct: false, at: 3 }, // since missed
      { itemId: 'hw2-mcq-6', correct: false, at: 5 },
    ];
    expect(ids(selectItems({ kind: 'missed' }, items, past))).toEqual(['hw2-mcq-4', 'hw2-mcq-6']);
    expect(selectItems({ kind: 'missed' }, items, [])).toEqual([]);
  });

  it('picks exact ids, skipping ones no longer in the deck', () => {
    expect(ids(selectItems({ kind: 'items', itemIds: ['hw2-mcq-7', 'gone', 'hw2-mcq-2'] }, items))).toEqual([
      'hw2-mcq-2',
      'hw2-mcq-7',
    ]);
  });
});

describe('startDrill', () => {
  it('starts running at now with every question unanswered and no time spent', () => {
    const state = startDrill(configFor({ kind: 'exam', limitMs: 10 * MINUTE }), items, T0, 5);
    expect(state.status).toBe('running');
    expect(state.questions).toHaveLength(7);
    expect(state.questions.every((question) => question.chosen.length === 0 && question.spentMs === 0)).toBe(
      true,
    );
    expect(state.activeSince).toBe(T0);
    expect(state.current).toBe(0);
  });

  it('takes a seeded sample of `count` questions, kept in deck order', () => {
    const config = configFor({ kind: 'practice' }, { count: 3 });
    const first = startDrill(config, items, T0, 11);
    expect(first.questions).toHaveLength(3);
    const asked = ids(first.questions.map((question) => question.item));
    expect(asked).toEqual(ids(items).filter((id) => asked.includes(id)));
    expect(startDrill(config, items, T0, 11)).toEqual(first);
    const samples = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        ids(startDrill(config, items, T0, seed).questions.map((q) => q.item)).join(),
      ),
    );
    expect(samples.size).toBeGreaterThan(1);
  });

  it('shuffles the question order only when asked', () => {
    const order = (shuffleQuestions: boolean, seed: number) =>
      startDrill(configFor({ kind: 'practice' }, { shuffleQuestions }), items, T0, seed).questions.map(
        (question) => question.item.id,
      );
    expect(order(false, 3)).toEqual(ids(items));
    const orders = [1, 2, 3, 4].map((seed) => order(true, seed).join());
    expect(orders.some((joined) => joined !== ids(items).join())).toBe(true);
  });

  it('refuses an empty selection and unusable settings with a DrillError', () => {
    expectDrillError(
      () =>
        startDrill(
          configFor({ kind: 'practice' }, { selection: { kind: 'topic', tags: ['nothing'] } }),
          items,
          T0,
          1,
        ),
      'NO_QUESTIONS',
    );
    expectDrillError(
      () => startDrill(configFor({ kind: 'exam', limitMs: 0 }), items, T0, 1),
      'INVALID_CONFIG',
    );
    expectDrillError(
      () => startDrill(configFor({ kind: 'per-question', limitMs: Number.NaN }), items, T0, 1),
      'INVALID_CONFIG',
    );
    expectDrillError(
      () => startDrill(configFor({ kind: 'practice' }, { count: 0 }), items, T0, 1),
      'INVALID_CONFIG',
    );
    expectDrillError(() => startDrill(configFor({ kind: 'practice' }), items, T0, 1.5), 'INVALID_CONFIG');
  });
});
