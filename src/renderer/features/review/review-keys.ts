import { type Rating, ratings } from '../../../shared/srs/review-log.ts';

/** Where a card stands on the review screen. */
export type ReviewPhase = 'loading' | 'question' | 'answer' | 'checked' | 'done';

/** What a key does on the review screen. */
export type ReviewAction =
  | { kind: 'reveal' }
  | { kind: 'grade'; rating: Rating }
  | { kind: 'choose'; letter: string }
  | { kind: 'check' }
  | { kind: 'next' }
  | { kind: 'undo' }
  | { kind: 'bury' }
  | { kind: 'suspend' }
  | { kind: 'flag' };

export interface ReviewKeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The review screen's keys (Anki's, plus the drill's for multiple choice). Ctrl+Z (⌘Z) undoes the last
 * grading anywhere. A flashcard: Space or Enter shows the answer, then 1–4 grade 重来/困难/良好/简单. A
 * multiple-choice card (`letters` are its options): A–D or 1–4 choose, Enter checks; once checked, Space or
 * Enter goes on. On any card, as Anki: `-` buries it until tomorrow, `@` suspends it, Ctrl+1–4 flag or
 * unflag it (a card has one flag here, not Anki's four colours, so each of the four toggles it). Anything
 * else, and any other modifier, is left to the browser: null.
 */
export function reviewKeyAction(
  input: ReviewKeyInput,
  phase: ReviewPhase,
  letters: readonly string[] | null,
): ReviewAction | null {
  const key = input.key;
  const onCard = phase === 'question' || phase === 'answer' || phase === 'checked';
  const command = (input.ctrlKey || input.metaKey) && !input.altKey;
  if (command && key.toLowerCase() === 'z') return { kind: 'undo' };
  if (command && onCard && /^[1-4]$/.test(key)) return { kind: 'flag' };
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (onCard && key === '-') return { kind: 'bury' };
  if (onCard && key === '@') return { kind: 'suspend' };
  const confirm = key === ' ' || key === 'Enter';
  const number = /^[1-9]$/.test(key) ? Number(key) : null;
  if (phase === 'checked') return confirm ? { kind: 'next' } : null;
  if (letters !== null && phase === 'question') {
    if (key === 'Enter') return { kind: 'check' };
    const letter = number !== null ? letters[number - 1] : letters.find((each) => each === key.toUpperCase());
    return letter === undefined ? null : { kind: 'choose', letter };
  }
  if (phase === 'question') return confirm ? { kind: 'reveal' } : null;
  if (phase === 'answer' && number !== null && number <= ratings.length)
    return { kind: 'grade', rating: ratings[number - 1]! };
  return null;
}
