import { formulaWord } from '../formula-words.ts';
import { explanation, texNumber, texProduct } from '../explanation.ts';
import { defineLayerKind, weightlessFacts } from '../layer-kind.ts';
import type { ReceptiveFieldStep } from '../receptive-field.ts';
import type { Pair } from '../shape.ts';
import { spatialInput } from './spatial-input.ts';

/** Adaptive window m on an axis of length i cut into o: [floor(m i / o), ceil((m+1) i / o)) (PyTorch). */
function windowLengths(input: number, output: number): number {
  let total = 0;
  for (let index = 0; index < output; index++) {
    total += Math.ceil(((index + 1) * input) / output) - Math.floor((index * input) / output);
  }
  return total;
}

/**
 * AdaptiveAvgPool2d: any input to a fixed output size. A 1x1 output is global average pooling, which sees its
 * whole input (receptive field as a window the size of the input). When i is a multiple of o the windows are a
 * regular pool with k = s = i / o; otherwise they are uneven and the receptive field is approximate.
 */
export const adaptiveAvgPool2d = defineLayerKind({
  kind: 'adaptive_avg_pool2d',
  keyword: 'adaptiveavgpool',
  aliases: ['gap'],
  summary: 'Adaptive average pooling to a fixed size: adaptiveavgpool 6x6; gap is global (1x1).',
  inputs: 'one',
  fields: [
    {
      type: 'pair',
      key: 'outputSize',
      positional: true,
      default: [1, 1],
      min: 1,
      summary: 'Output size: 6x6 (default 1x1, global).',
    },
  ],
  infer(attributes, inputs) {
    const { outputSize } = attributes;
    const [channels, height, width] = spatialInput(inputs, 'adaptiveavgpool');
    const inputSize: Pair = [height, width];
    const global = outputSize[0] === 1 && outputSize[1] === 1;
    const even = inputSize.every((size, axis) => size % outputSize[axis]! === 0);
    const step: ReceptiveFieldStep = global
      ? { type: 'whole' }
      : {
          type: 'window',
          kernel: [Math.ceil(height / outputSize[0]), Math.ceil(width / outputSize[1])],
          stride: [height / outputSize[0], width / outputSize[1]],
          padBefore: [0, 0],
          dilation: [1, 1],
          exact: even,
        };
    const summed = channels * windowLengths(height, outputSize[0]) * windowLengths(width, outputSize[1]);
    return weightlessFacts({
      what: 'pooling',
      output: [channels, outputSize[0], outputSize[1]],
      otherOps: summed,
      receptiveField: step,
      explain: () => ({
        output: explanation(
          'Output size',
          'H_{out} \\times W_{out} = \\text{output\\_size}',
          `${texNumber(height)} \\times ${texNumber(width)} \\to ${outputSize[0]} \\times ${outputSize[1]}`,
          [
            global
              ? { code: 'globalAverage' }
              : {
                  code: 'adaptiveWindows',
                  regular: even ? [height / outputSize[0], width / outputSize[1]] : null,
                },
          ],
        ),
        otherOps: explanation(
          'Other ops',
          `C \\sum_{windows} |window| \\text{ ${formulaWord('addsAndDivides')}}`,
          `${texProduct([channels, windowLengths(height, outputSize[0]), windowLengths(width, outputSize[1])])} = ${texNumber(summed)}`,
        ),
      }),
    });
  },
});
