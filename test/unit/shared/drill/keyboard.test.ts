import { describe, expect, it } from 'vitest';
import { applyDrillAction } from '../../../../src/shared/drill/actions.ts';
import { keyToAction } from '../../../../src/shared/drill/keyboard.ts';
import { startDrill } from '../../../../src/shared/drill/start.ts';
import { T0, configFor, items } from './drill-fixtures.ts';

const start = () => startDrill(configFor({ kind: 'practice' }), items, T0, 1);

describe('keyToAction', () => {
  it('chooses with 1–4, A–D and a–d', () => {
    const state = start();
    expect(keyToAction({ key: '1' }, state)).toEqual({ type: 'choose', question: 0, option: 'A' });
    expect(keyToAction({ key: '4' }, state)).toEqual({ type: 'choose', question: 0, option: 'D' });
    expect(keyToAction({ key: 'C' }, state)).toEqual({ type: 'choose', question: 0, option: 'C' });
    expect(keyToAction({ key: 'b' }, state)).toEqual({ type: 'choose', question: 0, option: 'B' });
  });

  it('gives nothing for a fifth option, other keys, or keys with modifiers', () => {
    const state = start();
    expect(keyToAction({ key: '5' }, state)).toBeNull();
    expect(keyToAction({ key: 'e' }, state)).toBeNull();
    expect(keyToAction({ key: 'Tab' }, state)).toBeNull();
    expect(keyToAction({ key: 'a', ctrlKey: true }, state)).toBeNull();
  });

  it('maps Enter to next, and to submit on the last question', () => {
    let state = start();
    expect(keyToAction({ key: 'Enter' }, state)).toEqual({ type: 'next' });
    state = applyDrillAction(state, { type: 'go', question: 6 }, T0);
    expect(keyToAction({ key: 'Enter' }, state)).toEqual({ type: 'submit' });
  });

  it('maps M to mark, the arrows to previous and next (none past either end), P to pause and resume', () => {
    let state = start();
    expect(keyToAction({ key: 'm' }, state)).toEqual({ type: 'toggle-mark', question: 0 });
    expect(keyToAction({ key: 'M' }, state)).toEqual({ type: 'toggle-mark', question: 0 });
    expect(keyToAction({ key: 'ArrowLeft' }, state)).toBeNull();
    expect(keyToAction({ key: 'ArrowRight' }, state)).toEqual({ type: 'next' });
    expect(keyToAction({ key: 'p' }, state)).toEqual({ type: 'pause' });
    state = applyDrillAction(state, { type: 'pause' }, T0);
    expect(keyToAction({ key: 'P' }, state)).toEqual({ type: 'resume' });
    expect(keyToAction({ key: '1' }, state)).toBeNull();
  });

  it('gives nothing in a finished drill', () => {
    const finished = applyDrillAction(start(), { type: 'submit' }, T0);
    for (const key of ['1', 'a', 'Enter', 'm', 'p', 'ArrowRight'])
      expect(keyToAction({ key }, finished)).toBeNull();
  });
});
