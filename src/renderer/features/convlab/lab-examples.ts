import type { LocalizedText } from '../../../shared/deck/localized-text.ts';
import type { LabDraft, LabMode } from './lab-setup.ts';

/** A preloaded setup, with the answer its source gives (shown beside the engine's, which must match). */
export interface LabExample {
  id: string;
  title: LocalizedText;
  source: LocalizedText;
  mode: LabMode;
  input: number[][];
  kernel: number[][];
  /** Padding on every side. */
  padding: number;
  stride: number;
  flip: boolean;
  expected: number[][];
}

/** Homework 2, problem 4: the 4x4 image region I and the 2x2 kernel K. */
const homeworkInput = [
  [10, 20, 30, 40],
  [50, 60, 70, 80],
  [90, 100, 110, 120],
  [130, 140, 150, 160],
];
const homeworkKernel = [
  [-1, 0],
  [1, 2],
];

/** Dumoulin & Visin, "A guide to convolution arithmetic for deep learning", the figures' 5x5 input and 3x3 kernel. */
const arithmeticInput = [
  [3, 3, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [3, 1, 2, 2, 3],
  [2, 0, 0, 2, 2],
  [2, 0, 0, 0, 1],
];
const arithmeticKernel = [
  [0, 1, 2],
  [2, 2, 0],
  [0, 1, 2],
];

const homework: LocalizedText = { zh: '作业二 计算题 4', en: 'Homework 2, problem 4' };
const arithmetic: LocalizedText = {
  zh: 'Dumoulin & Visin《卷积算术指南》',
  en: 'Dumoulin & Visin, conv_arithmetic',
};

export const labExamples: readonly LabExample[] = [
  {
    id: 'homework-4a',
    title: { zh: '作业 4(a)：填充 1，步长 1', en: 'Homework 4(a): padding 1, stride 1' },
    source: homework,
    mode: 'conv',
    input: homeworkInput,
    kernel: homeworkKernel,
    padding: 1,
    stride: 1,
    flip: false,
    expected: [
      [20, 50, 80, 110, 40],
      [100, 160, 180, 200, 40],
      [180, 240, 260, 280, 40],
      [260, 320, 340, 360, 40],
      [0, -130, -140, -150, -160],
    ],
  },
  {
    id: 'homework-4b',
    title: { zh: '作业 4(b)：无填充，步长 2', en: 'Homework 4(b): no padding, stride 2' },
    source: homework,
    mode: 'conv',
    input: homeworkInput,
    kernel: homeworkKernel,
    padding: 0,
    stride: 2,
    flip: false,
    expected: [
      [160, 200],
      [320, 360],
    ],
  },
  {
    id: 'arithmetic-valid',
    title: { zh: '卷积算术：无填充，步长 1', en: 'conv_arithmetic: no padding, stride 1' },
    source: arithmetic,
    mode: 'conv',
    input: arithmeticInput,
    kernel: arithmeticKernel,
    padding: 0,
    stride: 1,
    flip: false,
    expected: [
      [12, 12, 17],
      [10, 17, 19],
      [9, 6, 14],
    ],
  },
  {
    id: 'arithmetic-padded-strided',
    title: { zh: '卷积算术：填充 1，步长 2', en: 'conv_arithmetic: padding 1, stride 2' },
    source: arithmetic,
    mode: 'conv',
    input: arithmeticInput,
    kernel: arithmeticKernel,
    padding: 1,
    stride: 2,
    flip: false,
    expected: [
      [6, 17, 3],
      [8, 17, 13],
      [6, 4, 4],
    ],
  },
  {
    id: 'arithmetic-true-convolution',
    title: {
      zh: '卷积算术：严格卷积（核旋转 180°）',
      en: 'conv_arithmetic: true convolution (kernel rotated 180°)',
    },
    source: arithmetic,
    mode: 'conv',
    input: arithmeticInput,
    kernel: arithmeticKernel,
    padding: 0,
    stride: 1,
    flip: true,
    expected: [
      [18, 20, 19],
      [10, 9, 17],
      [11, 8, 14],
    ],
  },
  {
    id: 'homework-max-pool',
    title: { zh: '最大池化 2×2，步长 2（作业的输入）', en: 'Max pooling 2×2, stride 2 (the homework input)' },
    source: homework,
    mode: 'max',
    input: homeworkInput,
    kernel: [
      [0, 0],
      [0, 0],
    ],
    padding: 0,
    stride: 2,
    flip: false,
    expected: [
      [60, 80],
      [140, 160],
    ],
  },
];

export function findExample(id: string): LabExample | undefined {
  return labExamples.find((example) => example.id === id);
}

const text = (rows: readonly (readonly number[])[]) => rows.map((row) => row.map(String));

/** The example as the lab's fields. */
export function exampleDraft(example: LabExample): LabDraft {
  const padding = String(example.padding);
  return {
    mode: example.mode,
    input: text(example.input),
    kernel: text(example.kernel),
    bias: '0',
    paddingMode: 'symmetric',
    padding: { all: padding, top: padding, bottom: padding, left: padding, right: padding },
    stride: String(example.stride),
    dilation: '1',
    ceilMode: false,
    countIncludePad: true,
  };
}
