import type { ConvTraceStep } from '../../conv/trace.ts';
import type { LocalizedText } from '../../deck/localized-text.ts';
import { texNumber } from '../../nn/explanation.ts';
import type { WorkedStep } from '../problem.ts';
import type { ConvByHandParameters, ConvPart } from './conv-by-hand.ts';

/** One part as solve worked it: its output size, its answer and every output cell's window (the trace). */
export interface WorkedPart {
  part: ConvPart;
  size: readonly [number, number];
  answer: readonly (readonly number[])[];
  trace: readonly ConvTraceStep[];
}

/** A matrix in KaTeX, as the homework writes I and K. */
export function texMatrix(rows: readonly (readonly number[])[]): string {
  const body = rows.map((row) => row.map(texNumber).join(' & ')).join(' \\\\ ');
  return `\\begin{pmatrix} ${body} \\end{pmatrix}`;
}

/** A factor in a product: negative numbers in parentheses. */
function texFactor(value: number): string {
  return value < 0 ? `(${texNumber(value)})` : texNumber(value);
}

/** `y_{0,1} = 0 \cdot (-1) + … + b = 50`: one output cell's window, term by term (padding cells read 0). */
export function cellFormula(step: ConvTraceStep): string {
  const [row, column] = step.output;
  const terms = step.terms.map(
    (term) => `${texFactor(term.inputValue)} \\cdot ${texFactor(term.weightValue)}`,
  );
  if (step.bias !== 0) terms.push(texFactor(step.bias));
  return `y_{${row},${column}} = ${terms.join(' + ')} = ${texNumber(step.sum)}`;
}

function settings(part: ConvPart, language: 'zh' | 'en'): string {
  const words =
    language === 'zh'
      ? [
          `填充 ${part.padding}`,
          `步长 ${part.stride}`,
          ...(part.dilation > 1 ? [`空洞率 ${part.dilation}`] : []),
        ]
      : [
          `padding ${part.padding}`,
          `stride ${part.stride}`,
          ...(part.dilation > 1 ? [`dilation ${part.dilation}`] : []),
        ];
  return words.join(language === 'zh' ? '，' : ', ');
}

function partLabel(part: ConvPart): LocalizedText {
  return { zh: `${part.id}) ${settings(part, 'zh')}`, en: `${part.id}) ${settings(part, 'en')}` };
}

function prompt(parameters: ConvByHandParameters): LocalizedText {
  const { input, kernel, bias, parts } = parameters;
  const inputSize = `${input.length} \\times ${input[0]!.length}`;
  const kernelSize = `${kernel.length} \\times ${kernel[0]!.length}`;
  const tex = { input: texMatrix(input), kernel: texMatrix(kernel) };
  const zhParts = parts.map((part) => `${part.id}) ${settings(part, 'zh')}，卷积后的结果`).join('\n\n');
  const enParts = parts.map((part) => `${part.id}) the result with ${settings(part, 'en')}`).join('\n\n');
  return {
    zh:
      `给定 $${inputSize}$ 的输入 $\\mathbf{I} = ${tex.input}$ 和 $${kernelSize}$ 的卷积核 $\\mathbf{K} = ${tex.kernel}$` +
      `${bias === 0 ? '' : `，偏置 $b = ${texNumber(bias)}$`}。按深度学习中的卷积（互相关，卷积核不翻转）计算：\n\n${zhParts}`,
    en:
      `Given the $${inputSize}$ input $\\mathbf{I} = ${tex.input}$ and the $${kernelSize}$ kernel $\\mathbf{K} = ${tex.kernel}$` +
      `${bias === 0 ? '' : `, with bias $b = ${texNumber(bias)}$`}, compute, as deep learning convolves ` +
      `(cross-correlation, the kernel not flipped):\n\n${enParts}`,
  };
}

/**
 * Homework-4 as the homework words it (homework2.md, 计算题 4; the PDF's line break inside "卷积核 **K**
 * (Kernel)" joined), with an English translation.
 */
function homeworkPrompt(parameters: ConvByHandParameters): LocalizedText {
  const tex = { input: texMatrix(parameters.input), kernel: texMatrix(parameters.kernel) };
  return {
    zh:
      `给定一个 $4 \\times 4$ 像素的图像区域 **I** 和一个 $2 \\times 2$ 的卷积核 **K** (Kernel)。` +
      `图像区域 $\\mathbf{I}$: $\\mathbf{I} = ${tex.input}$, 卷积核 $\\mathbf{K}$: $\\mathbf{K} = ${tex.kernel}$, 请计算:\n\n` +
      'a) padding=1, stride=1, 请计算卷积后的结果\n\nb) padding=0, stride=2, 请计算卷积后的结果',
    en:
      `Given a $4 \\times 4$ pixel image region **I** and a $2 \\times 2$ convolution kernel **K**. ` +
      `Image region $\\mathbf{I}$: $\\mathbf{I} = ${tex.input}$, kernel $\\mathbf{K}$: $\\mathbf{K} = ${tex.kernel}$. Compute:\n\n` +
      'a) the result of the convolution with padding=1, stride=1\n\nb) the result of the convolution with padding=0, stride=2',
  };
}

/** From a nudge to nearly the method; the last works the first cell of the first part. */
function hints(parameters: ConvByHandParameters, firstCell: string): LocalizedText[] {
  const dilated = parameters.parts.some((part) => part.dilation > 1);
  const zhWindow =
    '输出 $(i, j)$（行、列从 0 数起）的窗口从填充后输入的第 $i \\cdot S$ 行、第 $j \\cdot S$ 列开始' +
    (dilated ? '；空洞率为 $D$ 时，窗口内相邻两格在输入中相隔 $D$' : '') +
    (parameters.bias === 0 ? '' : '；最后每个输出都加上偏置 $b$') +
    '。';
  const enWindow =
    'Output $(i, j)$ (rows and columns counted from 0) has its window start at row $i \\cdot S$, column ' +
    '$j \\cdot S$ of the padded input' +
    (dilated ? '; with dilation $D$, neighbouring window cells are $D$ apart in the input' : '') +
    (parameters.bias === 0 ? '' : '; then every output adds the bias $b$') +
    '.';
  return [
    {
      zh: '深度学习中的卷积是互相关（运算）：卷积核不翻转，与窗口逐元素相乘再求和。',
      en: 'Convolution in deep learning is cross-correlation: the kernel is not flipped; multiply it with the window element by element and add.',
    },
    {
      zh: '先算输出尺寸 $\\lfloor (H + 2P - D(K - 1) - 1)/S \\rfloor + 1$，并在输入四周补上 $P$ 圈零。',
      en: 'First the output size $\\lfloor (H + 2P - D(K - 1) - 1)/S \\rfloor + 1$, and add $P$ rings of zeros around the input.',
    },
    { zh: zhWindow, en: enWindow },
    {
      zh: `例如 ${parameters.parts[0]!.id}) 的第一个输出：$${firstCell}$。`,
      en: `For example the first output of ${parameters.parts[0]!.id}): $${firstCell}$.`,
    },
  ];
}

/** `\left\lfloor \frac{4 + 2 \cdot 1 - 1 \cdot (2 - 1) - 1}{1} \right\rfloor + 1 = 5` for one axis. */
function sizeFormula(symbol: string, length: number, kernel: number, part: ConvPart, size: number): string {
  const { padding, stride, dilation } = part;
  const numerator = `${length} + 2 \\cdot ${padding} - ${dilation} \\cdot (${kernel} - 1) - 1`;
  return `${symbol} = \\left\\lfloor \\frac{${numerator}}{${stride}} \\right\\rfloor + 1 = ${size}`;
}

function partSteps(parameters: ConvByHandParameters, worked: WorkedPart): WorkedStep[] {
  const { part, size, answer, trace } = worked;
  const rows = parameters.input.length;
  const columns = parameters.input[0]!.length;
  const height = sizeFormula('H_{out}', rows, parameters.kernel.length, part, size[0]);
  const width = sizeFormula('W_{out}', columns, parameters.kernel[0]!.length, part, size[1]);
  const padding =
    part.padding === 0
      ? { zh: '不填充', en: 'no padding' }
      : {
          zh: `先在输入四周补上 ${part.padding} 圈零`,
          en: `add ${part.padding} ring${part.padding === 1 ? '' : 's'} of zeros around the input`,
        };
  const sizeStep: WorkedStep = {
    text: {
      zh: `${part.id}) ${settings(part, 'zh')}：${padding.zh}，输出尺寸为 ${size[0]}×${size[1]}。`,
      en: `${part.id}) ${settings(part, 'en')}: ${padding.en}; the output is ${size[0]}×${size[1]}.`,
    },
    formula:
      rows === columns && parameters.kernel.length === parameters.kernel[0]!.length
        ? height
        : `${height},\\quad ${width}`,
  };
  const cellSteps = trace.map((step): WorkedStep => {
    const [row, column] = step.output;
    const [top, left] = step.windowTopLeft.padded;
    return {
      text: {
        zh: `${part.id}) 输出 $(${row}, ${column})$：窗口从填充后输入的 $(${top}, ${left})$ 开始。`,
        en: `${part.id}) Output $(${row}, ${column})$: the window starts at $(${top}, ${left})$ of the padded input.`,
      },
      formula: cellFormula(step),
    };
  });
  const result: WorkedStep = {
    text: { zh: `${part.id}) 的结果：`, en: `The result of ${part.id}):` },
    formula: texMatrix(answer),
    fields: [part.id],
  };
  return [sizeStep, ...cellSteps, result];
}

function steps(parameters: ConvByHandParameters, worked: readonly WorkedPart[]): WorkedStep[] {
  const method: WorkedStep = {
    text: {
      zh: '深度学习中的卷积是互相关（运算）：卷积核不翻转，对准窗口逐元素相乘再求和（$x$ 为填充后的输入，填充的格子按 0 计）。行、列从 0 数起。',
      en: 'Convolution in deep learning is cross-correlation: the kernel is not flipped; it is multiplied with each window element by element and summed ($x$ is the padded input; padding cells count as 0). Rows and columns count from 0.',
    },
    formula: `y_{i,j} = \\sum_{m,n} x_{i S + m D,\\, j S + n D} \\, K_{m,n}${parameters.bias === 0 ? '' : ' + b'}`,
  };
  return [method, ...worked.flatMap((part) => partSteps(parameters, part))];
}

/** The words of conv-by-hand, in both languages (GLOSSARY.md): prompt, field labels, hints, worked steps. */
export const convByHandText = { prompt, homeworkPrompt, partLabel, hints, steps };
