import { formulaWord } from '../formula-words.ts';
import { explanation, texNumber, texProduct, zeroExplanation } from '../explanation.ts';
import { defineLayerKind } from '../layer-kind.ts';
import { elementCount } from '../shape.ts';
import { spatialInput } from './spatial-input.ts';

/**
 * BatchNorm2d: 2C learnable (gamma, beta); running mean and variance are 2C buffers, shown apart (ENGINE.md
 * convention 3). At inference it is a scale and a shift per element: 2 other ops each.
 */
export const batchNorm2d = defineLayerKind({
  kind: 'batch_norm2d',
  keyword: 'bn',
  aliases: ['batchnorm'],
  summary: 'Batch normalisation over channels: bn.',
  inputs: 'one',
  fields: [],
  infer(_attributes, inputs) {
    const input = spatialInput(inputs, 'bn');
    const channels = input[0];
    const elements = elementCount(input);
    return {
      output: input,
      weights: channels,
      bias: channels,
      buffers: 2 * channels,
      macs: 0,
      otherOps: 2 * elements,
      receptiveField: { type: 'identity' },
      allocates: true,
      warnings: [],
      explain: () => ({
        output: explanation(
          'Output size',
          `C \\times H \\times W \\text{ ${formulaWord('unchanged')}}`,
          texProduct(input),
        ),
        params: explanation(
          'Parameters',
          '2C \\;(\\gamma, \\beta)',
          `2 \\times ${texNumber(channels)} = ${texNumber(2 * channels)}`,
          [{ code: 'bnBuffers', count: 2 * channels }],
        ),
        macs: zeroExplanation('MACs', { code: 'notInMacs', subject: 'batchNorm' }),
        otherOps: explanation(
          'Other ops',
          `2 \\cdot C H W \\text{ ${formulaWord('scaleAndShift')}}`,
          `2 \\times ${texProduct(input)} = ${texNumber(2 * elements)}`,
          [{ code: 'bnInference' }],
        ),
      }),
    };
  },
});
