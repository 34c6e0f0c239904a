import type { Analysis } from '../../nn/analysis.ts';
import type { NetworkSpec } from '../../nn/network.ts';
import { applyStep, type ReceptiveFieldStep } from '../../nn/receptive-field.ts';
import { findLayerKind } from '../../nn/registry.ts';
import { isSpatial, type Pair } from '../../nn/shape.ts';
import type { MistakeCode } from '../mistakes.ts';

/**
 * The receptive field of a chain of layers as the stack templates work it: the engine's own step per layer
 * (src/shared/nn/receptive-field.ts), started from any field, so that a row can be worked from the student's
 * own previous row (follow-through) or under a misconception of the catalogue. Stacks here are square, so one
 * axis says it all.
 */

/** A layer that changes the receptive field (conv, pooling, fully connected), with the engine's step for it. */
export interface FieldStep {
  name: string;
  step: ReceptiveFieldStep;
  /** The grid the layer reads: a fully connected layer is a window as large as this grid. */
  inputGrid: Pair;
  outputGrid: Pair | null;
}

/** The receptive field size r and the jump j (the product of the strides so far) of one axis. */
export interface FieldSize {
  size: number;
  jump: number;
}

/** Unit 0 of the input sees itself: r = 1, j = 1. */
export const inputField: FieldSize = { size: 1, jump: 1 };

/**
 * The steps of a chain network's layers, in order, from its analysis; layers that leave the field as it is
 * (activations, dropout) are left out, as the homework's tables leave out the ReLUs.
 */
export function fieldSteps(network: NetworkSpec, analysis: Analysis): FieldStep[] {
  const steps: FieldStep[] = [];
  for (const layer of network.layers) {
    const row = analysis.layers.find((candidate) => candidate.name === layer.name);
    const kind = findLayerKind(layer.kind);
    if (!row || !kind) throw new Error(`Layer ${layer.name} of ${network.name} is not in its analysis.`);
    const step = kind.infer(layer.attributes, row.inputShapes, layer.inputs).receptiveField;
    if (step.type === 'identity') continue;
    const input = row.inputShapes[0]!;
    steps.push({
      name: layer.name,
      step,
      inputGrid: isSpatial(input) ? [input[1], input[2]] : [1, 1],
      outputGrid: isSpatial(row.output) ? [row.output[1]!, row.output[2]!] : null,
    });
  }
  return steps;
}

/** One layer applied to a field: r' = r + (k_eff - 1) j, j' = j s (Distill 2019; ENGINE.md convention 5). */
export function stepField(layer: FieldStep, from: FieldSize): FieldSize {
  const field = applyStep(
    layer.step,
    [
      {
        size: [from.size, from.size],
        jump: [from.jump, from.jump],
        start: [0, 0],
        aligned: true,
        exact: true,
        grid: layer.inputGrid,
      },
    ],
    layer.outputGrid,
  );
  return { size: field.size[0], jump: field.jump[0] };
}

/** The layer's own stride: the jump it gives a field of jump 1. */
export function strideOf(layer: FieldStep): number {
  return stepField(layer, inputField).jump;
}

/**
 * How a student treats the jump: `accumulated` is right; `ignored` grows the field by k - 1 only
 * (`rf-jump-ignored`); `own-stride` takes each layer's jump to be its own stride, not the product of the
 * strides so far (`rf-stride-not-multiplied`).
 */
export type JumpBelief = 'accumulated' | 'ignored' | 'own-stride';

/** The catalogue's codes for the two wrong beliefs. */
export const jumpMistakes: readonly (readonly [Exclude<JumpBelief, 'accumulated'>, MistakeCode])[] = [
  ['ignored', 'rf-jump-ignored'],
  ['own-stride', 'rf-stride-not-multiplied'],
];

/** Layer `index`'s field worked from `previous`, the field of the layer before it, under a belief. */
export function nextField(
  layers: readonly FieldStep[],
  index: number,
  previous: FieldSize,
  belief: JumpBelief,
): FieldSize {
  const layer = layers[index]!;
  switch (belief) {
    case 'accumulated':
      return stepField(layer, previous);
    case 'ignored':
      return { size: stepField(layer, { size: previous.size, jump: 1 }).size, jump: 1 };
    case 'own-stride': {
      const stride = index > 0 ? strideOf(layers[index - 1]!) : 1;
      return { size: stepField(layer, { size: previous.size, jump: stride }).size, jump: strideOf(layer) };
    }
  }
}

/** Every layer's field, by name, worked from the input under a belief. */
export function fieldsUnder(layers: readonly FieldStep[], belief: JumpBelief): Map<string, FieldSize> {
  const fields = new Map<string, FieldSize>();
  let field = inputField;
  layers.forEach((layer, index) => {
    field = nextField(layers, index, field, belief);
    fields.set(layer.name, field);
  });
  return fields;
}

/** A given value that is a number, or the fallback (a given may hold a shape or a text of another kind). */
export function givenNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
