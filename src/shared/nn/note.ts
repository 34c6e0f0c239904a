/**
 * What the engine says about a number or a layer, as data: notes beside a formula and warnings beside a row.
 * A code from this closed union and its values; `note-messages.ts` words each in Chinese and English. Values are
 * JSON (they cross the worker boundary inside an analysis).
 */
export type LayerNote =
  | { code: 'networkInput' }
  | { code: 'inputCountedApart' }
  | { code: 'inputSeesItself' }
  | { code: 'convMacs' }
  | { code: 'transposedMacs' }
  | { code: 'flopsTwice' }
  | { code: 'newTensor' }
  | { code: 'reusesMemory' }
  | { code: 'onePerElement' }
  | { code: 'softmaxOps' }
  | { code: 'lrnOps' }
  | { code: 'noBiasNoAdds' }
  | { code: 'concatCopies' }
  | { code: 'noArithmetic'; subject: NoteSubject }
  | { code: 'noMultiplies'; subject: NoteSubject }
  | { code: 'noWeights'; subject: NoteSubject }
  | { code: 'notInMacs'; subject: NoteSubject }
  | { code: 'flattenView' }
  | { code: 'flattenReshapes' }
  | { code: 'dropoutInference' }
  | { code: 'dropoutP'; p: number }
  | { code: 'bnInference' }
  | { code: 'bnBuffers'; count: number }
  | { code: 'ceilMode' }
  | { code: 'samePadding' }
  | { code: 'excludePad' }
  | { code: 'globalAverage' }
  | { code: 'adaptiveWindows'; regular: number[] | null }
  | { code: 'outChannels'; count: number; filters: boolean }
  | { code: 'paddingSides'; sides: number[] }
  | { code: 'weightsAndBias'; weights: number; bias: number }
  | { code: 'channelsUnchanged'; count: number }
  | { code: 'groupsSee'; groups: number; seen: number; total: number }
  | { code: 'flattened'; shape: number[]; features: number }
  | { code: 'branchesShare'; size: number[]; count: number }
  | { code: 'activation'; kind: string; formula: string; inPlace: boolean }
  // The receptive field.
  | { code: 'elementwiseField' }
  | { code: 'multiPathField' }
  | { code: 'transposedField' }
  | { code: 'approximateField' }
  | { code: 'notAlignedField' }
  | { code: 'wholeGrid'; grid: number[] }
  | { code: 'coversInput'; size: number[]; input: number[] }
  | { code: 'widthField'; size: number; jump: number }
  // A total of the table: the sum over the layers.
  | { code: 'layerSum'; total: 'params' | 'macs' | 'flops' | 'activations' }
  // Warnings beside a row.
  | { code: 'floorDrops'; rows: number[] | null; columns: number[] | null }
  | { code: 'notAligned' };

export type LayerNoteCode = LayerNote['code'];

export type LayerNoteOf<Code extends LayerNoteCode> = Extract<LayerNote, { code: Code }>;

/** The subject of a sentence about a layer kind ("Pooling has no weights."). */
export type NoteSubject =
  'activation' | 'pooling' | 'concat' | 'flatten' | 'dropout' | 'batchNorm' | 'lrn' | 'add';
