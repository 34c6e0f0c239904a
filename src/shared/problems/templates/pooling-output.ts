import type { MistakeValue } from '../problem.ts';
import { defineTemplate } from '../template.ts';
import { convNumbers, maxPoolNumbers, type SquareWindow } from './layer-facts.ts';
import { between, generateVariant, pick, type ProblemContent } from './variant.ts';
import { sizeFormula, sizeMistakes, substitutedSize, type EvenWindow } from './window-size.ts';

/** A max pooling layer over a square feature map: its output width and its parameters (none). */
export interface PoolingOutputParameters extends EvenWindow {
  input: number;
  channels: number;
}

const id = 'pooling-output';

function widthOf(parameters: PoolingOutputParameters) {
  return (window: SquareWindow) =>
    maxPoolNumbers({ channels: parameters.channels, size: parameters.input }, window).output[2]!;
}

function draw(random: () => number): PoolingOutputParameters {
  const kernel = pick(random, [2, 2, 3, 3, 3]);
  return {
    input: between(random, 6, 64),
    channels: pick(random, [16, 32, 64, 96, 128, 256]),
    kernel,
    stride: pick(random, [1, 2, 2, 2, 3]),
    // PyTorch lets pooling pad at most half the window.
    padding: kernel === 3 && random() < 0.4 ? 1 : 0,
  };
}

function sensible(parameters: PoolingOutputParameters): boolean {
  return parameters.stride <= parameters.kernel && widthOf(parameters)(parameters) >= 2;
}

function contentOf(parameters: PoolingOutputParameters): ProblemContent<PoolingOutputParameters> {
  const { input, channels, kernel, stride, padding } = parameters;
  return {
    prompt: {
      zh:
        `输入特征图为 $${input} \\times ${input} \\times ${channels}$（宽 $\\times$ 高 $\\times$ 通道数），` +
        `经过一个 $${kernel} \\times ${kernel}$ 的最大池化层，步长 $S = ${stride}$，填充 $P = ${padding}$。` +
        '求输出特征图的宽度 $W_{out}$ 和该池化层的参数量。',
      en:
        `An input feature map is $${input} \\times ${input} \\times ${channels}$ (width $\\times$ height ` +
        `$\\times$ channels). It goes through a $${kernel} \\times ${kernel}$ max pooling layer with stride ` +
        `$S = ${stride}$ and padding $P = ${padding}$. What is the output width $W_{out}$, and how many ` +
        'parameters does the pooling layer have?',
    },
    fields: [
      { id: 'output', label: { zh: '输出宽度 $W_{out}$', en: 'Output width $W_{out}$' }, kind: 'integer' },
      { id: 'params', label: { zh: '参数量', en: 'Parameters' }, kind: 'integer' },
    ],
    hints: [
      {
        zh: '池化窗口和卷积核一样滑动，输出尺寸的公式也一样。',
        en: 'A pooling window slides like a kernel, so the output size has the same formula.',
      },
      { zh: `$${sizeFormula}$，结果向下取整。`, en: `$${sizeFormula}$, rounded down.` },
      {
        zh: '池化只取窗口内的最大值，没有要学习的权重或偏置。',
        en: 'Pooling only takes the maximum of its window: it has no weights or bias to learn.',
      },
    ],
  };
}

export const poolingOutput = defineTemplate<PoolingOutputParameters>({
  id,
  title: { zh: '池化层输出尺寸与参数', en: 'Pooling output size and parameters' },
  tags: ['pooling'],
  generate(seed) {
    return generateVariant(id, seed, draw, sensible, contentOf);
  },
  solve(problem) {
    const { parameters } = problem;
    const pool = maxPoolNumbers({ channels: parameters.channels, size: parameters.input }, parameters);
    return {
      answers: { output: pool.output[2]!, params: pool.params },
      steps: [
        {
          text: { zh: '输出尺寸（向下取整）：', en: 'The output size (rounded down):' },
          formula: substitutedSize(parameters.input, parameters, widthOf(parameters)),
          fields: ['output'],
        },
        {
          text: {
            zh: '池化层只取窗口内的最大值，没有权重和偏置：参数量为 0，通道数不变。',
            en: 'A pooling layer only takes its window’s maximum: no weights or bias, so 0 parameters, and the channels stay.',
          },
          formula: `\\text{params} = ${pool.params}`,
          fields: ['params'],
        },
      ],
    };
  },
  mistakes(problem) {
    const { parameters } = problem;
    const { channels, input } = parameters;
    // Pooling counted as a convolution over the same window: per channel (depthwise) or over all channels,
    // with or without bias; the engine's Conv2d counts each.
    const asConv = [channels, 1].flatMap((groups) =>
      [false, true].map((bias): MistakeValue => ({
        code: 'pool-has-params',
        field: 'params',
        value: convNumbers({ channels, size: input }, { ...parameters, outChannels: channels, groups, bias })
          .params,
      })),
    );
    return [...sizeMistakes('output', parameters, widthOf(parameters)), ...asConv];
  },
});
