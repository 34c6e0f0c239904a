import { type DrillAction, checkAction } from './actions.ts';
import { type DrillState, displayLetter, displayPosition } from './drill-state.ts';

/** The part of a KeyboardEvent the drill reads (a KeyboardEvent can be passed as it is). */
export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The drill's keyboard: 1–9 or A–Z (either case) choose the option shown at that place, Enter goes to the next
 * question (or submits on the last), M marks for review, ← and → move, P pauses and resumes. Returns the action,
 * or null when the key means nothing here or its action would be refused (a fifth option that does not
 * exist, → on the last question, anything in a finished drill), so a key press never throws. Keys with
 * Ctrl, Meta or Alt are left to the browser.
 */
export function keyToAction(input: KeyInput, state: DrillState): DrillAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const action = candidate(input.key, state);
  return action && checkAction(state, action) === null ? action : null;
}

function candidate(key: string, state: DrillState): DrillAction | null {
  const question = state.current;
  switch (key) {
    case 'p':
    case 'P':
      return { type: state.status === 'paused' ? 'resume' : 'pause' };
    case 'm':
    case 'M':
      return { type: 'toggle-mark', question };
    case 'ArrowLeft':
      return { type: 'previous' };
    case 'ArrowRight':
      return { type: 'next' };
    case 'Enter':
      return checkAction(state, { type: 'next' }) === null ? { type: 'next' } : { type: 'submit' };
  }
  const position = /^[1-9]$/.test(key) ? Number(key) - 1 : displayPosition(key);
  return position >= 0 ? { type: 'choose', question, option: displayLetter(position) } : null;
}
