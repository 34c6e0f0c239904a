import { formulaWord } from './formula-words.ts';
import {
  bytesPerElement,
  type Analysis,
  type Bottleneck,
  type Dtype,
  type LayerAnalysis,
  type ParameterCounts,
} from './analysis.ts';
import { formatLayer } from './dsl/format-layer.ts';
import { NetworkError } from './errors.ts';
import {
  explanation,
  texNumber,
  texProduct,
  zeroExplanation,
  type Explanation,
  type LayerExplanations,
} from './explanation.ts';
import type { LayerFacts } from './layer-kind.ts';
import { layerInputsReason, layerNameReason } from './layer-rules.ts';
import { limits } from './limits.ts';
import type { LayerNote } from './note.ts';
import { networkInputName, type NetworkSpec } from './network.ts';
import {
  applyStep,
  coversInput,
  explainReceptiveField,
  inputReceptiveField,
  type ReceptiveField,
} from './receptive-field.ts';
import { clip } from './reason.ts';
import { findLayerKind } from './registry.ts';
import { elementCount, formatShape, isSpatial, type Pair, type Shape } from './shape.ts';

export interface AnalyzeOptions {
  /** Overrides the network's own input shape. */
  input?: Shape;
  dtype?: Dtype;
  /**
   * Which layers get explanations of their numbers: all (true, the default), none (false; the table alone does
   * not need them, and they are most of the cost), or the layers named (the one a student clicked).
   */
  explain?: boolean | readonly string[];
  /** Called before each layer; throws to stop a cancelled job (JobContext.throwIfCancelled). */
  throwIfCancelled?: () => void;
}

export const conventions: readonly string[] = [
  'MACs: multiply-accumulates of conv and linear layers, bias excluded, batch 1 (what torchvision, fvcore and ptflops report as FLOPs).',
  'FLOPs = 2 x MACs.',
  'Other ops: bias adds, BatchNorm, activations, pooling and residual adds, counted apart.',
  'Parameters: weights + bias (learnable); BatchNorm running statistics are buffers, shown apart.',
  'Activations: output elements per layer; the total sums stored outputs (in-place layers and views excluded), input excluded; peak is the inference peak of live tensors, input included.',
  'Receptive field: theoretical (Distill 2019), unit 0, per axis [height, width]; branches joined by their union.',
];

/** Checks an input shape: [C, H, W] or [features], positive whole numbers within the limits. */
export function checkInputShape(shape: Shape): void {
  const valid =
    (shape.length === 3 || shape.length === 1) &&
    shape.every(
      (size, axis) =>
        Number.isInteger(size) && size >= 1 && size <= (axis === 0 ? limits.channels : limits.spatial),
    );
  if (!valid) {
    throw new NetworkError(
      null,
      {
        code: 'inputShapeRange',
        shape: shape.slice(0, 8),
        channels: limits.channels,
        spatial: limits.spatial,
      },
      'input',
    );
  }
}

function checkCounts(name: string, facts: LayerFacts): void {
  const counts = [
    facts.weights,
    facts.bias,
    facts.buffers,
    facts.macs * 2,
    facts.otherOps,
    elementCount(facts.output) * 4,
  ];
  if (!counts.every(Number.isSafeInteger)) {
    throw new NetworkError(name, { code: 'countsTooLarge' });
  }
}

const noWarnings: LayerNote[] = [];

function isAligned(field: ReceptiveField): boolean {
  return field.aligned;
}

/**
 * Analyses a network layer by layer (ENGINE.md conventions): output shape, parameters, MACs, FLOPs, other ops,
 * activation memory, receptive field, with an explanation for each; then totals and bottlenecks.
 * Throws NetworkError naming the layer and the reason when the network is invalid.
 */
export function analyzeNetwork(network: NetworkSpec, options: AnalyzeOptions = {}): Analysis {
  const input = options.input ?? network.input;
  if (input === null) throw new NetworkError(null, { code: 'noInputShape' }, 'input');
  checkInputShape(input);
  if (network.layers.length > limits.layers) {
    throw new NetworkError(null, {
      code: 'tooManyLayers',
      count: network.layers.length,
      limit: limits.layers,
    });
  }
  const dtype = options.dtype ?? 'fp32';
  const explainOption = options.explain ?? true;
  const explained = (name: string): boolean =>
    typeof explainOption === 'boolean' ? explainOption : explainOption.includes(name);
  const bytes = bytesPerElement[dtype];
  const inputGrid: Pair = isSpatial(input) ? [input[1], input[2]] : [1, 1];
  // Per row (0 is the input): its shape and receptive field, and for the inference peak the row whose tensor it
  // uses (itself, or its input's for an in-place layer or a view) and the last row that reads each tensor.
  const rowByName = new Map<string, number>([[networkInputName, 0]]);
  const shapes: Shape[] = [input];
  const fields: ReceptiveField[] = [inputReceptiveField(inputGrid)];
  const owners: number[] = [0];
  const lastUse: number[] = [0];
  const rows: LayerAnalysis[] = [inputRow(input, bytes, explained(networkInputName))];
  let featureEnd: string | null = null;

  for (const layer of network.layers) {
    options.throwIfCancelled?.();
    const { name } = layer;
    const nameReason = layerNameReason(name, (taken) => rowByName.has(taken));
    if (nameReason) throw new NetworkError(name.slice(0, limits.nameLength), nameReason, 'name');
    const layerKind = findLayerKind(layer.kind);
    if (!layerKind) throw new NetworkError(name, { code: 'unknownKind', kind: clip(layer.kind) }, 'kind');
    const inputsReason = layerInputsReason(layerKind, layer.inputs, (input) => rowByName.has(input));
    if (inputsReason) throw new NetworkError(name, inputsReason, 'inputs');
    const inputRows: number[] = [];
    const inputShapes: Shape[] = [];
    const inputFields: ReceptiveField[] = [];
    for (const inputName of layer.inputs) {
      const row = rowByName.get(inputName)!;
      inputRows.push(row);
      inputShapes.push(shapes[row]!);
      inputFields.push(fields[row]!);
    }
    let facts: LayerFacts;
    try {
      facts = layerKind.infer(layer.attributes, inputShapes, layer.inputs);
    } catch (thrown) {
      throw thrown instanceof NetworkError ? thrown.at(name) : thrown;
    }
    checkCounts(name, facts);
    const output = facts.output;
    const field = applyStep(
      facts.receptiveField,
      inputFields,
      isSpatial(output) ? [output[1], output[2]] : null,
    );
    if (featureEnd === null && endsFeatures(layer.kind, facts, inputShapes)) featureEnd = layer.inputs[0]!;
    const index = rows.length;
    rowByName.set(name, index);
    shapes.push(output);
    fields.push(field);
    owners.push(facts.allocates ? index : owners[inputRows[0]!]!);
    lastUse.push(index);
    for (const row of inputRows) lastUse[owners[row]!] = index;
    const paramTotal = facts.weights + facts.bias;
    const elements = elementCount(output);
    const alignmentWarning =
      field.aligned || !inputFields.some(isAligned) ? noWarnings : [{ code: 'notAligned' } as const];
    rows.push({
      index,
      name,
      kind: layer.kind,
      text: formatLayer(layerKind, layer.attributes),
      inputs: [...layer.inputs],
      inputShapes,
      output: [...output],
      params: { weights: facts.weights, bias: facts.bias, total: paramTotal, buffers: facts.buffers },
      macs: facts.macs,
      flops: 2 * facts.macs,
      otherOps: facts.otherOps,
      activations: { elements, bytes: elements * bytes, stored: facts.allocates },
      rf: {
        size: field.size,
        jump: field.jump,
        start: field.start,
        aligned: field.aligned,
        exact: field.exact,
        coversInput: coversInput(field, inputGrid),
      },
      warnings: alignmentWarning.length ? [...facts.warnings, ...alignmentWarning] : facts.warnings,
      explanations: explained(name)
        ? {
            ...facts.explain(),
            flops: explainFlops(facts.macs),
            activations: explainActivations(output, bytes, dtype, facts.allocates),
            rf: explainReceptiveField(facts.receptiveField, inputFields, field, inputGrid),
          }
        : null,
    });
  }
  lastUse[owners[rows.length - 1]!] = Infinity;
  return summarize(network.name, input, dtype, bytes, rows, featureEnd, peakElements(rows, lastUse));
}

/** The head starts at a flatten, a global pooling or a fully connected layer over a feature map. */
function endsFeatures(kind: string, facts: LayerFacts, inputShapes: readonly Shape[]): boolean {
  if (kind === 'flatten') return true;
  if (facts.receptiveField.type === 'whole') return isSpatial(inputShapes[0]!);
  return false;
}

function inputRow(input: Shape, bytes: number, explain: boolean): LayerAnalysis {
  const elements = elementCount(input);
  return {
    index: 0,
    name: networkInputName,
    kind: 'input',
    text: `input ${formatShape(input)}`,
    inputs: [],
    inputShapes: [],
    output: [...input],
    params: { weights: 0, bias: 0, total: 0, buffers: 0 },
    macs: 0,
    flops: 0,
    otherOps: 0,
    activations: { elements, bytes: elements * bytes, stored: true },
    rf: { size: [1, 1], jump: [1, 1], start: [0, 0], aligned: true, exact: true, coversInput: false },
    warnings: [],
    explanations: explain ? inputExplanations(input, elements) : null,
  };
}

function inputExplanations(input: Shape, elements: number): LayerExplanations {
  const none = (title: string) => zeroExplanation(title, { code: 'networkInput' });
  return {
    output: explanation('Output size', `\\text{${formulaWord('inputShape')}}`, texProduct(input)),
    params: none('Parameters'),
    macs: none('MACs'),
    flops: none('FLOPs'),
    otherOps: none('Other ops'),
    activations: explanation(
      'Activation memory',
      'C \\cdot H \\cdot W',
      `${texProduct(input)} = ${texNumber(elements)}`,
      [{ code: 'inputCountedApart' }],
    ),
    rf: explanation('Receptive field', `r = 1,\\; j = 1,\\; \\text{${formulaWord('start')}} = 0`, 'r = 1', [
      { code: 'inputSeesItself' },
    ]),
  };
}

function explainFlops(macs: number): Explanation {
  return explanation(
    'FLOPs',
    '2 \\cdot \\text{MACs}',
    `2 \\times ${texNumber(macs)} = ${texNumber(2 * macs)}`,
    [{ code: 'flopsTwice' }],
  );
}

function explainActivations(output: Shape, bytes: number, dtype: Dtype, stored: boolean): Explanation {
  const elements = elementCount(output);
  return explanation(
    'Activation memory',
    `\\text{${formulaWord('elements')}} \\times ${bytes} \\text{ ${formulaWord('bytes')} (${dtype})}`,
    `${texProduct(output)} = ${texNumber(elements)} \\text{ ${formulaWord('elements')}} \\times ${bytes} = ${texNumber(elements * bytes)} \\text{ ${formulaWord('bytes')}}`,
    [stored ? { code: 'newTensor' } : { code: 'reusesMemory' }],
  );
}

function largest(
  rows: readonly LayerAnalysis[],
  value: (row: LayerAnalysis) => number,
  total: number,
): Bottleneck {
  let best: LayerAnalysis | null = null;
  for (const row of rows) if (value(row) > (best ? value(best) : 0)) best = row;
  return best
    ? { layer: best.name, value: value(best), share: total ? value(best) / total : 0 }
    : { layer: null, value: 0, share: 0 };
}

/**
 * Inference peak: a tensor is live from the row that writes it until its last reader has run (the network's
 * output stays); `lastUse` is indexed by the writing row. In-place layers and views write no tensor.
 */
function peakElements(rows: readonly LayerAnalysis[], lastUse: readonly number[]): number {
  const released = new Array<number>(rows.length).fill(0);
  let live = 0;
  let peak = 0;
  for (const row of rows) {
    if (row.activations.stored) {
      live += row.activations.elements;
      const end = lastUse[row.index]!;
      if (end < rows.length) released[end]! += row.activations.elements;
    }
    if (live > peak) peak = live;
    live -= released[row.index]!;
  }
  return peak;
}

function summarize(
  model: string,
  input: Shape,
  dtype: Dtype,
  bytes: number,
  rows: LayerAnalysis[],
  featureEnd: string | null,
  peak: number,
): Analysis {
  const layers = rows.slice(1);
  const params: ParameterCounts = { weights: 0, bias: 0, total: 0, buffers: 0 };
  let macs = 0;
  let otherOps = 0;
  let elements = 0;
  for (const row of layers) {
    params.weights += row.params.weights;
    params.bias += row.params.bias;
    params.total += row.params.total;
    params.buffers += row.params.buffers;
    macs += row.macs;
    otherOps += row.otherOps;
    if (row.activations.stored) elements += row.activations.elements;
  }
  const inputElements = elementCount(input);
  const featureRow =
    featureEnd === null ? rows[rows.length - 1]! : rows.find((row) => row.name === featureEnd)!;
  const warnings = layers.flatMap((row) => row.warnings.map((note) => ({ layer: row.name, note })));
  return {
    model,
    input: [...input],
    dtype,
    bytesPerElement: bytes,
    layers: rows,
    totals: {
      params,
      macs,
      flops: 2 * macs,
      otherOps,
      activations: {
        elements,
        bytes: elements * bytes,
        inputElements,
        inputBytes: inputElements * bytes,
        peakElements: peak,
        peakBytes: peak * bytes,
      },
      layers: layers.length,
    },
    featureRf: {
      layer: featureRow.name,
      size: featureRow.rf.size,
      jump: featureRow.rf.jump,
      start: featureRow.rf.start,
    },
    bottlenecks: {
      params: largest(layers, (row) => row.params.total, params.total),
      memory: largest(
        layers.filter((row) => row.activations.stored),
        (row) => row.activations.elements,
        elements,
      ),
      compute: largest(layers, (row) => row.macs, macs),
    },
    warnings,
    conventions: [...conventions],
  };
}
