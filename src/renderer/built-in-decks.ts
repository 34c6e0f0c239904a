import { cnnConceptsDeck } from '../shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../shared/deck/seed/homework2.ts';
import { homeworkProblems, templates } from '../shared/problems/registry.ts';
import { type PracticeChoice, practiceChoices, problemsDeck } from '../shared/problems/skills.ts';
import type { Deck } from '../shared/deck/deck.ts';

export interface BuiltInDecks {
  decks: Deck[];
  choices: PracticeChoice[];
}

/**
 * The decks the app installs at every start, and the problems' skills they include (the homework's problems and
 * every template, each an FSRS item: src/shared/problems/skills.ts). Loaded apart from the first screen's script:
 * the templates are a large part of the app's code, and only a first start waits for them (main.ts).
 */
export function builtInDecks(): BuiltInDecks {
  const choices = practiceChoices(
    templates,
    homeworkProblems().map((entry) => entry.problem),
  );
  return { decks: [cnnConceptsDeck, homework2Deck, problemsDeck(choices)], choices };
}
