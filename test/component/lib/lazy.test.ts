import { describe, expect, it } from 'vitest';
import { Lazy } from '../../../src/renderer/lib/lazy.svelte.ts';

describe('Lazy (a screen loaded on first use)', () => {
  it('loads once for every caller and keeps what it loaded in value', async () => {
    let loads = 0;
    const lazy = new Lazy(async () => ({ store: ++loads }));
    expect(lazy.value).toBeUndefined();
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).toBe(second);
    expect(await lazy.load()).toBe(first);
    expect(loads).toBe(1);
    expect(lazy.value).toEqual({ store: 1 });
  });

  it('does not keep a failed load: the next call tries again', async () => {
    let attempts = 0;
    const lazy = new Lazy(async () => {
      attempts++;
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
      return 'screen';
    });
    await expect(lazy.load()).rejects.toThrow('Failed to fetch');
    expect(lazy.value).toBeUndefined();
    expect(await lazy.load()).toBe('screen');
    expect(attempts).toBe(2);
  });
});
