import { cnnConceptsDeck } from '../shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../shared/deck/seed/homework2.ts';
import { homeworkProblems, templates } from '../shared/problems/registry.ts';
import { practiceChoices, problemsDeck } from '../shared/problems/skills.ts';

/**
 * The decks the app installs at every start, and the problems' skills they include (the homework's problems and
 * every template, each an FSRS item: src/shared/problems/skills.ts). Loaded beside the database's opening, not
 * before it: the templates are a large part of the app's script.
 */
export function builtInDecks() {
  const choices = practiceChoices(
    templates,
    homeworkProblems().map((entry) => entry.problem),
  );
  return { decks: [cnnConceptsDeck, homework2Deck, problemsDeck(choices)], choices, homework: homework2Deck };
}
