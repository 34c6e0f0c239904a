import { formulaWord } from '../formula-words.ts';
import { poolPaddingExcess } from '../../conv/pool2d.ts';
import { layerProblem } from '../errors.ts';
import { explanation, texNumber, texProduct, withNotes } from '../explanation.ts';
import type { Field, PaddingValue } from '../fields.ts';
import { weightlessFacts, type Attributes, type LayerKind } from '../layer-kind.ts';
import type { Pair } from '../shape.ts';
import { dilationField, kernelField, paddingField } from './common-fields.ts';
import { spatialInput } from './spatial-input.ts';
import { resolvePadding, slideWindow } from './window.ts';

interface PoolAttributes {
  kernel: Pair;
  /** null: the kernel size (PyTorch's default). */
  stride: Pair | null;
  padding: PaddingValue;
  dilation?: Pair;
  ceilMode: boolean;
  countIncludePad?: boolean;
}

const poolStrideField: Field = {
  type: 'pair',
  key: 'stride',
  prefix: 's',
  default: null,
  min: 1,
  summary: 'Stride: s2 (default: the kernel size).',
};
const ceilField: Field = {
  type: 'flag',
  key: 'ceilMode',
  word: 'ceil',
  default: false,
  summary: 'ceil: ceil_mode, keep a last partial window.',
};

function createPool(mode: 'max' | 'avg'): LayerKind {
  const fields: Field[] =
    mode === 'max'
      ? [kernelField, poolStrideField, paddingField, dilationField, ceilField]
      : [
          kernelField,
          poolStrideField,
          paddingField,
          ceilField,
          {
            type: 'flag',
            key: 'countIncludePad',
            word: 'exclude-pad',
            default: true,
            summary: 'exclude-pad: average over real inputs only (count_include_pad = False).',
          },
        ];
  return {
    kind: `${mode}_pool2d`,
    keyword: `${mode}pool`,
    summary: `${mode === 'max' ? 'Max' : 'Average'} pooling: ${mode}pool k3 s2 p1 ceil (also "pool ${mode} k3 s2").`,
    inputs: 'one',
    fields,
    infer(attributes: Attributes, inputs) {
      const { kernel, padding, ceilMode, countIncludePad = true } = attributes as unknown as PoolAttributes;
      const stride = (attributes.stride as Pair | null) ?? kernel;
      const dilation = (attributes.dilation as Pair | undefined) ?? [1, 1];
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
    },
  };
}

export const maxPool2d = createPool('max');
export const avgPool2d = createPool('avg');
