import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LazyScreen from '../../../src/renderer/components/LazyScreen.svelte';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import { Lazy } from '../../../src/renderer/lib/lazy.svelte.ts';

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

/** The screen a loaded part shows: its name in a heading. */
const screenOf = createRawSnippet((name: () => string) => ({ render: () => `<h1>${name()}</h1>` }));

/** A part whose first load fails as a chunk that did not arrive, and whose second load works. */
function failingOnce(): Lazy<string> {
  let attempts = 0;
  return new Lazy(async () => {
    if (++attempts === 1) throw new TypeError('Failed to fetch dynamically imported module: stats.js');
    return 'Stats';
  });
}

describe('LazyScreen', () => {
  it('shows the screen once it has loaded', async () => {
    render(LazyScreen, { load: new Lazy(async () => 'Calculator').load, children: screenOf });
    expect(await screen.findByRole('heading', { name: 'Calculator' })).toBeTruthy();
  });

  it('says what failed and what to do, in English, and loads again on Try again', async () => {
    locale.current = 'en';
    render(LazyScreen, { load: failingOnce().load, children: screenOf });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This screen could not be loaded: Failed to fetch');
    expect(alert.textContent).toContain('Press Try again; if it still fails, press Restart.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Stats' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it in Chinese too, and restarts the app on 重新启动', async () => {
    const onrestart = vi.fn();
    render(LazyScreen, { load: failingOnce().load, children: screenOf, onrestart });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('这个页面没有加载出来');
    expect(alert.textContent).toContain('请点「重试」');
    await userEvent.click(screen.getByRole('button', { name: '重新启动' }));
    expect(onrestart).toHaveBeenCalledOnce();
  });
});
