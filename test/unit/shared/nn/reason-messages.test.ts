import { describe, expect, it } from 'vitest';
import { languages } from '../../../../src/shared/deck/localized-text.ts';
import { noteMessages, wordNote } from '../../../../src/shared/nn/note-messages.ts';
import type { LayerNote, LayerNoteCode, LayerNoteOf } from '../../../../src/shared/nn/note.ts';
import { reasonMessages, wordReason } from '../../../../src/shared/nn/reason-messages.ts';
import type { NetworkReason, NetworkReasonCode, NetworkReasonOf } from '../../../../src/shared/nn/reason.ts';
import { englishRuns } from '../../../support/english-runs.ts';

/** One sample of every reason: typed by code, so a new code without a sample does not compile. */
const reasonSamples: { [Code in NetworkReasonCode]: NetworkReasonOf<Code> } = {
  unexpectedCharacter: { code: 'unexpectedCharacter', text: 'ｃｏｎｖ' },
  textTooLong: { code: 'textTooLong', length: 200_001, limit: 200_000 },
  tooDeep: { code: 'tooDeep', limit: 64 },
  missingBrace: { code: 'missingBrace', keyword: 'concat', openLine: 3 },
  unexpectedBrace: { code: 'unexpectedBrace' },
  oneStatementPerLine: { code: 'oneStatementPerLine', text: ':' },
  expectedLayer: { code: 'expectedLayer', text: '{' },
  expectedLayerAfterName: { code: 'expectedLayerAfterName', name: 'stem' },
  joinNeedsBranches: { code: 'joinNeedsBranches', keyword: 'add' },
  expectedHeaderValue: { code: 'expectedHeaderValue', keyword: 'input' },
  inputShapeForm: { code: 'inputShapeForm', text: '3x224' },
  twoWordKeyword: { code: 'twoWordKeyword', word: 'pool', options: ['max', 'avg'] },
  unknownLayer: { code: 'unknownLayer', word: 'convv', guess: 'conv' },
  badBranchName: { code: 'badBranchName', name: 'a b' },
  expectedBranchBrace: { code: 'expectedBranchBrace', keyword: 'concat', text: 'conv' },
  tooFewBranches: { code: 'tooFewBranches', keyword: 'concat', count: 1 },
  tooManyBranches: { code: 'tooManyBranches', keyword: 'add', limit: 256 },
  undefinedReference: { code: 'undefinedReference', name: 'nowhere' },
  expectedReferences: { code: 'expectedReferences' },
  fieldTwice: { code: 'fieldTwice', field: 'kernel', column: 8 },
  fieldMissing: { code: 'fieldMissing', keyword: 'conv', field: 'outChannels' },
  notUnderstood: {
    code: 'notUnderstood',
    keyword: 'conv',
    text: 'zz',
    accepted: ['N', 'kN', 'dw', 'nobias'],
  },
  duplicateName: { code: 'duplicateName', name: 'a', line: 1 },
  badLayerName: { code: 'badLayerName', name: 'a b', limit: 200 },
  inputNameTaken: { code: 'inputNameTaken' },
  nameTaken: { code: 'nameTaken', name: 'conv1' },
  tooManyLayers: { code: 'tooManyLayers', count: 5001, limit: 5000 },
  unknownKind: { code: 'unknownKind', kind: 'conv3d' },
  takesOneInput: { code: 'takesOneInput', kind: 'conv', count: 2 },
  joinInputCount: { code: 'joinInputCount', kind: 'add', limit: 256, count: 1 },
  unknownInput: { code: 'unknownInput', name: 'b' },
  noInputShape: { code: 'noInputShape' },
  inputShapeRange: { code: 'inputShapeRange', shape: [0, 224, 224], channels: 1 << 20, spatial: 1 << 16 },
  countsTooLarge: { code: 'countsTooLarge' },
  unknownPreset: { code: 'unknownPreset', name: 'resnet1000' },
  notAnObject: { code: 'notAnObject', where: 'layers[2]' },
  layersNotArray: { code: 'layersNotArray' },
  networkNameInvalid: { code: 'networkNameInvalid', limit: 200 },
  kindNotString: { code: 'kindNotString' },
  inputsInvalid: { code: 'inputsInvalid', limit: 256 },
  inputShapeJson: { code: 'inputShapeJson' },
  unknownAttribute: { code: 'unknownAttribute', kind: 'conv2d', key: 'kernal', known: ['kernel', 'stride'] },
  fieldRequired: { code: 'fieldRequired', field: 'outFeatures' },
  fieldNotWhole: { code: 'fieldNotWhole', field: 'kernel', got: '2.5' },
  fieldRange: { code: 'fieldRange', field: 'stride', min: 1, max: 65536, got: 0 },
  fieldNumberRange: { code: 'fieldNumberRange', field: 'p', min: 0, max: 1, belowMax: true, got: '1.5' },
  fieldNotNumber: { code: 'fieldNotNumber', field: 'negativeSlope', got: 'abc' },
  fieldPairForm: { code: 'fieldPairForm', field: 'kernel', got: '1x2x3' },
  fieldPaddingForm: { code: 'fieldPaddingForm', field: 'padding', got: 'full' },
  fieldGroupsForm: { code: 'fieldGroupsForm', field: 'groups', got: 'yes' },
  fieldFlagForm: { code: 'fieldFlagForm', field: 'bias', word: 'nobias', got: '1' },
  needsFeatureMap: { code: 'needsFeatureMap', kind: 'conv', shape: [10] },
  windowTooLarge: {
    code: 'windowTooLarge',
    noun: 'kernel',
    kernel: [3, 3],
    dilation: [3, 3],
    effective: 7,
    axis: 'height',
    input: 5,
    before: 0,
    after: 0,
  },
  samePaddingStride: { code: 'samePaddingStride', stride: [2, 2] },
  sameTransposed: { code: 'sameTransposed' },
  poolPaddingTooLarge: { code: 'poolPaddingTooLarge', padding: 2, window: 3, limit: 1 },
  groupsDivide: { code: 'groupsDivide', groups: 4, inChannels: 6, outChannels: 8 },
  outputPaddingTooLarge: { code: 'outputPaddingTooLarge', outputPadding: 2, stride: 2, dilation: 1 },
  transposedNoOutput: { code: 'transposedNoOutput', padding: [3, 3, 3, 3], size: -1 },
  addShapes: {
    code: 'addShapes',
    first: 'sum.conv1',
    firstShape: [4, 8, 8],
    other: 'input',
    otherShape: [3, 8, 8],
  },
  concatShapes: {
    code: 'concatShapes',
    rank: false,
    first: 'mix.conv1',
    firstShape: [4, 4, 4],
    other: 'mix.conv2',
    otherShape: [4, 8, 8],
  },
};

const noteSamples: { [Code in LayerNoteCode]: LayerNoteOf<Code> } = {
  networkInput: { code: 'networkInput' },
  inputCountedApart: { code: 'inputCountedApart' },
  inputSeesItself: { code: 'inputSeesItself' },
  convMacs: { code: 'convMacs' },
  transposedMacs: { code: 'transposedMacs' },
  flopsTwice: { code: 'flopsTwice' },
  newTensor: { code: 'newTensor' },
  reusesMemory: { code: 'reusesMemory' },
  onePerElement: { code: 'onePerElement' },
  softmaxOps: { code: 'softmaxOps' },
  lrnOps: { code: 'lrnOps' },
  noBiasNoAdds: { code: 'noBiasNoAdds' },
  concatCopies: { code: 'concatCopies' },
  noArithmetic: { code: 'noArithmetic', subject: 'flatten' },
  noMultiplies: { code: 'noMultiplies', subject: 'dropout' },
  noWeights: { code: 'noWeights', subject: 'dropout' },
  notInMacs: { code: 'notInMacs', subject: 'pooling' },
  flattenView: { code: 'flattenView' },
  flattenReshapes: { code: 'flattenReshapes' },
  dropoutInference: { code: 'dropoutInference' },
  dropoutP: { code: 'dropoutP', p: 0.5 },
  bnInference: { code: 'bnInference' },
  bnBuffers: { code: 'bnBuffers', count: 512 },
  ceilMode: { code: 'ceilMode' },
  samePadding: { code: 'samePadding' },
  excludePad: { code: 'excludePad' },
  globalAverage: { code: 'globalAverage' },
  adaptiveWindows: { code: 'adaptiveWindows', regular: [2, 2] },
  outChannels: { code: 'outChannels', count: 96, filters: true },
  paddingSides: { code: 'paddingSides', sides: [1, 1, 2, 2] },
  weightsAndBias: { code: 'weightsAndBias', weights: 34_848, bias: 96 },
  channelsUnchanged: { code: 'channelsUnchanged', count: 96 },
  groupsSee: { code: 'groupsSee', groups: 2, seen: 48, total: 96 },
  flattened: { code: 'flattened', shape: [256, 6, 6], features: 9216 },
  branchesShare: { code: 'branchesShare', size: [28, 28], count: 4 },
  activation: { code: 'activation', kind: 'relu', formula: 'max(0, x)', inPlace: true },
  elementwiseField: { code: 'elementwiseField' },
  multiPathField: { code: 'multiPathField' },
  transposedField: { code: 'transposedField' },
  approximateField: { code: 'approximateField' },
  notAlignedField: { code: 'notAlignedField' },
  wholeGrid: { code: 'wholeGrid', grid: [6, 6] },
  coversInput: { code: 'coversInput', size: [355, 355], input: [227, 227] },
  widthField: { code: 'widthField', size: 51, jump: 8 },
  layerSum: { code: 'layerSum', total: 'macs' },
  floorDrops: { code: 'floorDrops', rows: [54, 55], columns: [55, 55] },
  notAligned: { code: 'notAligned' },
};

/** GLOSSARY.md's forms to avoid that could appear in these messages. */
const avoided = [
  '步幅',
  '膨胀',
  '激活内存',
  '内存瓶颈',
  '跳步',
  '单元',
  '真卷积',
  '缓冲区',
  '滑动',
  '批归一化',
];
const avoidedPatterns = [/ENGINE\.md/, /约定 \d/, /"/, /[“”]/, /[A-Za-z]{2,}[一-龥]/, /[一-龥][A-Za-z0-9]/];

function checkChinese(text: string): void {
  expect(text.trim()).not.toBe('');
  expect(text).toMatch(/。$/);
  for (const form of avoided) expect(text).not.toContain(form);
  for (const pattern of avoidedPatterns) expect(text).not.toMatch(pattern);
  expect(englishRuns(text)).toEqual([]);
}

describe('the catalogues word every code in both languages', () => {
  it('has a sample for every reason code the catalogue words', () => {
    expect(Object.keys(reasonSamples).sort()).toEqual(Object.keys(reasonMessages).sort());
    expect(Object.keys(noteSamples).sort()).toEqual(Object.keys(noteMessages).sort());
  });

  for (const reason of Object.values(reasonSamples) as NetworkReason[]) {
    it(`reason ${reason.code}`, () => {
      for (const language of languages) expect(wordReason(reason, language).trim()).not.toBe('');
      checkChinese(wordReason(reason, 'zh'));
    });
  }

  for (const note of Object.values(noteSamples) as LayerNote[]) {
    it(`note ${note.code}`, () => {
      for (const language of languages) expect(wordNote(note, language).trim()).not.toBe('');
      // Warnings are shown after a layer name and a colon, like reasons: they are sentences too.
      checkChinese(wordNote(note, 'zh'));
    });
  }

  it('the English-run check finds English sentences and lets code through', () => {
    expect(englishRuns('expected a layer, got "x"')).toEqual(['expected a layer']);
    expect(englishRuns('conv 无法识别「zz」（它接受 N、kN、dw、nobias）。')).toEqual([]);
  });
});
