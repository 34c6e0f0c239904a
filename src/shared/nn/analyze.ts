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
import { explanation, texNumber, texProduct, zeroExplanation, type Explanation } from './explanation.ts';
import type { LayerFacts } from './layer-kind.ts';
import { limits } from './limits.ts';
import { layerNamePattern, networkInputName, type NetworkSpec } from './network.ts';
import {
  applyStep,
  coversInput,
  explainReceptiveField,
  inputReceptiveField,
  type ReceptiveField,
} from './receptive-field.ts';
import { findLayerKind } from './registry.ts';
import { elementCount, formatShape, isSpatial, type Pair, type Shape } from './shape.ts';

export interface AnalyzeOptions {
  /** Overrides the network's own input shape. */
  input?: Shape;
  dtype?: Dtype;
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
      `the input shape must be C x H x W or a feature count, with C and features at most ${limits.channels} and H, W at most ${limits.spatial}; got ${formatShape(shape) || 'nothing'}`,
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
    throw new NetworkError(
      name,
      'its counts exceed 2^53 and cannot be shown exactly: use a smaller input or layer',
    );
  }
}

const noWarnings: string[] = [];

/**
 * Analyses a network layer by layer (ENGINE.md conventions): output shape, parameters, MACs, FLOPs, other ops,
 * activation memory, receptive field, with an explanation for each; then totals and bottlenecks.
 * Throws NetworkError naming the layer and the reason when the network is invalid.
 */
export function analyzeNetwork(network: NetworkSpec, options: AnalyzeOptions = {}): Analysis {
  const input = options.input ?? network.input;
  if (input === null)
    throw new NetworkError(null, 'the network has no input shape: give one (e.g. 3x224x224)', 'input');
  checkInputShape(input);
  if (network.layers.length > limits.layers) {
    throw new NetworkError(null, `${network.layers.length} layers is over the limit of ${limits.layers}`);
  }
  const dtype = options.dtype ?? 'fp32';
  const bytes = bytesPerElement[dtype];
  const inputGrid: Pair = isSpatial(input) ? [input[1], input[2]] : [1, 1];
  const shapes = new Map<string, Shape>([[networkInputName, input]]);
  const fields = new Map<string, ReceptiveField>([[networkInputName, inputReceptiveField(inputGrid)]]);
  const rows: LayerAnalysis[] = [inputRow(input, bytes)];
  let featureEnd: string | null = null;

  for (const layer of network.layers) {
    const { name } = layer;
    if (!layerNamePattern.test(name) || name.length > limits.nameLength) {
      throw new NetworkError(
        name,
        'a layer name uses letters, digits, "_", "." and "-" (at most 200 characters)',
        'name',
      );
    }
    if (shapes.has(name)) {
      throw new NetworkError(
        name,
        name === networkInputName ? '"input" names the network input' : 'a layer of this name comes earlier',
        'name',
      );
    }
    const layerKind = findLayerKind(layer.kind);
    if (!layerKind) throw new NetworkError(name, `unknown layer kind "${layer.kind}"`, 'kind');
    const arity = layer.inputs.length;
    if (layerKind.inputs === 'one' ? arity !== 1 : arity < 2 || arity > limits.joinInputs) {
      throw new NetworkError(
        name,
        layerKind.inputs === 'one'
          ? `${layer.kind} takes one input, got ${arity}`
          : `${layer.kind} joins 2 to ${limits.joinInputs} inputs, got ${arity}`,
        'inputs',
      );
    }
    const inputShapes = layer.inputs.map((inputName) => {
      const shape = shapes.get(inputName);
      if (!shape) throw new NetworkError(name, `its input "${inputName}" is not a layer before it`, 'inputs');
      return shape;
    });
    let facts: LayerFacts;
    try {
      facts = layerKind.infer(layer.attributes, inputShapes, layer.inputs);
    } catch (thrown) {
      throw thrown instanceof NetworkError ? thrown.at(name) : thrown;
    }
    checkCounts(name, facts);
    const inputFields = layer.inputs.map((inputName) => fields.get(inputName)!);
    const output = facts.output;
    const field = applyStep(
      facts.receptiveField,
      inputFields,
      isSpatial(output) ? [output[1], output[2]] : null,
    );
    if (featureEnd === null && endsFeatures(layer.kind, facts, inputShapes)) featureEnd = layer.inputs[0]!;
    shapes.set(name, output);
    fields.set(name, field);
    const paramTotal = facts.weights + facts.bias;
    const elements = elementCount(output);
    const alignmentWarning =
      field.aligned || inputFields.every((inputField) => !inputField.aligned)
        ? noWarnings
        : ['receptive fields not aligned: the branches differ in jump or centre'];
    rows.push({
      index: rows.length,
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
      explanations: {
        ...facts.explanations,
        flops: explainFlops(facts.macs),
        activations: explainActivations(output, bytes, dtype, facts.allocates),
        rf: explainReceptiveField(facts.receptiveField, inputFields, field, inputGrid),
      },
    });
  }
  return summarize(network.name, input, dtype, bytes, rows, featureEnd);
}

/** The head starts at a flatten, a global pooling or a fully connected layer over a feature map. */
function endsFeatures(kind: string, facts: LayerFacts, inputShapes: readonly Shape[]): boolean {
  if (kind === 'flatten') return true;
  if (facts.receptiveField.type === 'whole') return isSpatial(inputShapes[0]!);
  return false;
}

function inputRow(input: Shape, bytes: number): LayerAnalysis {
  const elements = elementCount(input);
  const none = (title: string) => zeroExplanation(title, 'The network input.');
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
    explanations: {
      output: explanation('Output size', '\\text{the input shape}', texProduct(input)),
      params: none('Parameters'),
      macs: none('MACs'),
      flops: none('FLOPs'),
      otherOps: none('Other ops'),
      activations: explanation(
        'Activation memory',
        'C \\cdot H \\cdot W',
        `${texProduct(input)} = ${texNumber(elements)}`,
        ['The input, counted apart from the layer total.'],
      ),
      rf: explanation('Receptive field', 'r = 1,\\; j = 1,\\; \\text{start} = 0', 'r = 1', [
        'Each input pixel sees itself.',
      ]),
    },
  };
}

function explainFlops(macs: number): Explanation {
  return explanation(
    'FLOPs',
    '2 \\cdot \\text{MACs}',
    `2 \\times ${texNumber(macs)} = ${texNumber(2 * macs)}`,
    ['A multiply-accumulate is two floating-point operations (PyTorch FlopCounterMode, DeepSpeed).'],
  );
}

function explainActivations(output: Shape, bytes: number, dtype: Dtype, stored: boolean): Explanation {
  const elements = elementCount(output);
  return explanation(
    'Activation memory',
    `\\text{elements} \\times ${bytes} \\text{ bytes (${dtype})}`,
    `${texProduct(output)} = ${texNumber(elements)} \\text{ elements} \\times ${bytes} = ${texNumber(elements * bytes)} \\text{ bytes}`,
    [
      stored
        ? 'A new tensor: counted in the total.'
        : "In place or a view: it reuses its input's memory and is not counted again.",
    ],
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
 * Inference peak: tensors live from the layer that writes them until their last reader has run (the network's
 * output stays). In-place layers and views alias their input's tensor.
 */
function peakElements(rows: readonly LayerAnalysis[]): number {
  const owner = new Map<string, string>();
  const lastUse = new Map<string, number>();
  for (const row of rows) {
    owner.set(row.name, row.activations.stored ? row.name : owner.get(row.inputs[0]!)!);
    for (const inputName of row.inputs) lastUse.set(owner.get(inputName)!, row.index);
    lastUse.set(owner.get(row.name)!, Math.max(lastUse.get(owner.get(row.name)!) ?? row.index, row.index));
  }
  lastUse.set(owner.get(rows[rows.length - 1]!.name)!, Infinity);
  const sizes = new Map(rows.map((row) => [row.name, row.activations.elements]));
  let live = 0;
  let peak = 0;
  const releases = new Map<number, number>();
  for (const row of rows) {
    if (row.activations.stored) {
      live += row.activations.elements;
      const end = lastUse.get(row.name)!;
      releases.set(end, (releases.get(end) ?? 0) + sizes.get(row.name)!);
    }
    peak = Math.max(peak, live);
    live -= releases.get(row.index) ?? 0;
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
  const peak = peakElements(rows);
  const featureRow =
    featureEnd === null ? rows[rows.length - 1]! : rows.find((row) => row.name === featureEnd)!;
  const warnings = layers.flatMap((row) => row.warnings.map((message) => ({ layer: row.name, message })));
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
