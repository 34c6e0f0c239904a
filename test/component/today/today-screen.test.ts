import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import TodayScreen from '../../../src/renderer/features/today/TodayScreen.svelte';
import { TodayStore } from '../../../src/renderer/features/today/today-store.svelte.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { installDeck } from '../../../src/renderer/lib/db/decks.ts';
import { installCards } from '../../../src/renderer/lib/db/reviews.ts';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import type { Deck } from '../../../src/shared/deck/deck.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';

const now = Date.UTC(2026, 11, 2, 12);
const text = (value: string) => ({ zh: value, en: value });
const deck: Deck = {
  id: 'deck',
  title: { zh: '牌组一', en: 'Deck one' },
  items: [{ id: 'basic', kind: 'basic', tags: [], front: text('front'), back: text('back') }],
};

let counter = 0;
async function renderToday(withCards: boolean) {
  const database = createDatabase(`today-screen-${++counter}`);
  await installDeck(database, deck, now);
  if (withCards) await installCards(database, deck, now);
  const scheduling = { scheduler: new Scheduler(defaultSrsSettings) };
  const store = new TodayStore({ database, scheduling, clock: () => now });
  const onstart = vi.fn();
  render(TodayScreen, { props: { store, onstart } });
  await vi.waitFor(() => expect(store.numbers).not.toBeNull());
  return onstart;
}

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

describe('TodayScreen', () => {
  it('shows the counts and starts the review with Enter', async () => {
    locale.current = 'en';
    const onstart = await renderToday(true);
    expect(screen.getByRole('rowheader', { name: 'Deck one' })).toBeTruthy();
    expect(screen.getByTestId('today-minutes').textContent).toBe('About 1 min');
    await fireEvent.keyDown(window, { key: 'Enter' });
    expect(onstart).toHaveBeenCalledExactlyOnceWith(null);
    await fireEvent.click(screen.getByRole('button', { name: 'Review Deck one' }));
    expect(onstart).toHaveBeenLastCalledWith('deck');
  });

  it('places the small forecast under the decks, saying how to fill it before any review', async () => {
    await renderToday(true);
    await vi.waitFor(() =>
      expect(screen.getByTestId('today-forecast-empty').textContent?.trim()).toBe(
        '复习几张卡片后，这里会显示它们在接下来几天的到期情况。',
      ),
    );
  });

  it('says when nothing is due, in Chinese, and Enter then does nothing', async () => {
    const onstart = await renderToday(false);
    expect(screen.getByTestId('today-empty').textContent).toContain('今天没有要复习的卡片');
    expect(screen.queryByRole('button', { name: '开始复习' })).toBeNull();
    await fireEvent.keyDown(window, { key: 'Enter' });
    expect(onstart).not.toHaveBeenCalled();
  });
});
