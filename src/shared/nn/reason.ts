/**
 * Why a network cannot be read or analysed, as data: a code from this closed union and the values that make it
 * specific. The engine never words a reason; `reason-messages.ts` does, in Chinese and English, keyed by the code
 * (ARCHITECTURE.md: "the engine speaks data, never prose"). Every value is JSON, so a reason crosses a worker or
 * IPC boundary unchanged and the CLI can print it beside its words.
 *
 * Field names (`field`) are the layer kinds' field keys (kernel, stride, …); the catalogue shows their labels.
 * Shapes are arrays ([C, H, W] or [features]); text the user typed is cut to 40 characters where it is read.
 */
export type NetworkReason =
  // The description language (a line and column come with each).
  | { code: 'unexpectedCharacter'; text: string }
  | { code: 'textTooLong'; length: number; limit: number }
  | { code: 'tooDeep'; limit: number }
  | { code: 'missingBrace'; keyword: string | null; openLine: number }
  | { code: 'unexpectedBrace' }
  | { code: 'oneStatementPerLine'; text: string }
  | { code: 'expectedLayer'; text: string }
  | { code: 'expectedLayerAfterName'; name: string }
  | { code: 'joinNeedsBranches'; keyword: string }
  | { code: 'expectedHeaderValue'; keyword: string }
  | { code: 'inputShapeForm'; text: string }
  | { code: 'twoWordKeyword'; word: string; options: string[] }
  | { code: 'unknownLayer'; word: string; guess: string | null }
  | { code: 'badBranchName'; name: string }
  | { code: 'expectedBranchBrace'; keyword: string; text: string }
  | { code: 'tooFewBranches'; keyword: string; count: number }
  | { code: 'tooManyBranches'; keyword: string; limit: number }
  | { code: 'undefinedReference'; name: string }
  | { code: 'expectedReferences' }
  | { code: 'fieldTwice'; field: string; column: number }
  | { code: 'fieldMissing'; keyword: string; field: string }
  | { code: 'notUnderstood'; keyword: string; text: string; accepted: string[] }
  | { code: 'duplicateName'; name: string; line: number }
  // Names, inputs and sizes: the description language and the JSON form alike.
  | { code: 'badLayerName'; name: string; limit: number }
  | { code: 'inputNameTaken' }
  | { code: 'nameTaken'; name: string }
  | { code: 'tooManyLayers'; count: number | null; limit: number }
  | { code: 'unknownKind'; kind: string }
  | { code: 'takesOneInput'; kind: string; count: number }
  | { code: 'joinInputCount'; kind: string; limit: number; count: number }
  | { code: 'unknownInput'; name: string }
  | { code: 'noInputShape' }
  | { code: 'inputShapeRange'; shape: number[]; channels: number; spatial: number }
  | { code: 'countsTooLarge' }
  | { code: 'unknownPreset'; name: string }
  // The JSON form.
  | { code: 'notAnObject'; where: string }
  | { code: 'layersNotArray' }
  | { code: 'networkNameInvalid'; limit: number }
  | { code: 'kindNotString' }
  | { code: 'inputsInvalid'; limit: number }
  | { code: 'inputShapeJson' }
  | { code: 'unknownAttribute'; kind: string; key: string; known: string[] }
  // One attribute's value (fields.ts).
  | { code: 'fieldRequired'; field: string }
  | { code: 'fieldNotWhole'; field: string; got: string }
  | { code: 'fieldRange'; field: string; min: number; max: number; got: number }
  | { code: 'fieldNumberRange'; field: string; min: number; max: number; belowMax: boolean; got: string }
  | { code: 'fieldNotNumber'; field: string; got: string }
  | { code: 'fieldPairForm'; field: string; got: string }
  | { code: 'fieldPaddingForm'; field: string; got: string }
  | { code: 'fieldGroupsForm'; field: string; got: string }
  | { code: 'fieldFlagForm'; field: string; word: string; got: string }
  // A layer that cannot take its inputs.
  | { code: 'needsFeatureMap'; kind: string; shape: number[] }
  | {
      code: 'windowTooLarge';
      noun: 'kernel' | 'window';
      kernel: number[];
      dilation: number[];
      effective: number;
      axis: 'height' | 'width';
      input: number;
      before: number;
      after: number;
    }
  | { code: 'samePaddingStride'; stride: number[] }
  | { code: 'sameTransposed' }
  | { code: 'poolPaddingTooLarge'; padding: number; window: number; limit: number }
  | { code: 'groupsDivide'; groups: number; inChannels: number; outChannels: number }
  | { code: 'outputPaddingTooLarge'; outputPadding: number; stride: number; dilation: number }
  | { code: 'transposedNoOutput'; padding: number[]; size: number }
  | { code: 'addShapes'; first: string; firstShape: number[]; other: string; otherShape: number[] }
  | {
      code: 'concatShapes';
      rank: boolean;
      first: string;
      firstShape: number[];
      other: string;
      otherShape: number[];
    };

export type NetworkReasonCode = NetworkReason['code'];

/** The reason of one code, with the values that code carries. */
export type NetworkReasonOf<Code extends NetworkReasonCode> = Extract<NetworkReason, { code: Code }>;

/** User text inside a reason is cut, so a 200,000-character word cannot make a 200,000-character message. */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
