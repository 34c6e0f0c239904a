import { layerProblem } from '../errors.ts';
import { isSpatial, type Shape } from '../shape.ts';

/** The one input of a layer that needs a [C, H, W] feature map. */
export function spatialInput(inputs: readonly Shape[], what: string): readonly [number, number, number] {
  const input = inputs[0]!;
  if (!isSpatial(input)) {
    throw layerProblem({ code: 'needsFeatureMap', kind: what, shape: [...input] });
  }
  return input;
}
