import { texNumber } from '../../nn/explanation.ts';
import type { MistakeValue, Problem } from '../problem.ts';
import { defineTemplate } from '../template.ts';
import { convNumbers } from './layer-facts.ts';
import { between, fixedInstance, generateVariant, pick, type ProblemContent } from './variant.ts';
import { convWidth, sizeFormula, sizeMistakes, substitutedSize, type EvenWindow } from './window-size.ts';

/**
 * One convolution layer over a square image (作业二·计算题 2): the output feature map as the homework writes it,
 * width × height × depth, and the parameter count with bias.
 */
export interface ConvLayerParameters extends EvenWindow {
  input: number;
  channels: number;
  filters: number;
}

const id = 'conv-layer';

function layerOf(parameters: ConvLayerParameters, changes: { channels?: number; bias?: boolean } = {}) {
  const { input, channels, filters } = parameters;
  return convNumbers(
    { channels: changes.channels ?? channels, size: input },
    { ...parameters, outChannels: filters, bias: changes.bias ?? true },
  );
}

function draw(random: () => number): ConvLayerParameters {
  const kernel = pick(random, [3, 3, 5, 7]);
  return {
    input: pick(random, [16, 28, 32, 64, 96, 128]),
    channels: pick(random, [1, 3, 3]),
    filters: between(random, 2, 16) * 4,
    kernel,
    stride: pick(random, [1, 1, 2]),
    padding: between(random, 0, Math.floor(kernel / 2)),
  };
}

function sensible(parameters: ConvLayerParameters): boolean {
  return layerOf(parameters).output[2]! >= 2;
}

/** Output [C, H, W] from the engine, as the homework's width × height × depth. */
function widthHeightDepth(output: readonly number[]): number[] {
  return [output[2]!, output[1]!, output[0]!];
}

const fields = [
  {
    id: 'output',
    label: { zh: '输出特征图（宽 × 高 × 深度）', en: 'Output feature map (width × height × depth)' },
    kind: 'shape' as const,
  },
  {
    id: 'params',
    label: { zh: '总参数量（含偏置）', en: 'Parameters (with bias)' },
    kind: 'integer' as const,
  },
];

const hints = [
  {
    zh: '输出的深度等于滤波器个数；宽和高用输出尺寸公式。',
    en: 'The output’s depth is the number of filters; its width and height come from the output size formula.',
  },
  { zh: `$${sizeFormula}$`, en: `$${sizeFormula}$` },
  {
    zh: '每个滤波器有 $K \\times K \\times C_{in}$ 个权重和 1 个偏置。',
    en: 'Each filter has $K \\times K \\times C_{in}$ weights and 1 bias.',
  },
];

function contentOf(parameters: ConvLayerParameters): ProblemContent<ConvLayerParameters> {
  const { input, channels, filters, kernel, stride, padding } = parameters;
  const depth = channels === 3 ? { zh: 'RGB通道', en: 'RGB channels' } : { zh: '通道', en: 'channels' };
  return {
    prompt: {
      zh:
        `假设有一个输入图像，维度为 $${input} \\times ${input} \\times ${channels}$（宽 $\\times$ 高 $\\times$ ${depth.zh}）。` +
        `我们对其应用一个卷积层，包含 ${filters} 个滤波器（Filters），每个滤波器大小为 $${kernel} \\times ${kernel}$，` +
        `步长（Stride）$S = ${stride}$，填充（Padding）$P = ${padding}$。\n\n请计算：（请列出计算过程）\n\n` +
        'a) 该卷积层输出特征图的空间尺寸（宽 $\\times$ 高 $\\times$ 深度）。\n\nb) 该卷积层的总参数量（包括偏置项 bias）。',
      en:
        `An input image is $${input} \\times ${input} \\times ${channels}$ (width $\\times$ height $\\times$ ${depth.en}). ` +
        `We apply a convolution layer with ${filters} filters, each $${kernel} \\times ${kernel}$, stride $S = ${stride}$, ` +
        `padding $P = ${padding}$.\n\nCompute (show your working):\n\n` +
        'a) the size of the output feature map (width $\\times$ height $\\times$ depth);\n\n' +
        'b) the total number of parameters of the layer (bias included).',
    },
    fields,
    hints,
  };
}

export const convLayer = defineTemplate<ConvLayerParameters>({
  id,
  title: { zh: '卷积层的输出与参数量', en: 'A convolution layer’s output and parameters' },
  tags: ['conv', 'params'],
  generate(seed) {
    return generateVariant(id, seed, draw, sensible, contentOf);
  },
  solve(problem) {
    const { parameters } = problem;
    const { channels, filters, kernel } = parameters;
    const layer = layerOf(parameters);
    const output = widthHeightDepth(layer.output);
    return {
      answers: { output, params: layer.params },
      steps: [
        {
          text: { zh: '输出的宽和高：', en: 'The output’s width and height:' },
          formula: substitutedSize(parameters.input, parameters, convWidth(parameters.input)),
        },
        {
          text: {
            zh: `输出通道数等于滤波器个数 = ${filters}，所以输出为 $${output.join(' \\times ')}$。`,
            en: `The output channels are the number of filters, ${filters}, so the output is $${output.join(' \\times ')}$.`,
          },
          fields: ['output'],
        },
        {
          text: {
            zh: '权重：每个滤波器 $K \\times K \\times C_{in}$。',
            en: 'Weights: $K \\times K \\times C_{in}$ per filter.',
          },
          formula: `${filters} \\times (${kernel} \\times ${kernel} \\times ${channels}) = ${texNumber(layer.weights)}`,
        },
        {
          text: { zh: '偏置：每个滤波器 1 个；总计：', en: 'Bias: 1 per filter; in all:' },
          formula: `${texNumber(layer.weights)} + ${texNumber(layer.bias)} = ${texNumber(layer.params)}`,
          fields: ['params'],
        },
      ],
    };
  },
  mistakes(problem) {
    const { parameters } = problem;
    const { input, filters } = parameters;
    // A fractional width (floor-missing) is no shape a student can type, so the output takes the others.
    const sizes = sizeMistakes('output', parameters, convWidth(input)).filter(
      (mistake) => mistake.code !== 'floor-missing',
    );
    return [
      ...sizes.map((mistake): MistakeValue => ({
        ...mistake,
        value: [mistake.value, mistake.value, filters] as number[],
      })),
      { code: 'bias-forgotten', field: 'params', value: layerOf(parameters, { bias: false }).params },
      { code: 'cin-forgotten', field: 'params', value: layerOf(parameters, { channels: 1 }).params },
    ];
  },
});

/** 作业二·计算题 2, verbatim: 32×32×3, 10 filters of 5×5, S = 1, P = 2 (32×32×10 and 760). */
const homework2Parameters: ConvLayerParameters = {
  input: 32,
  channels: 3,
  filters: 10,
  kernel: 5,
  stride: 1,
  padding: 2,
};

export const homework2: Problem<ConvLayerParameters> = fixedInstance(
  { id: 'homework-2', template: id, parameters: homework2Parameters },
  () => contentOf(homework2Parameters),
);
