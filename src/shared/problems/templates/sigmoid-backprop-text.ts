import type { LocalizedText } from '../../deck/localized-text.ts';
import type { WorkedStep } from '../problem.ts';
import type { SigmoidBackpropParameters } from './sigmoid-backprop.ts';

/** x₀ in KaTeX: `0`, `\ln 3`, `-\ln 3`. */
function texPoint({ k, sign }: SigmoidBackpropParameters): string {
  if (k === 1) return '0';
  return `${sign < 0 ? '-' : ''}\\ln ${k}`;
}

/** A decimal to 4 places, with `\approx` before it when that rounds: `= 0.25`, `\approx 0.6667`. */
function texValue(value: number): string {
  const rounded = Number(value.toFixed(4));
  return `${rounded === value ? '=' : '\\approx'} ${rounded}`;
}

/** The upstream gradient as the homework prints it: 4.0, not 4. */
function texUpstream(upstream: number): string {
  return Number.isInteger(upstream) ? upstream.toFixed(1) : String(upstream);
}

function labels(parameters: SigmoidBackpropParameters) {
  const point = texPoint(parameters);
  return {
    derivative: {
      zh: '(a) $\\frac{d\\sigma}{dx}$（用 $\\sigma$ 表示）',
      en: '(a) $\\frac{d\\sigma}{dx}$ in terms of $\\sigma$',
    },
    sigma0: { zh: `(b) 前向传播输出 $\\sigma(${point})$`, en: `(b) The forward output $\\sigma(${point})$` },
    slope0: {
      zh: `(b) $x = ${point}$ 处的 $\\frac{d\\sigma}{dx}$`,
      en: `(b) $\\frac{d\\sigma}{dx}$ at $x = ${point}$`,
    },
    gradient: {
      zh: '(b) $\\frac{\\partial \\mathcal{L}}{\\partial x}$',
      en: '(b) $\\frac{\\partial \\mathcal{L}}{\\partial x}$',
    },
  } satisfies Record<string, LocalizedText>;
}

const definition = '$\\sigma(x) = \\frac{1}{1 + e^{-x}}$';

/** homework2.md, 计算题 1, verbatim (its spacing around math kept), with an English translation. */
const homeworkPrompt: LocalizedText = {
  zh:
    `给定 Sigmoid 激活函数 ${definition} .\n\n` +
    '(a) 请结合计算图的链式法则原理，推导 Sigmoid 函数关于输入 $x$ 的导数 $\\frac{d\\sigma}{dx}$ ，并将其结果表示为 $\\sigma(x)$ 的函数形式。\n\n' +
    '(b) 假设在一个神经网络的反向传播过程中，某神经元的输入 $x = 0$ 。若已知损失函数 $\\mathcal{L}$ 对该神经元输出 $\\sigma$ 的梯度为 ' +
    '$\\frac{\\partial \\mathcal{L}}{\\partial \\sigma} = 4.0$ ，请计算损失函数对该神经元输入 $x$ 的梯度 $\\frac{\\partial \\mathcal{L}}{\\partial x}$ 。',
  en:
    `Given the Sigmoid activation function ${definition}.\n\n` +
    '(a) Using the chain rule on the computational graph, derive the derivative $\\frac{d\\sigma}{dx}$ of the Sigmoid function with respect to its input $x$, and write the result as a function of $\\sigma(x)$.\n\n' +
    '(b) Suppose that during backpropagation in a neural network a neuron’s input is $x = 0$. Given that the gradient of the loss $\\mathcal{L}$ with respect to the neuron’s output $\\sigma$ is ' +
    '$\\frac{\\partial \\mathcal{L}}{\\partial \\sigma} = 4.0$, compute the gradient $\\frac{\\partial \\mathcal{L}}{\\partial x}$ of the loss with respect to the neuron’s input $x$.',
};

function prompt(parameters: SigmoidBackpropParameters): LocalizedText {
  const point = texPoint(parameters);
  const upstream = texUpstream(parameters.upstream);
  return {
    zh:
      `给定 Sigmoid 激活函数 ${definition}。\n\n(a) 用链式法则推导 $\\frac{d\\sigma}{dx}$，并表示为 $\\sigma$ 的函数。\n\n` +
      `(b) 反向传播时某神经元的输入 $x = ${point}$，损失函数对其输出的梯度 $\\frac{\\partial \\mathcal{L}}{\\partial \\sigma} = ${upstream}$。` +
      '求 $\\sigma$、$\\frac{d\\sigma}{dx}$ 在该点的值和 $\\frac{\\partial \\mathcal{L}}{\\partial x}$（除不尽时保留 3 位小数）。',
    en:
      `Given the Sigmoid activation function ${definition}.\n\n(a) Derive $\\frac{d\\sigma}{dx}$ with the chain rule and write it as a function of $\\sigma$.\n\n` +
      `(b) During backpropagation a neuron’s input is $x = ${point}$ and the loss’s gradient with respect to its output is $\\frac{\\partial \\mathcal{L}}{\\partial \\sigma} = ${upstream}$. ` +
      'Give $\\sigma$ and $\\frac{d\\sigma}{dx}$ at that point, and $\\frac{\\partial \\mathcal{L}}{\\partial x}$ (to 3 decimals where they do not end sooner).',
  };
}

const hints: readonly LocalizedText[] = [
  {
    zh: '把 $\\sigma(x)$ 写成 $(1 + e^{-x})^{-1}$，对它用链式法则求导。',
    en: 'Write $\\sigma(x)$ as $(1 + e^{-x})^{-1}$ and differentiate it with the chain rule.',
  },
  {
    zh: '$\\frac{d\\sigma}{dx} = \\frac{e^{-x}}{(1 + e^{-x})^2}$，再把它拆成 $\\frac{1}{1 + e^{-x}} \\cdot \\frac{e^{-x}}{1 + e^{-x}}$。',
    en: '$\\frac{d\\sigma}{dx} = \\frac{e^{-x}}{(1 + e^{-x})^2}$; split it into $\\frac{1}{1 + e^{-x}} \\cdot \\frac{e^{-x}}{1 + e^{-x}}$.',
  },
  {
    zh: '先前向传播算出 $\\sigma(x)$，再代入 $\\sigma(1 - \\sigma)$；最后按链式法则乘上上游梯度：$\\frac{\\partial \\mathcal{L}}{\\partial x} = \\frac{\\partial \\mathcal{L}}{\\partial \\sigma} \\cdot \\frac{d\\sigma}{dx}$。',
    en: 'First the forward pass gives $\\sigma(x)$; put it into $\\sigma(1 - \\sigma)$; then the chain rule multiplies by the upstream gradient: $\\frac{\\partial \\mathcal{L}}{\\partial x} = \\frac{\\partial \\mathcal{L}}{\\partial \\sigma} \\cdot \\frac{d\\sigma}{dx}$.',
  },
];

/** The homework's derivation, line by line (homework2.md, 计算题 1 solution). */
const derivation = [
  '\\frac{d\\sigma}{dx} &= \\frac{d}{dx} (1 + e^{-x})^{-1}',
  '&= -1 \\cdot (1 + e^{-x})^{-2} \\cdot \\frac{d}{dx} (1 + e^{-x})',
  '&= -(1 + e^{-x})^{-2} \\cdot (e^{-x} \\cdot -1)',
  '&= \\frac{e^{-x}}{(1 + e^{-x})^2}',
  '&= \\frac{1}{1 + e^{-x}} \\cdot \\frac{e^{-x}}{1 + e^{-x}}',
  '&= \\frac{1}{1 + e^{-x}} \\cdot \\frac{(1 + e^{-x}) - 1}{1 + e^{-x}}',
  '&= \\sigma(x) \\cdot (1 - \\sigma(x))',
].join(' \\\\ ');

/** e^{-x₀} for x₀ = ±ln k: 1/k or k (e^0 = 1 for the homework's point). */
function texExponential({ k, sign }: SigmoidBackpropParameters): string {
  if (k === 1) return '1';
  return sign > 0 ? `\\frac{1}{${k}}` : String(k);
}

function steps(
  parameters: SigmoidBackpropParameters,
  values: { sigma0: number; slope0: number; gradient: number },
): WorkedStep[] {
  const point = texPoint(parameters);
  const { sigma0, slope0, gradient } = values;
  const sigmaText = Number(sigma0.toFixed(4));
  return [
    {
      text: {
        zh: 'Sigmoid 函数为 $\\sigma(x) = (1 + e^{-x})^{-1}$，利用链式法则：',
        en: 'The Sigmoid function is $\\sigma(x) = (1 + e^{-x})^{-1}$; by the chain rule:',
      },
      formula: `\\begin{aligned}${derivation}\\end{aligned}`,
      fields: ['derivative'],
    },
    {
      text: { zh: `当 $x = ${point}$ 时，前向传播输出：`, en: `At $x = ${point}$ the forward pass gives:` },
      formula: `\\sigma(${point}) = \\frac{1}{1 + e^{-(${point})}} = \\frac{1}{1 + ${texExponential(parameters)}} ${texValue(sigma0)}`,
      fields: ['sigma0'],
    },
    {
      text: { zh: '代入导数：', en: 'Into the derivative:' },
      formula: `\\frac{d\\sigma}{dx} = \\sigma(${point})(1 - \\sigma(${point})) ${sigma0 === sigmaText ? '=' : '\\approx'} ${sigmaText} \\times ${Number((1 - sigma0).toFixed(4))} ${texValue(slope0)}`,
      fields: ['slope0'],
    },
    {
      text: {
        zh: '根据链式法则，损失函数对输入的梯度：',
        en: 'By the chain rule, the gradient of the loss with respect to the input:',
      },
      formula: `\\frac{\\partial \\mathcal{L}}{\\partial x} = \\frac{\\partial \\mathcal{L}}{\\partial \\sigma} \\cdot \\frac{d\\sigma}{dx} = ${texUpstream(parameters.upstream)} \\times ${Number(slope0.toFixed(4))} ${texValue(gradient)}`,
      fields: ['gradient'],
    },
  ];
}

/** The words of sigmoid-backprop in both languages (GLOSSARY.md): prompts, labels, hints, worked steps. */
export const sigmoidBackpropText = { labels, homeworkPrompt, prompt, hints, steps };
