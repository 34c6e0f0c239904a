import { describe, expect, it } from 'vitest';
import { languages } from '../../../../src/shared/deck/localized-text.ts';
import { EngineError, isEngineErrorData } from '../../../../src/shared/engine/engine-error.ts';
import { fieldName, wordRefusal } from '../../../../src/shared/engine/refusal-messages.ts';
import type {
  EngineRefusal,
  EngineRefusalCode,
  EngineRefusalOf,
} from '../../../../src/shared/engine/refusal.ts';
import { englishRuns } from '../../../support/english-runs.ts';

/** One sample of every refusal: typed by code, so a new code without a sample does not compile. */
const samples: { [Code in EngineRefusalCode]: EngineRefusalOf<Code> } = {
  wrongType: { code: 'wrongType', field: 'kernel.weights', expected: 'numberArray', got: 'string' },
  outOfRange: { code: 'outOfRange', field: 'cases[1].stride[0]', min: 1, max: 1024, actual: 0 },
  notPositive: { code: 'notPositive', field: 'kernel.size', actual: 0 },
  wrongCount: { code: 'wrongCount', field: 'bias', unit: 'biasValues', expected: 8, actual: 4 },
  notFinite: { code: 'notFinite', field: 'kernel.weights[3]', got: null },
  notChoice: { code: 'notChoice', field: 'border', choices: ['zero', 'replicate'], got: 'wrap' },
  badName: { code: 'badName', field: 'source.name', limit: 200 },
  unknownPreset: { code: 'unknownPreset', name: 'resnet1000' },
  tensorRank: { code: 'tensorRank', field: 'cases[0].input', rank: 3 },
  emptyDimension: { code: 'emptyDimension', field: 'cases[0].input', axis: 3 },
  notRectangular: { code: 'notRectangular', field: 'cases[0].input[0][0][1]', length: 2 },
  notSendable: { code: 'notSendable', field: 'payload' },
  kernelLargerThanImage: { code: 'kernelLargerThanImage', kernel: [9, 9], image: [4, 3] },
  groupsDivide: { code: 'groupsDivide', field: 'groups', groups: 4, inChannels: 6, outChannels: 8 },
  weightChannels: {
    code: 'weightChannels',
    field: 'weight.shape[1]',
    expected: 3,
    actual: 2,
    perGroup: true,
  },
  windowTooLarge: {
    code: 'windowTooLarge',
    field: 'weight.shape',
    noun: 'kernel',
    kernel: [5, 5],
    dilation: [2, 2],
    padded: [4, 4],
  },
  poolPaddingTooLarge: { code: 'poolPaddingTooLarge', field: 'padding[0]', padding: 2, kernel: 2, limit: 1 },
  outputPaddingTooLarge: {
    code: 'outputPaddingTooLarge',
    field: 'output_padding[0]',
    outputPadding: 2,
    stride: 1,
    dilation: 1,
  },
  paddingCropsAll: { code: 'paddingCropsAll', field: 'padding', output: [-1, 3] },
  samePaddingStride: { code: 'samePaddingStride', field: 'padding' },
  avgPoolDilation: { code: 'avgPoolDilation', field: 'cases[0].dilation' },
  traceOpUnsupported: { code: 'traceOpUnsupported', field: 'conv:trace.op' },
  requestRunning: { code: 'requestRunning', requestId: 'calc-7' },
  linkNotAllowed: { code: 'linkNotAllowed', hosts: ['d2l.ai', 'pytorch.org/docs'] },
  notBackup: { code: 'notBackup', problems: ['truncated', 'bad-checksum'] },
  untrustedSender: { code: 'untrustedSender', why: 'otherOrigin', origin: 'https://evil.example' },
  overLimit: { code: 'overLimit', field: 'source.text', unit: 'characters', actual: 200_001, limit: 200_000 },
  imageTooLarge: { code: 'imageTooLarge', width: 8000, height: 6000, limit: 40_000_000 },
  kernelTooLarge: { code: 'kernelTooLarge', height: 33, width: 5, limit: 31 },
  traceTooLong: { code: 'traceTooLong', pooling: false, cells: 20_001, limit: 20_000 },
  networkTooLarge: {
    code: 'networkTooLarge',
    reason: { code: 'tooManyLayers', count: 5001, limit: 5000 },
  },
};

describe('the engine refusals’ catalogue', () => {
  const all = Object.values(samples) as EngineRefusal[];

  it.each(all.map((refusal) => [refusal.code, refusal] as const))(
    'words %s in both languages, the Chinese without English sentences or half-width sentence marks',
    (_code, refusal) => {
      for (const language of languages) expect(wordRefusal(refusal, language).trim()).not.toBe('');
      const chinese = wordRefusal(refusal, 'zh');
      expect(englishRuns(chinese)).toEqual([]);
      expect(chinese).toMatch(/[\u4e00-\u9fff]/);
      expect(chinese).toMatch(/。$/);
      expect(chinese).not.toMatch(/[\u4e00-\u9fff][,;:?!]|"/);
    },
  );

  it('makes the English words the error’s message, and the code follows from the refusal', () => {
    const error = EngineError.refusing(samples.imageTooLarge);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe('image: 8000x6000 = 48000000 pixels is over the limit of 40000000');
    expect(EngineError.refusing(samples.outOfRange).code).toBe('INVALID_INPUT');
  });

  it('keeps the refusal across a boundary, and refuses data with an unknown refusal code', () => {
    const data = structuredClone(EngineError.refusing(samples.notFinite).toData());
    expect(isEngineErrorData(data)).toBe(true);
    expect(EngineError.fromData(data).refusal).toEqual(samples.notFinite);
    expect(isEngineErrorData({ ...data, refusal: { code: 'noSuchRefusal' } })).toBe(false);
  });

  it('names fields with the glossary’s labels in Chinese, the case of a file by its number', () => {
    expect(fieldName('cases[2].padding[1]', 'zh')).toBe('第 3 个用例的填充[1]');
    expect(fieldName('kernel.size', 'zh')).toBe('核大小');
    expect(fieldName('mystery', 'zh')).toBe('「mystery」');
    expect(fieldName('cases[2].padding[1]', 'en')).toBe('cases[2].padding[1]');
    expect(wordRefusal(samples.outOfRange, 'zh')).toBe('第 2 个用例的步长[0]应在 1 到 1024 之间，实际是 0。');
  });
});
