/** What a key does on a practice problem. */
export type PracticeAction =
  | { kind: 'next-field' }
  | { kind: 'leave-field' }
  | { kind: 'finish' }
  | { kind: 'new-variant' }
  | { kind: 'hint' }
  | { kind: 'solution' };

export interface PracticeKeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface PracticeKeyContext {
  /** The focus is in an answer box: letters are typing (an expression such as s(1-s) has an s). */
  inField: boolean;
  finished: boolean;
}

/**
 * The practice keys (listed on the screen). Tab moves between boxes as the browser does; Enter in a box goes
 * to the next one; Esc leaves the box. Ctrl+Enter (⌘Enter) finishes, and once finished brings a new variant,
 * from anywhere. H shows the next hint and S the solution, only outside a box, so typing an h or an s in an
 * answer never opens them. Anything else is left to the browser: null.
 */
export function practiceKeyAction(
  input: PracticeKeyInput,
  context: PracticeKeyContext,
): PracticeAction | null {
  const command = input.ctrlKey || input.metaKey;
  if (input.key === 'Enter' && command && !input.altKey)
    return context.finished ? { kind: 'new-variant' } : { kind: 'finish' };
  if (command || input.altKey) return null;
  if (context.inField) {
    if (input.key === 'Enter') return { kind: 'next-field' };
    return input.key === 'Escape' ? { kind: 'leave-field' } : null;
  }
  const letter = input.key.toLowerCase();
  if (letter === 'h') return { kind: 'hint' };
  return letter === 's' ? { kind: 'solution' } : null;
}
