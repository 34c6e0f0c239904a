import { texNumber, texProduct } from '../../nn/explanation.ts';
import type { LocalizedText } from '../../deck/localized-text.ts';
import type { FieldSpec, GivenValues, MistakeValue, Tolerance } from '../problem.ts';
import { defineTemplate } from '../template.ts';
import { convNumbers } from './layer-facts.ts';
import { generateVariant, pick, type ProblemContent } from './variant.ts';
import { convWidth, substitutedSize } from './window-size.ts';

/**
 * One convolution's compute: MACs (multiply-adds, bias excluded, ENGINE.md convention 4) and FLOPs
 * (= 2 × MACs, multiply and add counted apart); some variants ask FLOPs with the bias adds counted.
 */
export interface ConvMacsParameters {
  size: number;
  inChannels: number;
  outChannels: number;
  kernel: number;
  stride: number;
  padding: number;
  bias: boolean;
  /** FLOPs include the C_out·H_out·W_out bias adds. */
  flopsWithBias: boolean;
}

const id = 'conv-macs';

/** Exact, or rounded to four significant figures (346.8 M for 346,816,512). */
const fourFigures: Tolerance = { relative: 0.001 };

const fields: FieldSpec[] = [
  { id: 'macs', label: { zh: '乘加次数（MACs）', en: 'MACs' }, kind: 'number', tolerance: fourFigures },
  {
    id: 'flops',
    label: { zh: '浮点运算次数（FLOPs）', en: 'FLOPs' },
    kind: 'number',
    tolerance: fourFigures,
    dependsOn: ['macs'],
  },
];

function layerOf(parameters: ConvMacsParameters) {
  const { size, inChannels, outChannels, kernel, stride, padding, bias } = parameters;
  return convNumbers({ channels: inChannels, size }, { outChannels, kernel, stride, padding, bias });
}

function draw(random: () => number): ConvMacsParameters {
  const kernel = pick(random, [1, 3, 3, 5]);
  const bias = random() < 0.6;
  return {
    size: pick(random, [7, 14, 28, 56]),
    inChannels: pick(random, [3, 16, 32, 64, 128, 256]),
    outChannels: pick(random, [16, 32, 64, 96, 128, 192, 256]),
    kernel,
    stride: pick(random, [1, 1, 2]),
    padding: Math.floor(kernel / 2),
    bias,
    flopsWithBias: bias && random() < 0.5,
  };
}

/** Large enough to be worth counting (at least 1 M MACs), small enough to multiply by hand (at most 2 G). */
function sensible(parameters: ConvMacsParameters): boolean {
  const { macs } = layerOf(parameters);
  return macs >= 1_000_000 && macs <= 2_000_000_000;
}

function describe(parameters: ConvMacsParameters): LocalizedText {
  const { size, inChannels, outChannels, kernel, stride, padding, bias, flopsWithBias } = parameters;
  return {
    zh:
      `输入特征图为 $${size} \\times ${size} \\times ${inChannels}$（宽 $\\times$ 高 $\\times$ 通道数）。` +
      `卷积层有 ${outChannels} 个 $${kernel} \\times ${kernel}$ 的滤波器，步长 $S = ${stride}$，填充 $P = ${padding}$，` +
      `${bias ? '带偏置' : '不带偏置'}。求该层的乘加次数（MACs，一次乘加计 1 次，不计偏置）和浮点运算次数` +
      `（FLOPs，乘法和加法分开计数${flopsWithBias ? '，并计入偏置加法' : '，不计偏置'}）。精确值或保留四位有效数字。`,
    en:
      `An input feature map is $${size} \\times ${size} \\times ${inChannels}$ (width $\\times$ height $\\times$ ` +
      `channels). A convolution layer has ${outChannels} filters of $${kernel} \\times ${kernel}$, stride ` +
      `$S = ${stride}$, padding $P = ${padding}$, ${bias ? 'with' : 'without'} bias. Find its MACs (one ` +
      `multiply-add counts once, bias excluded) and its FLOPs (multiplies and adds counted apart, ` +
      `${flopsWithBias ? 'bias adds included' : 'bias excluded'}). Exact, or to four significant figures.`,
  };
}

function contentOf(parameters: ConvMacsParameters): ProblemContent<ConvMacsParameters> {
  return {
    prompt: describe(parameters),
    fields,
    hints: [
      {
        zh: '先求输出特征图的空间尺寸：每个输出位置、每个输出通道都要做一次完整的卷积核运算。',
        en: 'First find the output’s spatial size: every output position of every output channel runs the whole kernel once.',
      },
      {
        zh: '一个输出值要 $K^2 C_{in}$ 次乘加，所以 MACs $= H_{out} W_{out} C_{out} \\cdot K^2 C_{in}$。',
        en: 'One output value takes $K^2 C_{in}$ multiply-adds, so MACs $= H_{out} W_{out} C_{out} \\cdot K^2 C_{in}$.',
      },
      {
        zh: '一次乘加是一次乘法加一次加法：FLOPs $= 2 \\times$ MACs（计入偏置时，每个输出值再加 1 次）。',
        en: 'A multiply-add is one multiply and one add: FLOPs $= 2 \\times$ MACs (with bias, plus 1 per output value).',
      },
    ],
  };
}

/** FLOPs from a MACs count (the student's own, for follow-through): 2 × MACs, plus the bias adds if asked. */
function flopsOf(parameters: ConvMacsParameters, macs: number): number {
  return 2 * macs + (parameters.flopsWithBias ? layerOf(parameters).otherOps : 0);
}

function ownMacs(parameters: ConvMacsParameters, given?: GivenValues): number {
  return typeof given?.macs === 'number' ? given.macs : layerOf(parameters).macs;
}

export const convMacs = defineTemplate<ConvMacsParameters>({
  id,
  title: { zh: '卷积层乘加次数与 FLOPs', en: 'Convolution MACs and FLOPs' },
  tags: ['conv', 'macs'],
  generate(seed) {
    return generateVariant(id, seed, draw, sensible, contentOf);
  },
  solve(problem, given) {
    const { parameters } = problem;
    const { inChannels, outChannels, kernel, flopsWithBias } = parameters;
    const layer = layerOf(parameters);
    const [, outHeight, outWidth] = layer.output;
    const macs = ownMacs(parameters, given);
    return {
      answers: { macs: layer.macs, flops: flopsOf(parameters, macs) },
      steps: [
        {
          text: { zh: '输出特征图的空间尺寸：', en: 'The output’s spatial size:' },
          formula: substitutedSize(parameters.size, parameters, convWidth(parameters.size)),
        },
        {
          text: { zh: '乘加次数：', en: 'The multiply-adds:' },
          formula:
            `H_{out} W_{out} C_{out} \\cdot K^2 C_{in} = ${texProduct([outHeight!, outWidth!, outChannels])} ` +
            `\\times ${kernel}^2 \\times ${inChannels} = ${texNumber(layer.macs)}`,
          fields: ['macs'],
        },
        {
          text: flopsWithBias
            ? {
                zh: '乘法和加法分开计数，再加上偏置加法：',
                en: 'Multiplies and adds apart, plus the bias adds:',
              }
            : { zh: '乘法和加法分开计数：', en: 'Multiplies and adds counted apart:' },
          formula: flopsWithBias
            ? `2 \\times \\text{MACs} + H_{out} W_{out} C_{out} = 2 \\times ${texNumber(macs)} + ${texNumber(layer.otherOps)} = ${texNumber(flopsOf(parameters, macs))}`
            : `2 \\times \\text{MACs} = 2 \\times ${texNumber(macs)} = ${texNumber(flopsOf(parameters, macs))}`,
          fields: ['flops'],
        },
      ],
    };
  },
  mistakes(problem, given) {
    const { parameters } = problem;
    const layer = layerOf(parameters);
    const macs = ownMacs(parameters, given);
    const mistakes: MistakeValue[] = [
      { code: 'flops-doubled', field: 'macs', value: 2 * layer.macs },
      { code: 'flops-halved', field: 'flops', value: flopsOf(parameters, macs) - macs },
    ];
    if (parameters.flopsWithBias) {
      mistakes.push({ code: 'bias-forgotten', field: 'flops', value: 2 * macs });
    }
    return mistakes;
  },
});
