import type { Language } from '../../../shared/deck/localized-text.ts';
import { wordRefusal } from '../../../shared/engine/refusal-messages.ts';
import { wordReason } from '../../../shared/nn/reason-messages.ts';
import type { EngineFailure } from './calculator-store.svelte.ts';
import { calculatorMessages as messages } from './messages.ts';

/**
 * What went wrong in the engine, in the student's language: the network's reason when there is one, else the
 * engine's refusal (which field, which limit), else the error code's words. The engine's English `message` is
 * for logs: no screen shows it.
 */
export function failureText(failure: EngineFailure, language: Language): string {
  if (failure.reason) return wordReason(failure.reason, language);
  if (failure.refusal) return wordRefusal(failure.refusal, language);
  return messages.engineErrors[failure.code][language];
}
