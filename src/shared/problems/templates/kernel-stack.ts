import type { Analysis } from '../../nn/analysis.ts';
import { mulberry32, randomIndex, type RandomSource } from '../../random.ts';
import type {
  FieldSpec,
  MistakeValue,
  Problem,
  ProblemTemplate,
  Solution,
  TemplateDefinition,
} from '../problem.ts';
import { defineTemplate, variantId } from '../template.ts';
import {
  convRows,
  kernelStackTemplateId,
  lastField,
  nonLinearities,
  workKernelStack,
  type KernelStackParameters,
} from './kernel-stack-network.ts';
import { kernelStackHints, kernelStackPrompt, kernelStackSteps } from './kernel-stack-text.ts';
import { keptPerProblem } from './per-problem.ts';

/**
 * One large convolution against a stack of 3x3 ones with the same receptive field (homework 2, choice
 * questions 3 and 5; VGG, Simonyan & Zisserman 2015): one 7x7 against three 3x3, one 5x5 against two, one 9x9
 * against four; C channels in and out, stride 1, a ReLU after every convolution. Fields: parameters of each
 * without and with bias, the receptive fields, the non-linearities, and the share of parameters the stack
 * saves. Every number is read from the engine's analyses of the two networks.
 */

const integer = (id: string, zh: string, en: string): FieldSpec => ({
  id,
  label: { zh, en },
  kind: 'integer',
});

function kernelStackFields(parameters: KernelStackParameters): FieldSpec[] {
  const large = `$${parameters.kernel} \\times ${parameters.kernel}$`;
  const layers = (parameters.kernel - 1) / 2;
  const zhStack = `${layers} 层 $3 \\times 3$`;
  const enStack = `${layers} stacked $3 \\times 3$`;
  return [
    integer(
      'params_large',
      `一个 ${large} 卷积的参数量（不含偏置）`,
      `One ${large} conv: parameters (no bias)`,
    ),
    integer(
      'params_large_bias',
      `一个 ${large} 卷积的参数量（含偏置）`,
      `One ${large} conv: parameters (with bias)`,
    ),
    integer('params_stack', `${zhStack} 卷积的参数量（不含偏置）`, `${enStack} convs: parameters (no bias)`),
    integer(
      'params_stack_bias',
      `${zhStack} 卷积的参数量（含偏置）`,
      `${enStack} convs: parameters (with bias)`,
    ),
    integer('rf_large', `一个 ${large} 卷积的感受野`, `One ${large} conv: receptive field`),
    integer('rf_stack', `${zhStack} 卷积的感受野`, `${enStack} convs: receptive field`),
    integer('nonlinear_large', `一个 ${large} 卷积的非线性变换次数`, `One ${large} conv: non-linearities`),
    integer('nonlinear_stack', `${zhStack} 卷积的非线性变换次数`, `${enStack} convs: non-linearities`),
    {
      id: 'reduction',
      label: { zh: '参数量减少的比例（不含偏置）', en: 'Share of parameters saved (no bias)' },
      kind: 'number',
      // Rounded to 0.1 % as asked; 44.9 with no sign is read as percentage points.
      tolerance: { absolute: 0.0005 },
      scales: [1, 100],
    },
  ];
}

export function kernelStackProblem(
  id: string,
  seed: number | null,
  parameters: KernelStackParameters,
): Problem<KernelStackParameters> {
  return {
    id,
    template: kernelStackTemplateId,
    seed,
    parameters,
    prompt: kernelStackPrompt(parameters),
    fields: kernelStackFields(parameters),
    hints: kernelStackHints,
  };
}

function pick<Value>(random: RandomSource, values: readonly Value[]): Value {
  return values[randomIndex(random, values.length)]!;
}

function generate(seed: number): Problem<KernelStackParameters> {
  const random = mulberry32(seed);
  const parameters = {
    kernel: pick(random, [5, 7, 7, 9]),
    channels: pick(random, [16, 32, 48, 64, 96, 128, 256, 512]),
  };
  return kernelStackProblem(variantId(kernelStackTemplateId, seed), seed, parameters);
}

function weights(analysis: Analysis): number {
  return analysis.totals.params.weights;
}

function workSolution(problem: Problem<KernelStackParameters>): Solution {
  const work = workKernelStack(problem.parameters);
  const { large, stack } = work;
  return {
    answers: {
      params_large: weights(large),
      params_large_bias: large.totals.params.total,
      params_stack: weights(stack),
      params_stack_bias: stack.totals.params.total,
      rf_large: lastField(large),
      rf_stack: lastField(stack),
      nonlinear_large: nonLinearities(large),
      nonlinear_stack: nonLinearities(stack),
      reduction: 1 - weights(stack) / weights(large),
    },
    steps: kernelStackSteps(problem.parameters, work),
  };
}

/** Each filter written with one input channel: the weights over C_in, the biases kept. */
function channelsForgotten(analysis: Analysis, bias: boolean): number {
  return convRows(analysis).reduce(
    (sum, row) => sum + row.params.weights / row.inputShapes[0]![0]! + (bias ? row.params.bias : 0),
    0,
  );
}

function workMistakes(problem: Problem<KernelStackParameters>): MistakeValue[] {
  const { large, stack } = workKernelStack(problem.parameters);
  return [
    { code: 'bias-forgotten', field: 'params_large_bias', value: weights(large) },
    { code: 'bias-forgotten', field: 'params_stack_bias', value: weights(stack) },
    { code: 'cin-forgotten', field: 'params_large', value: channelsForgotten(large, false) },
    { code: 'cin-forgotten', field: 'params_large_bias', value: channelsForgotten(large, true) },
    { code: 'cin-forgotten', field: 'params_stack', value: channelsForgotten(stack, false) },
    { code: 'cin-forgotten', field: 'params_stack_bias', value: channelsForgotten(stack, true) },
    // 3 + 3 + 3 = 9 for three 3x3 (homework 2, choice question 5's 9x9 options).
    { code: 'rf-kernels-added', field: 'rf_stack', value: 3 * workKernelStack(problem.parameters).layers },
    { code: 'reduction-complement', field: 'reduction', value: weights(stack) / weights(large) },
  ];
}

export const kernelStackDefinition: TemplateDefinition<KernelStackParameters> = {
  id: kernelStackTemplateId,
  title: { zh: '大卷积核与堆叠的 3×3 卷积', en: 'One large kernel against stacked 3×3 convolutions' },
  tags: ['vgg', 'receptive-field', 'params'],
  generate,
  solve: keptPerProblem(workSolution),
  mistakes: keptPerProblem(workMistakes),
};

export const kernelStackTemplate: ProblemTemplate<KernelStackParameters> =
  defineTemplate(kernelStackDefinition);
