import type { Language } from '../../../shared/deck/localized-text.ts';
import { wordReason } from '../../../shared/nn/reason-messages.ts';
import type { EngineFailure } from './calculator-store.svelte.ts';
import { calculatorMessages as messages } from './messages.ts';

/**
 * What went wrong in the engine, in the student's language: the network's reason when there is one, else the
 * error code's words. The engine's own detail is English for logs: it is shown in the English UI only.
 */
export function failureText(failure: EngineFailure, language: Language): string {
  if (failure.reason) return wordReason(failure.reason, language);
  const words = messages.engineErrors[failure.code][language];
  return language === 'en' && failure.detail ? `${words} (${failure.detail})` : words;
}
