import { texNumber } from '../../nn/explanation.ts';
import type { LocalizedText } from '../../deck/localized-text.ts';
import type { FieldSpec, GivenValues, MistakeValue, Problem, Tolerance } from '../problem.ts';
import { defineTemplate } from '../template.ts';
import { convNumbers } from './layer-facts.ts';
import { fixedInstance, generateVariant, pick, type ProblemContent } from './variant.ts';

/**
 * An Inception module's compute with and without 1×1 bottleneck layers (作业二·计算题 3). The homework's
 * "卷积操作数 (FLOPs)" is H_out·W_out·C_out·K²·C_in, the app's MACs (GLOSSARY.md): every branch keeps the
 * input's width and height ("same" padding, stride 1), and the reduction is 1 − (new total) / (old total).
 */
export interface InceptionParameters {
  /** The input feature map: size × size × channels. */
  size: number;
  channels: number;
  /** Output channels of the 1×1, 3×3 and 5×5 branches. */
  outChannels: readonly [number, number, number];
  /** The bottleneck layers' output channels, before the 3×3 and before the 5×5 branch. */
  reduceChannels: readonly [number, number];
}

const id = 'inception';

/** The kernels of branch 1, 2 and 3. */
const kernels = [1, 3, 5] as const;

/** Rounded to 0.1 M, as the homework does: 191.8 M and 191.9 M are both right for 191,873,024. */
const tenthOfMillion: Tolerance = { absolute: 100_000 };

function macsField(fieldId: string, label: LocalizedText, dependsOn?: string[]): FieldSpec {
  return {
    id: fieldId,
    label,
    kind: 'number',
    tolerance: tenthOfMillion,
    ...(dependsOn ? { dependsOn } : {}),
  };
}

const fields: FieldSpec[] = [
  macsField('branch1', { zh: '分支 1 的乘加次数（MACs）', en: 'Branch 1 MACs' }),
  macsField('branch2', { zh: '分支 2 的乘加次数（MACs）', en: 'Branch 2 MACs' }),
  macsField('branch3', { zh: '分支 3 的乘加次数（MACs）', en: 'Branch 3 MACs' }),
  macsField('total', { zh: '模块总乘加次数（MACs）', en: 'Module total MACs' }, [
    'branch1',
    'branch2',
    'branch3',
  ]),
  macsField('bottleneck_branch2', {
    zh: '加瓶颈层后分支 2 的乘加次数',
    en: 'Branch 2 MACs with its bottleneck layer',
  }),
  macsField('bottleneck_branch3', {
    zh: '加瓶颈层后分支 3 的乘加次数',
    en: 'Branch 3 MACs with its bottleneck layer',
  }),
  macsField(
    'bottleneck_total',
    { zh: '加瓶颈层后模块总乘加次数', en: 'Module total MACs with bottleneck layers' },
    ['branch1', 'bottleneck_branch2', 'bottleneck_branch3'],
  ),
  {
    id: 'reduction',
    label: { zh: '计算量下降的比例', en: 'Share of the compute saved' },
    kind: 'number',
    tolerance: { absolute: 0.0005 },
    scales: [1, 100],
    dependsOn: ['total', 'bottleneck_total'],
  },
];

/** One "same" convolution's MACs over the module's input size, from the engine's Conv2d. */
function convMacs(size: number, inChannels: number, outChannels: number, kernel: number): number {
  return convNumbers(
    { channels: inChannels, size },
    { outChannels, kernel, stride: 1, padding: Math.floor(kernel / 2), bias: false },
  ).macs;
}

/** Every layer's MACs: the three branches as they are, and the bottlenecks' 1×1 reduce and their wide layer. */
function layersOf(parameters: InceptionParameters) {
  const { size, channels, outChannels, reduceChannels } = parameters;
  const branches = outChannels.map((out, branch) => convMacs(size, channels, out, kernels[branch]!));
  const reduce = reduceChannels.map((reduced) => convMacs(size, channels, reduced, 1));
  const wide = reduceChannels.map((reduced, index) =>
    convMacs(size, reduced, outChannels[index + 1]!, kernels[index + 1]!),
  );
  return { branches, reduce, wide };
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * The field values, each worked from the student's own earlier values where `given` has them (follow-through):
 * a total from the student's branches, the reduction from the student's totals.
 */
function valuesOf(parameters: InceptionParameters, given: GivenValues = {}) {
  const { branches, reduce, wide } = layersOf(parameters);
  const own = (fieldId: string, truth: number): number => {
    const value = given[fieldId];
    return typeof value === 'number' ? value : truth;
  };
  const branch = branches.map((value, index) => own(`branch${index + 1}`, value));
  const bottleneckBranch = [2, 3].map((number, index) =>
    own(`bottleneck_branch${number}`, reduce[index]! + wide[index]!),
  );
  const total = own('total', sum(branch));
  const bottleneckTotal = own('bottleneck_total', branch[0]! + sum(bottleneckBranch));
  return {
    branches,
    reduce,
    wide,
    answers: {
      branch1: branches[0]!,
      branch2: branches[1]!,
      branch3: branches[2]!,
      total: sum(branch),
      bottleneck_branch2: reduce[0]! + wide[0]!,
      bottleneck_branch3: reduce[1]! + wide[1]!,
      bottleneck_total: branch[0]! + sum(bottleneckBranch),
      reduction: 1 - bottleneckTotal / total,
    },
    own: { branch, bottleneckBranch, total, bottleneckTotal },
  };
}

function draw(random: () => number): InceptionParameters {
  const channels = pick(random, [192, 256, 256, 480, 512]);
  return {
    size: pick(random, [14, 28, 28]),
    channels,
    outChannels: [
      pick(random, [64, 96, 128, 160, 192]),
      pick(random, [128, 160, 192, 208, 224, 256]),
      pick(random, [32, 48, 64, 96, 128]),
    ],
    reduceChannels: [pick(random, [64, 96, 112, 128]), pick(random, [16, 24, 32, 48])],
  };
}

/**
 * A bottleneck that reduces (fewer channels than the input and than its branch's output), a saving the
 * complement cannot be mistaken for (not within 0.1 % of one half), and every layer at least 1 M MACs.
 */
function sensible(parameters: InceptionParameters): boolean {
  const { channels, outChannels, reduceChannels } = parameters;
  if (reduceChannels.some((reduced, index) => reduced >= channels || reduced >= outChannels[index + 1]!)) {
    return false;
  }
  const { branches, reduce, wide, answers } = valuesOf(parameters);
  const smallest = Math.min(...branches, ...reduce, ...wide);
  return smallest >= 1_000_000 && answers.reduction > 0 && Math.abs(answers.reduction - 0.5) > 0.001;
}

function describe(parameters: InceptionParameters): LocalizedText {
  const { size, channels, outChannels, reduceChannels } = parameters;
  const [out1, out2, out3] = outChannels;
  const [reduce2, reduce3] = reduceChannels;
  return {
    zh:
      `考虑一个简单的 Inception 模块，输入特征图大小为 $${size} \\times ${size} \\times ${channels}$，` +
      `分支 1：$1 \\times 1$ 卷积，输出通道数 ${out1}，分支 2：$3 \\times 3$ 卷积，输出通道数 ${out2}，` +
      `分支 3：$5 \\times 5$ 卷积，输出通道数 ${out3}\n\n` +
      'a) 写出上述三个分支各自的卷积操作数，并给出该 Inception 模块总的卷积操作数（保留到百万级即可）。\n\n' +
      'b) 如果在 $3 \\times 3$ 分支和 $5 \\times 5$ 分支前各加一个 $1 \\times 1$ 卷积瓶颈层 来降低输入通道数：\n\n' +
      `- 分支 1： 仍为 $1 \\times 1$ 卷积，输出通道数 **${out1}**（不变）\n` +
      '- 分支 2：\n' +
      `  - 先用 $1 \\times 1$ 卷积 将通道从 ${channels} 压缩到 ${reduce2}\n` +
      `  - 再用 $3 \\times 3$ 卷积 将通道从 ${reduce2} 升到 ${out2}\n` +
      '- 分支 3:\n' +
      `  - 先用 $1 \\times 1$ 卷积 将通道从 ${channels} 压缩到 ${reduce3}\n` +
      `  - 再用 $5 \\times 5$ 卷积 将通道从 ${reduce3} 升到 ${out3}\n\n` +
      '计算此时改进后模块的总卷积操作数。\n\n' +
      '计算改进后模块计算量相对于改进前下降的比例（保留到小数点后两位）。',
    en:
      `Consider a simple Inception module whose input feature map is $${size} \\times ${size} \\times ${channels}$. ` +
      `Branch 1: a $1 \\times 1$ convolution with ${out1} output channels; branch 2: a $3 \\times 3$ convolution ` +
      `with ${out2} output channels; branch 3: a $5 \\times 5$ convolution with ${out3} output channels.\n\n` +
      'a) Write the convolution operation count of each of the three branches, and the total of the Inception ' +
      'module (to the nearest million is enough).\n\n' +
      'b) Suppose a $1 \\times 1$ convolution bottleneck layer is added before the $3 \\times 3$ branch and before ' +
      'the $5 \\times 5$ branch to reduce the input channels:\n\n' +
      `- Branch 1: still a $1 \\times 1$ convolution with **${out1}** output channels (unchanged)\n` +
      '- Branch 2:\n' +
      `  - first a $1 \\times 1$ convolution reduces the channels from ${channels} to ${reduce2}\n` +
      `  - then a $3 \\times 3$ convolution raises them from ${reduce2} to ${out2}\n` +
      '- Branch 3:\n' +
      `  - first a $1 \\times 1$ convolution reduces the channels from ${channels} to ${reduce3}\n` +
      `  - then a $5 \\times 5$ convolution raises them from ${reduce3} to ${out3}\n\n` +
      'Compute the total convolution operation count of the improved module.\n\n' +
      'Compute the share by which the improved module’s compute drops from the original (to two decimal places).',
  };
}

function contentOf(parameters: InceptionParameters): ProblemContent<InceptionParameters> {
  return {
    prompt: describe(parameters),
    fields,
    hints: [
      {
        zh: '作业的「卷积操作数（FLOPs）」就是乘加次数（MACs）：一层为 $H_{out} W_{out} C_{out} \\cdot K^2 C_{in}$；每个分支都保持输入的宽和高。',
        en: 'The homework’s “operation count (FLOPs)” is the multiply-add count (MACs): $H_{out} W_{out} C_{out} \\cdot K^2 C_{in}$ per layer; every branch keeps the input’s width and height.',
      },
      {
        zh: '模块总数是三个分支之和；加瓶颈层后，分支 2 和 3 各是两层之和：$1 \\times 1$ 瓶颈层本身也要算。',
        en: 'The module’s total is the sum of its three branches; with bottleneck layers, branches 2 and 3 are each the sum of two layers: the $1 \\times 1$ bottleneck layer counts too.',
      },
      {
        zh: '下降的比例 $= 1 - \\dfrac{\\text{改进后总数}}{\\text{改进前总数}}$。',
        en: 'The share saved $= 1 - \\dfrac{\\text{new total}}{\\text{old total}}$.',
      },
    ],
  };
}

/** One layer's MACs written out: `28^2 \times 64 \times (1 \times 1 \times 256)`. */
function layerProduct(size: number, inChannels: number, outChannels: number, kernel: number): string {
  return `${size}^2 \\times ${outChannels} \\times (${kernel} \\times ${kernel} \\times ${inChannels})`;
}

function layerFormula(size: number, inChannels: number, outChannels: number, kernel: number): string {
  return `${layerProduct(size, inChannels, outChannels, kernel)} = ${texNumber(convMacs(size, inChannels, outChannels, kernel))}`;
}

export const inception = defineTemplate<InceptionParameters>({
  id,
  title: {
    zh: 'Inception 模块与 1×1 瓶颈层的计算量',
    en: 'An Inception module’s compute with 1×1 bottlenecks',
  },
  tags: ['inception', 'macs'],
  generate(seed) {
    return generateVariant(id, seed, draw, sensible, contentOf);
  },
  solve(problem, given) {
    const { parameters } = problem;
    const { size, channels, outChannels, reduceChannels } = parameters;
    const { answers, own, reduce, wide } = valuesOf(parameters, given);
    const branchSteps = outChannels.map((out, index) => ({
      text: {
        zh: `分支 ${index + 1}（$${kernels[index]} \\times ${kernels[index]}$）：`,
        en: `Branch ${index + 1} ($${kernels[index]} \\times ${kernels[index]}$):`,
      },
      formula: layerFormula(size, channels, out, kernels[index]!),
      fields: [`branch${index + 1}`],
    }));
    const bottleneckSteps = reduceChannels.map((reduced, index) => {
      const branch = index + 2;
      const kernel = kernels[index + 1]!;
      const out = outChannels[index + 1]!;
      return {
        text: {
          zh: `分支 ${branch}：$1 \\times 1$ 瓶颈层（${channels} → ${reduced}）加上 $${kernel} \\times ${kernel}$ 卷积（${reduced} → ${out}）：`,
          en: `Branch ${branch}: the $1 \\times 1$ bottleneck layer (${channels} → ${reduced}) plus the $${kernel} \\times ${kernel}$ convolution (${reduced} → ${out}):`,
        },
        formula:
          `${layerProduct(size, channels, reduced, 1)} + ${layerProduct(size, reduced, out, kernel)} = ` +
          `${texNumber(convMacs(size, channels, reduced, 1))} + ${texNumber(convMacs(size, reduced, out, kernel))} = ` +
          texNumber(reduce[index]! + wide[index]!),
        fields: [`bottleneck_branch${branch}`],
      };
    });
    return {
      answers,
      steps: [
        {
          text: {
            zh: '作业的「卷积操作数（FLOPs）」是乘加次数：$H_{out} \\times W_{out} \\times C_{out} \\times (K \\times K \\times C_{in})$，输出的宽和高与输入相同。',
            en: 'The homework’s “operation count (FLOPs)” is the multiply-adds: $H_{out} \\times W_{out} \\times C_{out} \\times (K \\times K \\times C_{in})$, the output as wide and high as the input.',
          },
        },
        ...branchSteps,
        {
          text: { zh: '模块总数：', en: 'The module’s total:' },
          formula: `${own.branch.map(texNumber).join(' + ')} = ${texNumber(answers.total)}`,
          fields: ['total'],
        },
        ...bottleneckSteps,
        {
          text: {
            zh: '改进后模块总数（分支 1 不变）：',
            en: 'The improved module’s total (branch 1 unchanged):',
          },
          formula: `${[own.branch[0]!, ...own.bottleneckBranch].map(texNumber).join(' + ')} = ${texNumber(answers.bottleneck_total)}`,
          fields: ['bottleneck_total'],
        },
        {
          text: { zh: '下降的比例：', en: 'The share saved:' },
          formula:
            `1 - \\dfrac{${texNumber(own.bottleneckTotal)}}{${texNumber(own.total)}} = ` +
            `${(answers.reduction * 100).toFixed(2)}\\%`,
          fields: ['reduction'],
        },
      ],
    };
  },
  mistakes(problem, given) {
    const { wide, own, answers } = valuesOf(problem.parameters, given);
    const withoutReduce = own.branch[0]! + sum(wide);
    const leftOut = (values: readonly number[]): number[] =>
      values.map((_, index) => sum(values) - values[index]!);
    const mistakes: MistakeValue[] = [
      ...leftOut(own.branch).map((value): MistakeValue => ({
        code: 'branch-left-out',
        field: 'total',
        value,
      })),
      ...leftOut([own.branch[0]!, ...own.bottleneckBranch]).map((value): MistakeValue => ({
        code: 'branch-left-out',
        field: 'bottleneck_total',
        value,
      })),
      { code: 'reduction-left-out', field: 'bottleneck_branch2', value: wide[0]! },
      { code: 'reduction-left-out', field: 'bottleneck_branch3', value: wide[1]! },
      { code: 'reduction-left-out', field: 'bottleneck_total', value: withoutReduce },
      { code: 'reduction-left-out', field: 'reduction', value: 1 - withoutReduce / own.total },
      { code: 'reduction-complement', field: 'reduction', value: own.bottleneckTotal / own.total },
    ];
    for (const field of fields) {
      if (field.id === 'reduction') continue;
      const value = answers[field.id as keyof typeof answers];
      mistakes.push({ code: 'flops-doubled', field: field.id, value: 2 * value });
    }
    return mistakes;
  },
});

/** 作业二·计算题 3, verbatim: 28×28×256; branches 128, 192, 96; bottlenecks to 64 and 32 (854.2 M, 191.8 M, 77.5 %). */
const homework3Parameters: InceptionParameters = {
  size: 28,
  channels: 256,
  outChannels: [128, 192, 96],
  reduceChannels: [64, 32],
};

export const homework3: Problem<InceptionParameters> = fixedInstance(
  { id: 'homework-3', template: id, parameters: homework3Parameters },
  () => contentOf(homework3Parameters),
);
