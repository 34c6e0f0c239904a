import { formulaWord } from '../formula-words.ts';
import { poolPaddingExcess } from '../../conv/pool2d.ts';
import { layerProblem } from '../errors.ts';
import { explanation, texNumber, texProduct, withNotes } from '../explanation.ts';
import { defineField, type PaddingValue } from '../fields.ts';
import { defineLayerKind, weightlessFacts, type LayerFacts } from '../layer-kind.ts';
import type { Pair, Shape } from '../shape.ts';
import { dilationField, kernelField, paddingField } from './common-fields.ts';
import { spatialInput } from './spatial-input.ts';
import { resolvePadding, slideWindow } from './window.ts';

/** A pooling layer's attributes as both kinds read them (average pooling has no dilation field). */
interface PoolSettings {
  kernel: Pair;
  /** null: the kernel size (PyTorch's default). */
  stride: Pair | null;
  padding: PaddingValue;
  dilation: Pair;
  ceilMode: boolean;
  countIncludePad: boolean;
}

const poolStrideField = defineField({
  type: 'pair',
  key: 'stride',
  prefix: 's',
  default: null,
  min: 1,
  summary: 'Stride: s2 (default: the kernel size).',
});
const ceilField = defineField({
  type: 'flag',
  key: 'ceilMode',
  word: 'ceil',
  default: false,
  summary: 'ceil: ceil_mode, keep a last partial window.',
});
const countIncludePadField = defineField({
  type: 'flag',
  key: 'countIncludePad',
  word: 'exclude-pad',
  default: true,
  summary: 'exclude-pad: average over real inputs only (count_include_pad = False).',
});

function poolFacts(mode: 'max' | 'avg', settings: PoolSettings, inputs: readonly Shape[]): LayerFacts {
  const { kernel, padding, ceilMode, countIncludePad, dilation } = settings;
  const stride = settings.stride ?? kernel;
  const [channels, height, width] = spatialInput(inputs, `${mode}pool`);
  const sides = resolvePadding(padding, kernel, dilation, stride);
  const excess = poolPaddingExcess(kernel, sides);
  if (excess) {
    throw layerProblem(
      {
        code: 'poolPaddingTooLarge',
        padding: sides[excess.side]!,
        window: excess.axisKernel,
        limit: excess.limit,
      },
      'padding',
    );
  }
  const window = slideWindow(height, width, {
    kernel,
    stride,
    padding: sides,
    dilation,
    ceilMode,
    noun: 'window',
  });
  const outputs = channels * window.height * window.width;
  const taps = kernel[0] * kernel[1];
  const perOutput = mode === 'max' ? taps - 1 : taps;
  const averageNote = mode === 'avg' && !countIncludePad ? [{ code: 'excludePad' } as const] : [];
  return weightlessFacts({
    what: 'pooling',
    output: [channels, window.height, window.width],
    otherOps: outputs * perOutput,
    receptiveField: window.receptiveField,
    warnings: window.warnings,
    explain: () => ({
      output: withNotes(
        window.explainOutput(),
        [{ code: 'channelsUnchanged', count: channels }],
        averageNote,
      ),
      otherOps: explanation(
        'Other ops',
        mode === 'max'
          ? `C H_{out} W_{out} (k_h k_w - 1) \\text{ ${formulaWord('comparisons')}}`
          : `C H_{out} W_{out} \\cdot k_h k_w \\text{ ${formulaWord('addsAndOneDivide')}}`,
        `${texProduct([channels, window.height, window.width])} \\times ${perOutput} = ${texNumber(outputs * perOutput)}`,
      ),
    }),
  });
}

/** What the two pooling kinds say of themselves: their names and the menu's line. */
function poolNames(mode: 'max' | 'avg') {
  return {
    kind: `${mode}_pool2d`,
    keyword: `${mode}pool`,
    summary: `${mode === 'max' ? 'Max' : 'Average'} pooling: ${mode}pool k3 s2 p1 ceil (also "pool ${mode} k3 s2").`,
    inputs: 'one',
  } as const;
}

export const maxPool2d = defineLayerKind({
  ...poolNames('max'),
  fields: [kernelField, poolStrideField, paddingField, dilationField, ceilField],
  infer: (attributes, inputs) => poolFacts('max', { ...attributes, countIncludePad: true }, inputs),
});

export const avgPool2d = defineLayerKind({
  ...poolNames('avg'),
  fields: [kernelField, poolStrideField, paddingField, ceilField, countIncludePadField],
  infer: (attributes, inputs) => poolFacts('avg', { ...attributes, dilation: [1, 1] }, inputs),
});
