import type { KeyInput } from '../drill/keyboard.ts';

/** What a key does on the Browse screen. */
export type BrowseKeyAction =
  { type: 'focus-search' } | { type: 'move'; by: number } | { type: 'edit' } | { type: 'undo' };

/**
 * Browse's keyboard: `/` focuses the search, ↑ ↓ move through the table (Page Up / Page Down by ten), Enter
 * edits the selected card, Ctrl+Z (⌘Z) undoes the last delete. While the student types (`typing`), a field
 * keeps its own keys: Ctrl+Z undoes typing there, `/` is typed, and Enter in the edit form is a new line;
 * only the search box lends the table its arrows and Enter. null: the key is left to the browser.
 */
export function browseKey(input: KeyInput, typing: 'none' | 'search' | 'text'): BrowseKeyAction | null {
  const command = input.ctrlKey || input.metaKey;
  if (command && !input.altKey && (input.key === 'z' || input.key === 'Z'))
    return typing === 'none' ? { type: 'undo' } : null;
  if (command || input.altKey || typing === 'text') return null;
  switch (input.key) {
    case 'ArrowDown':
      return { type: 'move', by: 1 };
    case 'ArrowUp':
      return { type: 'move', by: -1 };
    case 'PageDown':
      return { type: 'move', by: 10 };
    case 'PageUp':
      return { type: 'move', by: -10 };
    case 'Enter':
      return { type: 'edit' };
    case '/':
      return typing === 'search' ? null : { type: 'focus-search' };
  }
  return null;
}
