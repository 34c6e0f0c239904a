import { linear } from '../../nn/layers/linear.ts';
import { mulberry32, type RandomSource } from '../../random.ts';
import type { FieldSpec, MistakeValue, Problem, Tolerance } from '../problem.ts';
import { defineTemplate, variantId } from '../template.ts';
import { initStdText } from './init-std-text.ts';
import { givenNumber } from './given.ts';
import { convNumbers } from './layer-facts.ts';
import { pick } from './variant.ts';

/** A layer whose weights are initialized: a convolution (K×K, groups 1) or a fully connected layer. */
export type InitLayer =
  | { kind: 'conv'; inChannels: number; outChannels: number; kernel: number }
  | { kind: 'linear'; inFeatures: number; outFeatures: number };

export type InitStdProblem = Problem<InitLayer>;

export const initStdId = 'init-std';

/** fan_in and fan_out as PyTorch counts them from the weight's shape. */
export interface Fans {
  fanIn: number;
  fanOut: number;
}

/**
 * PyTorch's `_calculate_fan_in_and_fan_out` (torch.nn.init): a weight [C_out, C_in, K, K] has
 * fan_in = C_in·K² and fan_out = C_out·K²; a Linear weight [out, in] has fan_in = in, fan_out = out. Read
 * off the engine's weight count (src/shared/nn), divided by the other side: weights = fan_in · C_out.
 */
export function fansOf(layer: InitLayer): Fans {
  if (layer.kind === 'linear') {
    const facts = linear.infer(
      { outFeatures: layer.outFeatures, bias: false },
      [[layer.inFeatures]],
      ['input'],
    );
    return { fanIn: facts.weights / layer.outFeatures, fanOut: facts.weights / layer.inFeatures };
  }
  const input = { channels: layer.inChannels, size: layer.kernel };
  const { weights } = convNumbers(input, {
    outChannels: layer.outChannels,
    kernel: layer.kernel,
    stride: 1,
    padding: 0,
    bias: false,
  });
  return { fanIn: weights / layer.outChannels, fanOut: weights / layer.inChannels };
}

/**
 * Kaiming (He, Zhang, Ren & Sun 2015, "Delving Deep into Rectifiers", eq. 10: ½·n_l·Var[w_l] = 1 for ReLU):
 * std = gain/√fan_in with gain = √2, PyTorch's `kaiming_normal_` defaults (mode='fan_in',
 * nonlinearity='relu'; calculate_gain('relu') = √2).
 */
export function kaimingStd(fanIn: number, gain = Math.SQRT2): number {
  return gain / Math.sqrt(fanIn);
}

/**
 * Xavier (Glorot & Bengio 2010, "Understanding the difficulty of training deep feedforward neural networks",
 * eq. 12: Var[W] = 2/(n_j + n_{j+1})): std = gain·√(2/(fan_in + fan_out)), PyTorch's `xavier_normal_` with
 * gain 1.
 */
export function xavierStd(fanIn: number, fanOut: number): number {
  return Math.sqrt(2 / (fanIn + fanOut));
}

/** The uniform U(−a, a) of the same std has a = √3·std (`kaiming_uniform_`, `xavier_uniform_`). */
const uniformBound = Math.sqrt(3);

/** Three significant figures, as the prompt asks. */
const tolerance: Tolerance = { relative: 0.005 };

/** Both fans as integers, then both standard deviations, each worked from the student's own fans. */
export const initStdFields: readonly FieldSpec[] = [
  { id: 'fan_in', label: initStdText.labels.fanIn, kind: 'integer' },
  { id: 'fan_out', label: initStdText.labels.fanOut, kind: 'integer' },
  { id: 'kaiming', label: initStdText.labels.kaiming, kind: 'number', tolerance, dependsOn: ['fan_in'] },
  {
    id: 'xavier',
    label: initStdText.labels.xavier,
    kind: 'number',
    tolerance,
    dependsOn: ['fan_in', 'fan_out'],
  },
];

const channels = [3, 16, 32, 64, 128, 256];
const kernels = [1, 3, 5, 7];
const features = [256, 512, 1024, 4096, 9216];
const outputs = [10, 100, 1000, 4096];

function drawLayer(random: RandomSource): InitLayer {
  if (random() < 0.3)
    return { kind: 'linear', inFeatures: pick(random, features), outFeatures: pick(random, outputs) };
  return {
    kind: 'conv',
    inChannels: pick(random, channels),
    outChannels: pick(random, channels.slice(1).concat(512)),
    kernel: pick(random, kernels),
  };
}

/** A conv layer of the course's sizes seven times in ten, else a fully connected one. */
export function generateInitStd(seed: number): InitStdProblem {
  const layer = drawLayer(mulberry32(seed));
  return {
    id: variantId(initStdId, seed),
    template: initStdId,
    seed,
    parameters: layer,
    prompt: initStdText.prompt(layer),
    fields: initStdFields,
    hints: initStdText.hints,
  };
}

export const initStd = defineTemplate<InitLayer>({
  id: initStdId,
  title: { zh: 'Kaiming 与 Xavier 初始化的标准差', en: 'Kaiming and Xavier standard deviation' },
  tags: ['init'],
  generate: generateInitStd,
  /** With `given`, each std is worked from the student's own fan_in and fan_out (不重复扣分). */
  solve(problem, values) {
    const fans = fansOf(problem.parameters);
    const fanIn = givenNumber(values, 'fan_in') ?? fans.fanIn;
    const fanOut = givenNumber(values, 'fan_out') ?? fans.fanOut;
    const answers = {
      fan_in: fans.fanIn,
      fan_out: fans.fanOut,
      kaiming: kaimingStd(fanIn),
      xavier: xavierStd(fanIn, fanOut),
    };
    const steps = initStdText.steps(problem.parameters, fans, {
      kaiming: kaimingStd(fans.fanIn),
      xavier: xavierStd(fans.fanIn, fans.fanOut),
    });
    return { answers, steps };
  },
  /**
   * fan_out used for fan_in; Kaiming without its gain √2 (LeCun's 1/√fan_in); the kernel area K² left out of
   * the fans; the uniform distribution's bound √3·std given for the std. From the student's fans when given.
   */
  mistakes(problem, values) {
    const fans = fansOf(problem.parameters);
    const fanIn = givenNumber(values, 'fan_in') ?? fans.fanIn;
    const fanOut = givenNumber(values, 'fan_out') ?? fans.fanOut;
    const mistakes: MistakeValue[] = [
      { code: 'fan-out-for-fan-in', field: 'fan_in', value: fans.fanOut },
      { code: 'fan-out-for-fan-in', field: 'kaiming', value: kaimingStd(fanOut) },
      { code: 'gain-forgotten', field: 'kaiming', value: kaimingStd(fanIn, 1) },
      { code: 'uniform-bound-for-std', field: 'kaiming', value: uniformBound * kaimingStd(fanIn) },
      { code: 'uniform-bound-for-std', field: 'xavier', value: uniformBound * xavierStd(fanIn, fanOut) },
    ];
    const layer = problem.parameters;
    if (layer.kind === 'conv') {
      const area = layer.kernel * layer.kernel;
      mistakes.push(
        { code: 'fan-kernel-forgotten', field: 'fan_in', value: fans.fanIn / area },
        { code: 'fan-kernel-forgotten', field: 'fan_out', value: fans.fanOut / area },
        { code: 'fan-kernel-forgotten', field: 'kaiming', value: kaimingStd(fans.fanIn / area) },
        {
          code: 'fan-kernel-forgotten',
          field: 'xavier',
          value: xavierStd(fans.fanIn / area, fans.fanOut / area),
        },
      );
    }
    return mistakes;
  },
});
