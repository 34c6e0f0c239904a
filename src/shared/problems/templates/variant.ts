import { mulberry32, randomIndex, type RandomSource } from '../../random.ts';
import type { Problem } from '../problem.ts';
import { variantId } from '../template.ts';

/** What the templates share to make variants from a seed (src/shared/random.ts's mulberry32). */

/** One of `values`, uniformly. */
export function pick<Value>(random: RandomSource, values: readonly Value[]): Value {
  if (values.length === 0) throw new Error('pick: no values to choose from');
  return values[randomIndex(random, values.length)]!;
}

/** A whole number in [low, high], both included. */
export function between(random: RandomSource, low: number, high: number): number {
  return low + randomIndex(random, high - low + 1);
}

/**
 * Draws candidates until one is sensible (a size a student can work by hand, no degenerate layer): the same
 * seed gives the same draws, so the same problem. A template whose draws are almost never sensible is a bug,
 * said after `attempts`.
 */
export function drawUntil<Value>(
  random: RandomSource,
  draw: (random: RandomSource) => Value,
  sensible: (value: Value) => boolean,
  attempts = 1000,
): Value {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const value = draw(random);
    if (sensible(value)) return value;
  }
  throw new Error(`no sensible variant in ${attempts} draws`);
}

/** What a template writes for its parameters: the question, the answer fields and the hints. */
export type ProblemContent<Parameters> = Pick<Problem<Parameters>, 'prompt' | 'fields' | 'hints'>;

/** The variant of `template` for `seed`: parameters drawn until sensible, then written by `write`. */
export function generateVariant<Parameters>(
  template: string,
  seed: number,
  draw: (random: RandomSource) => Parameters,
  sensible: (parameters: Parameters) => boolean,
  write: (parameters: Parameters) => ProblemContent<Parameters>,
): Problem<Parameters> {
  const parameters = drawUntil(mulberry32(seed), draw, sensible);
  return { id: variantId(template, seed), template, seed, parameters, ...write(parameters) };
}

/**
 * A homework problem's fixed instance whose content is written when first read: some work a whole network
 * through the engine (homework 5 and 6: ~10 ms each), and every start loads the instances to install the
 * problems deck, which needs only their ids and parameters (problems/skills.ts). Read once, the content is kept.
 */
export function fixedInstance<Parameters>(
  base: Pick<Problem<Parameters>, 'id' | 'template' | 'parameters'>,
  write: () => ProblemContent<Parameters>,
): Problem<Parameters> {
  let content: ProblemContent<Parameters> | undefined;
  const written = () => (content ??= write());
  return {
    ...base,
    seed: null,
    get prompt() {
      return written().prompt;
    },
    get fields() {
      return written().fields;
    },
    get hints() {
      return written().hints;
    },
  };
}
