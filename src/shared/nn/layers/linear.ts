import { formulaWord } from '../formula-words.ts';
import { explanation, texNumber, zeroExplanation } from '../explanation.ts';
import { defineLayerKind } from '../layer-kind.ts';
import { limits } from '../limits.ts';
import type { LayerNote } from '../note.ts';
import { elementCount, isSpatial } from '../shape.ts';
import { biasField } from './common-fields.ts';

/**
 * Linear (fully connected): params in out + out, MACs in out. A C x H x W input is flattened implicitly (the
 * seed's AlexNet fc6 over pool5); for the receptive field it is an H x W window over its input grid.
 */
export const linear = defineLayerKind({
  kind: 'linear',
  keyword: 'fc',
  aliases: ['linear'],
  summary: 'Fully connected: fc 4096 nobias (a C x H x W input is flattened).',
  inputs: 'one',
  fields: [
    {
      type: 'count',
      key: 'outFeatures',
      positional: true,
      max: limits.channels,
      summary: 'Output features.',
    },
    biasField,
  ],
  infer(attributes, inputs) {
    const { outFeatures, bias } = attributes;
    const input = inputs[0]!;
    const inFeatures = elementCount(input);
    const biasCount = bias ? outFeatures : 0;
    const flattenNote = isSpatial(input)
      ? [{ code: 'flattened', shape: [...input], features: inFeatures } satisfies LayerNote]
      : [];
    return {
      output: [outFeatures],
      weights: inFeatures * outFeatures,
      bias: biasCount,
      buffers: 0,
      macs: inFeatures * outFeatures,
      otherOps: biasCount,
      receptiveField: { type: 'whole' },
      allocates: true,
      warnings: [],
      explain: () => ({
        output: explanation('Output size', 'n_{out}', texNumber(outFeatures), flattenNote),
        params: explanation(
          'Parameters',
          bias ? 'n_{in} \\cdot n_{out} + n_{out}' : 'n_{in} \\cdot n_{out}',
          `${texNumber(inFeatures)} \\times ${texNumber(outFeatures)}${bias ? ` + ${texNumber(outFeatures)}` : ''} = ${texNumber(inFeatures * outFeatures + biasCount)}`,
          flattenNote,
        ),
        macs: explanation(
          'MACs',
          'n_{in} \\cdot n_{out}',
          `${texNumber(inFeatures)} \\times ${texNumber(outFeatures)} = ${texNumber(inFeatures * outFeatures)}`,
        ),
        otherOps: bias
          ? explanation('Other ops', `n_{out} \\text{ ${formulaWord('biasAdds')}}`, texNumber(outFeatures))
          : zeroExplanation('Other ops', { code: 'noBiasNoAdds' }),
      }),
    };
  },
});
