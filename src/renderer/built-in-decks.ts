import { cnnConceptsDeck } from '../shared/deck/seed/cnn-concepts.ts';
import { homework2Deck } from '../shared/deck/seed/homework2.ts';
import { skillCatalogue } from '../shared/problems/skill-catalogue.ts';
import { problemsDeck } from '../shared/problems/skills.ts';
import type { Deck } from '../shared/deck/deck.ts';

/**
 * The decks the app installs at every start: the concepts, the homework and the problems' skills. Loaded apart
 * from the first screen's script, and only a first start waits for them (main.ts). The problems deck is made
 * from its catalogue, so the templates that grade it load with the practice screen, not here.
 */
export function builtInDecks(): Deck[] {
  return [cnnConceptsDeck, homework2Deck, problemsDeck(skillCatalogue)];
}
