import { mulberry32, randomIndex } from '../../random.ts';
import { sigmoid } from '../fields/expression-tree.ts';
import type { FieldSpec, GivenValues, MistakeValue, Problem, Tolerance } from '../problem.ts';
import { defineTemplate, variantId } from '../template.ts';
import { givenNumber } from './given.ts';
import { sigmoidBackpropText } from './sigmoid-backprop-text.ts';

/**
 * The Sigmoid derivative and one backprop step (homework-1): σ'(x) = σ(x)(1 − σ(x)), then at a point x₀
 * with upstream gradient ∂L/∂σ, ∂L/∂x = ∂L/∂σ · σ'(x₀) (the chain rule). The point is x₀ = ±ln k, so that
 * e^{-x₀} is 1/k or k and σ(x₀) = k/(k + 1) or 1/(k + 1) can be worked by hand; k = 1 is the homework's x₀ = 0.
 */
export interface SigmoidBackpropParameters {
  /** x₀ = sign · ln k. */
  k: number;
  sign: 1 | -1;
  /** ∂L/∂σ at the neuron's output. */
  upstream: number;
}

export type SigmoidBackpropProblem = Problem<SigmoidBackpropParameters>;

export const sigmoidBackpropId = 'sigmoid-backprop';

/** The derivative as the homework writes it, and the misconceptions of the catalogue, as formulas in σ. */
export const sigmoidDerivative = 'σ(1 - σ)';
const wrongDerivatives = [
  { code: 'sigmoid-one-minus', formula: '1 - σ', slope: (sigma: number) => 1 - sigma },
  { code: 'sigmoid-squared', formula: 'σ^2', slope: (sigma: number) => sigma * sigma },
  { code: 'sigmoid-itself', formula: 'σ', slope: (sigma: number) => sigma },
] as const;

export function pointOf(parameters: SigmoidBackpropParameters): number {
  return parameters.sign * Math.log(parameters.k);
}

/**
 * Rounded answers are right: the prompt asks for 3 decimals where a value does not end sooner, and a gradient
 * worked from a slope rounded so is within 0.2 % of the exact one.
 */
const tolerance: Tolerance = { absolute: 0.0005, relative: 0.002 };

/** The field ids are homework-1's contract: derivative, sigma0, slope0 and gradient. */
export function sigmoidBackpropFields(parameters: SigmoidBackpropParameters): FieldSpec[] {
  const label = sigmoidBackpropText.labels(parameters);
  return [
    { id: 'derivative', label: label.derivative, kind: 'expression' },
    { id: 'sigma0', label: label.sigma0, kind: 'number', tolerance },
    { id: 'slope0', label: label.slope0, kind: 'number', tolerance, dependsOn: ['sigma0'] },
    { id: 'gradient', label: label.gradient, kind: 'number', tolerance, dependsOn: ['slope0'] },
  ];
}

function sigmoidBackpropProblem(
  id: string,
  seed: number | null,
  parameters: SigmoidBackpropParameters,
): SigmoidBackpropProblem {
  return {
    id,
    template: sigmoidBackpropId,
    seed,
    parameters,
    prompt: seed === null ? sigmoidBackpropText.homeworkPrompt : sigmoidBackpropText.prompt(parameters),
    fields: sigmoidBackpropFields(parameters),
    hints: sigmoidBackpropText.hints,
  };
}

/** homework-1 (homework2.md, 计算题 1): x = 0, ∂L/∂σ = 4.0, so σ(0) = 0.5, σ'(0) = 0.25, ∂L/∂x = 1. */
export const homework1 = sigmoidBackpropProblem('homework-1', null, { k: 1, sign: 1, upstream: 4 });

const ks = [2, 3, 4, 9];
const upstreams = [4, 2, -2, 0.5, 3, -1, 10];

/** A point x₀ = ±ln k with k in 2, 3, 4, 9 (or the homework's 0, one time in five), an upstream gradient. */
export function generateSigmoidBackprop(seed: number): SigmoidBackpropProblem {
  const random = mulberry32(seed);
  const k = random() < 0.2 ? 1 : ks[randomIndex(random, ks.length)]!;
  const sign = random() < 0.5 ? 1 : -1;
  const upstream = upstreams[randomIndex(random, upstreams.length)]!;
  return sigmoidBackpropProblem(variantId(sigmoidBackpropId, seed), seed, { k, sign, upstream });
}

export const sigmoidBackprop = defineTemplate<SigmoidBackpropParameters>({
  id: sigmoidBackpropId,
  title: { zh: 'Sigmoid 函数的导数与一步反向传播', en: 'The Sigmoid derivative and one backprop step' },
  tags: ['activation', 'backprop'],
  generate: generateSigmoidBackprop,
  /** With `given`, the slope follows the student's σ(x₀) and the gradient the student's slope (不重复扣分). */
  solve(problem, given) {
    const { upstream } = problem.parameters;
    const sigma0 = sigmoid(pointOf(problem.parameters));
    const slope0 = sigma0 * (1 - sigma0);
    const gradient = upstream * slope0;
    const answers = {
      derivative: sigmoidDerivative,
      sigma0,
      slope0: withGiven(given, 'sigma0', (sigma) => sigma * (1 - sigma)) ?? slope0,
      gradient: withGiven(given, 'slope0', (slope) => upstream * slope) ?? gradient,
    };
    return { answers, steps: sigmoidBackpropText.steps(problem.parameters, { sigma0, slope0, gradient }) };
  },
  /**
   * Each wrong derivative as a formula, as the slope it gives at x₀ (from the student's σ(x₀) when given) and
   * as the gradient that slope gives.
   */
  mistakes(problem, given) {
    const { upstream } = problem.parameters;
    const sigma0 = sigmoid(pointOf(problem.parameters));
    const studentSigma = givenNumber(given, 'sigma0') ?? sigma0;
    return wrongDerivatives.flatMap(({ code, formula, slope }): MistakeValue[] => [
      { code, field: 'derivative', value: formula },
      { code, field: 'slope0', value: slope(studentSigma) },
      { code, field: 'gradient', value: upstream * slope(sigma0) },
    ]);
  },
});

function withGiven(given: GivenValues | undefined, field: string, work: (value: number) => number) {
  const value = givenNumber(given, field);
  return value === undefined ? undefined : work(value);
}
