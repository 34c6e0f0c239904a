import { zeroExplanation, type Explanation } from './explanation.ts';
import type { Field, FieldValue, FieldValueOf } from './fields.ts';
import type { LayerNote, NoteSubject } from './note.ts';
import type { ReceptiveFieldStep } from './receptive-field.ts';
import type { Shape } from './shape.ts';

/** A layer's attributes after reading: field key -> value (see each kind's `fields`). */
export type Attributes = Readonly<Record<string, FieldValue>>;

/** The attributes of a kind with these fields, each typed by its field: `{ kernel: Pair; bias: boolean; … }`. */
export type AttributesOf<Fields extends readonly Field[]> = {
  readonly [Declared in Fields[number] as Declared['key']]: FieldValueOf<Declared>;
};

/** The explanations a layer kind gives; the analyser adds FLOPs, activations and the receptive field. */
export type LayerKindExplanations = Record<'output' | 'params' | 'macs' | 'otherOps', Explanation>;

/** What a layer kind works out for one layer from its attributes and its input shapes. */
export interface LayerFacts {
  output: Shape;
  /** Learnable weights, learnable bias (or BN's beta), and buffers (BN's running mean and variance). */
  weights: number;
  bias: number;
  buffers: number;
  /** Multiply-accumulates of conv and linear, bias excluded (ENGINE.md convention 4). */
  macs: number;
  /** Bias adds, BN, activations, pooling, residual adds: counted apart from MACs. */
  otherOps: number;
  receptiveField: ReceptiveFieldStep;
  /** False when the layer writes no new activation memory (an in-place ReLU, a flatten view). */
  allocates: boolean;
  warnings: LayerNote[];
  /** The explanations, made only when asked for (they are most of the cost of an analysis). */
  explain(): LayerKindExplanations;
}

/**
 * One kind of layer (Netron's shape: one module per kind with the same interface, registered in registry.ts).
 * `infer` throws `layerProblem(...)` when the layer cannot take its inputs; the analyser adds the layer's name.
 */
export interface LayerKind {
  kind: string;
  /** The word that starts the layer in the description language, and accepted synonyms. */
  keyword: string;
  aliases?: readonly string[];
  /** One line for the UI's "add layer" menu. */
  summary: string;
  fields: readonly Field[];
  /** 'many' for concat and add, which join branches. */
  inputs: 'one' | 'many';
  /** `inputNames` are the names of the layers feeding this one, for messages ("input" for the network's). */
  infer(attributes: Attributes, inputs: readonly Shape[], inputNames: readonly string[]): LayerFacts;
}

/** A layer kind as its module writes it: `infer` gets the attributes typed by the kind's own fields. */
export interface LayerKindDefinition<Fields extends readonly Field[]> extends Omit<
  LayerKind,
  'fields' | 'infer'
> {
  fields: Fields;
  infer(
    attributes: AttributesOf<Fields>,
    inputs: readonly Shape[],
    inputNames: readonly string[],
  ): LayerFacts;
}

/** A defined layer kind keeps its fields' exact types, so the registry knows every field key (for labels). */
export type DefinedLayerKind<Fields extends readonly Field[]> = LayerKind & { readonly fields: Fields };

/**
 * One layer kind from its module: fields declared once (their keys and kinds kept exactly), and an `infer` whose
 * attributes are typed from them, so no module casts its attributes. Adding a kind is its module, its place in
 * registry.ts, and the labels of any new field keys (reason-messages.ts: the compiler asks for them).
 */
export function defineLayerKind<const Fields extends readonly Field[]>(
  definition: LayerKindDefinition<Fields>,
): DefinedLayerKind<Fields> {
  return {
    ...definition,
    // Attributes reach a kind only through readAttributes or the description language's reader, both of which
    // read every declared field with its type and nothing else: this is where the record meets the types.
    infer: (attributes, inputs, inputNames) =>
      definition.infer(attributes as unknown as AttributesOf<Fields>, inputs, inputNames),
  };
}

/** What a layer without weights or MACs (pooling, activations, joins, ...) states about itself. */
export interface WeightlessFacts {
  /** Pooling, Dropout, ...: the subject of the zero explanations. */
  what: NoteSubject;
  output: Shape;
  otherOps: number;
  receptiveField: ReceptiveFieldStep;
  allocates?: boolean;
  warnings?: LayerNote[];
  explain(): { output: Explanation; otherOps: Explanation };
  /** Why it has no MACs; by default: not counted in MACs, see other ops (ENGINE.md convention 4). */
  macsNote?: LayerNote;
}

export function weightlessFacts(facts: WeightlessFacts): LayerFacts {
  return {
    output: facts.output,
    weights: 0,
    bias: 0,
    buffers: 0,
    macs: 0,
    otherOps: facts.otherOps,
    receptiveField: facts.receptiveField,
    allocates: facts.allocates ?? true,
    warnings: facts.warnings ?? [],
    explain: () => ({
      ...facts.explain(),
      params: zeroExplanation('Parameters', { code: 'noWeights', subject: facts.what }),
      macs: zeroExplanation('MACs', facts.macsNote ?? { code: 'notInMacs', subject: facts.what }),
    }),
  };
}
