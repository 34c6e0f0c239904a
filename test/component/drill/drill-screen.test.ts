import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { homework2Deck } from '../../../src/shared/deck/seed/homework2.ts';
import { Scheduler } from '../../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../../src/shared/srs/settings.ts';
import { createDatabase } from '../../../src/renderer/lib/db/database.ts';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import DrillScreen from '../../../src/renderer/features/drill/DrillScreen.svelte';
import { localOwnership } from '../../../src/renderer/features/drill/drill-ownership.ts';
import { DrillStore } from '../../../src/renderer/features/drill/drill-store.svelte.ts';

let counter = 0;
async function renderScreen() {
  const database = createDatabase(`drill-screen-${++counter}`);
  const store = new DrillStore({
    database,
    deck: homework2Deck,
    scheduling: { scheduler: new Scheduler(defaultSrsSettings) },
    clock: () => 5_000_000,
    newSeed: () => 7,
    ownership: localOwnership(new Map()),
  });
  await store.load();
  render(DrillScreen, { props: { store } });
  return store;
}

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

describe('DrillScreen', () => {
  it('starts a drill from the setup form and answers with clicks and keys', async () => {
    locale.current = 'en';
    const store = await renderScreen();
    expect(screen.getByTestId('selected-count').textContent).toContain('7 questions');
    await fireEvent.click(screen.getByLabelText('Shuffle the options'));
    await fireEvent.click(screen.getByRole('button', { name: 'Start the drill' }));
    expect(screen.getByText('Question 1 of 7')).toBeTruthy();
    const optionB = document.querySelector('button.option[data-letter="B"]')!;
    await fireEvent.click(optionB);
    expect(optionB.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.keyDown(window, { key: 'Enter' });
    expect(screen.getByText('Question 2 of 7')).toBeTruthy();
    await fireEvent.keyDown(window, { key: 'm' });
    expect(store.drill?.questions[1]?.marked).toBe(true);
    store.dispose();
  });

  it('refuses a count that is not a whole number in range, in Chinese', async () => {
    const store = await renderScreen();
    const count = screen.getByLabelText(/题数/);
    await fireEvent.input(count, { target: { value: '9' } });
    expect(screen.getByRole('alert').textContent).toContain('1 到 7');
    expect((screen.getByRole('button', { name: '开始练习' }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.input(count, { target: { value: '3' } });
    expect(screen.getByTestId('selected-count').textContent).toContain('3');
    store.dispose();
  });
});
