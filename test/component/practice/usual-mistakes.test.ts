import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import UsualMistakes from '../../../src/renderer/features/practice/UsualMistakes.svelte';
import { UsualMistakesStore } from '../../../src/renderer/features/practice/usual-mistakes.svelte.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import { attempt } from '../../unit/shared/stats/fixtures.ts';

let counter = 0;
async function storeWith(attempts: ReturnType<typeof attempt>[]) {
  const database = createDatabase(`usual-mistakes-${++counter}`);
  await database.attempts.bulkPut(attempts);
  return new UsualMistakesStore(database);
}

/** Eleven conv-params attempts, oldest first: the bias forgotten in 4 of the latest 10, once more before. */
const history = [
  attempt('conv-params', '2026-11-01T10:00:00Z', 0.5, [['bias-forgotten']]),
  ...Array.from({ length: 10 }, (_, index) =>
    attempt(
      'conv-params',
      `2026-11-${String(index + 2).padStart(2, '0')}T10:00:00Z`,
      index < 4 ? 0.5 : 1,
      index < 4 ? [['bias-forgotten'], index === 0 ? ['cin-forgotten'] : []] : [[]],
    ),
  ),
  attempt('conv-output-size', '2026-11-20T10:00:00Z', 0, [['padding-once']]),
];

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

describe('your usual mistakes here', () => {
  it('counts each mistake among the template’s last 10 attempts, most frequent first', async () => {
    locale.current = 'en';
    const store = await storeWith(history);
    render(UsualMistakes, { props: { store, template: 'conv-params', finishedAt: null } });
    await vi.waitFor(() => expect(screen.getAllByTestId('usual-mistake')).toHaveLength(2));
    expect(screen.getAllByTestId('usual-mistake').map((line) => line.textContent?.trim())).toEqual([
      'Bias forgotten: 4 of the last 10',
      'Input channels forgotten: 1 of the last 10',
    ]);
  });

  it('says how to get them for a template never worked, and when none was made, in Chinese', async () => {
    const store = await storeWith(history);
    const { rerender } = render(UsualMistakes, {
      props: { store, template: 'pooling-output', finishedAt: null },
    });
    await vi.waitFor(() =>
      expect(screen.getByTestId('usual-mistakes').textContent).toContain('做完几道这类题后'),
    );
    await store.load('conv-params');
    expect(store.mistakes[0]).toEqual({ code: 'bias-forgotten', count: 4, of: 10 });
    const clean = await storeWith([attempt('receptive-field', '2026-11-01T10:00:00Z', 1, [[]])]);
    await rerender({ store: clean, template: 'receptive-field', finishedAt: 1 });
    await vi.waitFor(() =>
      expect(screen.getByTestId('usual-mistakes').textContent).toContain('最近 1 次都没有出现已知的错误。'),
    );
  });
});
