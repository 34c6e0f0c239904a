import { usualMistakes, type UsualMistake } from '../../../shared/stats/mistakes.ts';
import type { DeepDrillDatabase } from '../../lib/db/index.ts';
import { latestTemplateAttempts } from '../../lib/db/template-attempts.ts';

/** The latest attempts "your usual mistakes here" counts over (PRODUCT.md: "forgot the bias 4 of the last 10"). */
export const usualWindow = 10;

/**
 * The mistakes the student keeps making on one template: the Stats screen's aggregation (usualMistakes in
 * src/shared/stats/mistakes.ts) over its latest attempts. `attempts` is how many there were (0: none yet).
 */
export class UsualMistakesStore {
  template = $state<string | null>(null);
  mistakes = $state.raw<UsualMistake[]>([]);
  attempts = $state(0);
  #ticket = 0;

  constructor(private readonly database: DeepDrillDatabase) {}

  /** Reads the template's latest attempts again (on opening a problem, and after finishing one). */
  load = async (template: string): Promise<void> => {
    const ticket = ++this.#ticket;
    const attempts = await latestTemplateAttempts(this.database, template, usualWindow);
    // A slower read for a problem left since then is dropped.
    if (ticket !== this.#ticket) return;
    this.template = template;
    this.attempts = attempts.length;
    this.mistakes = usualMistakes(attempts, template, usualWindow);
  };
}
