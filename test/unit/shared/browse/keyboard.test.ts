import { describe, expect, it } from 'vitest';
import { browseKey } from '../../../../src/shared/browse/keyboard.ts';

describe('the Browse keyboard', () => {
  it('moves, edits and focuses the search outside any field', () => {
    expect(browseKey({ key: 'ArrowDown' }, 'none')).toEqual({ type: 'move', by: 1 });
    expect(browseKey({ key: 'ArrowUp' }, 'none')).toEqual({ type: 'move', by: -1 });
    expect(browseKey({ key: 'PageDown' }, 'none')).toEqual({ type: 'move', by: 10 });
    expect(browseKey({ key: 'Enter' }, 'none')).toEqual({ type: 'edit' });
    expect(browseKey({ key: '/' }, 'none')).toEqual({ type: 'focus-search' });
    expect(browseKey({ key: 'x' }, 'none')).toBeNull();
  });

  it('keeps arrows and Enter working from the search box, but lets / be typed there', () => {
    expect(browseKey({ key: 'ArrowDown' }, 'search')).toEqual({ type: 'move', by: 1 });
    expect(browseKey({ key: 'Enter' }, 'search')).toEqual({ type: 'edit' });
    expect(browseKey({ key: '/' }, 'search')).toBeNull();
  });

  it('leaves every key to a field being typed in, Ctrl+Z included (it undoes typing there)', () => {
    for (const key of ['ArrowDown', 'Enter', '/']) expect(browseKey({ key }, 'text')).toBeNull();
    expect(browseKey({ key: 'z', ctrlKey: true }, 'text')).toBeNull();
    expect(browseKey({ key: 'z', ctrlKey: true }, 'search')).toBeNull();
  });

  it('undoes a delete with Ctrl+Z or ⌘Z, not with Ctrl+Alt+Z or Ctrl+arrows', () => {
    expect(browseKey({ key: 'z', ctrlKey: true }, 'none')).toEqual({ type: 'undo' });
    expect(browseKey({ key: 'Z', metaKey: true }, 'none')).toEqual({ type: 'undo' });
    expect(browseKey({ key: 'z', ctrlKey: true, altKey: true }, 'none')).toBeNull();
    expect(browseKey({ key: 'ArrowDown', ctrlKey: true }, 'none')).toBeNull();
  });
});
