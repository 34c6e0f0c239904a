import { NetworkError, toProblem, type NetworkProblem } from './errors.ts';
import { limits } from './limits.ts';
import { layerNamePattern, networkInputName, type LayerSpec, type NetworkSpec } from './network.ts';
import { clip } from './reason.ts';
import { findLayerKind, readAttributes } from './registry.ts';
import type { Shape } from './shape.ts';

/**
 * The JSON form of a network: `{ name, input: [3, 224, 224], layers: [{ name, kind, inputs?, ...attributes }] }`.
 * `inputs` defaults to the previous layer (the network input for the first); attributes use the field keys of
 * each kind (outChannels, kernel, stride, padding, ...), with the same defaults as the description language.
 */
export interface NetworkJson {
  name?: string;
  input?: number[];
  layers: Array<{ name: string; kind: string; inputs?: string[] } & Record<string, unknown>>;
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new NetworkError(null, { code: 'notAnObject', where });
  }
  return value as Record<string, unknown>;
}

function readInput(value: unknown): Shape | null {
  if (value === undefined || value === null) return null;
  if (
    !Array.isArray(value) ||
    (value.length !== 3 && value.length !== 1) ||
    !value.every((size) => typeof size === 'number')
  ) {
    throw new NetworkError(null, { code: 'inputShapeJson' }, 'input');
  }
  return value as number[];
}

/** A JSON network read, or why not (never thrown): for every reader of a file or a payload. */
export type ReadNetworkJson = { ok: true; network: NetworkSpec } | { ok: false; problem: NetworkProblem };

export function tryReadNetworkJson(value: unknown, fallbackName = 'network'): ReadNetworkJson {
  try {
    return { ok: true, network: readNetworkJson(value, fallbackName) };
  } catch (thrown) {
    if (thrown instanceof NetworkError) return { ok: false, problem: toProblem(thrown) };
    throw thrown;
  }
}

/**
 * Reads an untrusted JSON network; throws NetworkError naming the layer (or its index) and the field (callers
 * with user data use tryReadNetworkJson). Keys are read with destructuring and Object.keys, never looked up in a
 * plain object by the user's text.
 */
export function readNetworkJson(value: unknown, fallbackName = 'network'): NetworkSpec {
  const network = record(value, 'the network');
  if (!Array.isArray(network.layers)) throw new NetworkError(null, { code: 'layersNotArray' }, 'layers');
  if (network.layers.length > limits.layers) {
    throw new NetworkError(
      null,
      { code: 'tooManyLayers', count: network.layers.length, limit: limits.layers },
      'layers',
    );
  }
  const name = network.name === undefined ? fallbackName : network.name;
  if (typeof name !== 'string' || name.length === 0 || name.length > limits.nameLength) {
    throw new NetworkError(null, { code: 'networkNameInvalid', limit: limits.nameLength }, 'name');
  }
  let previous = networkInputName;
  const layers = network.layers.map((entry: unknown, index): LayerSpec => {
    const { name: layerName, kind, inputs, ...values } = record(entry, `layers[${index}]`);
    if (
      typeof layerName !== 'string' ||
      !layerNamePattern.test(layerName) ||
      layerName.length > limits.nameLength
    ) {
      throw new NetworkError(
        `#${index}`,
        { code: 'badLayerName', name: clip(String(layerName)), limit: limits.nameLength },
        'name',
      );
    }
    if (typeof kind !== 'string') throw new NetworkError(layerName, { code: 'kindNotString' }, 'kind');
    const layerKind = findLayerKind(kind);
    if (!layerKind) throw new NetworkError(layerName, { code: 'unknownKind', kind: clip(kind) }, 'kind');
    if (
      inputs !== undefined &&
      (!Array.isArray(inputs) ||
        inputs.length > limits.joinInputs ||
        !inputs.every((input) => typeof input === 'string'))
    ) {
      throw new NetworkError(layerName, { code: 'inputsInvalid', limit: limits.joinInputs }, 'inputs');
    }
    const layer: LayerSpec = {
      name: layerName,
      kind,
      inputs: (inputs as string[] | undefined) ?? [previous],
      attributes: readAttributes(layerKind, values, layerName),
    };
    previous = layerName;
    return layer;
  });
  return { name, input: readInput(network.input), layers };
}

/** The JSON form of a network, every attribute written out. */
export function networkToJson(network: NetworkSpec): NetworkJson {
  return {
    name: network.name,
    ...(network.input ? { input: [...network.input] } : {}),
    layers: network.layers.map((layer) => ({
      name: layer.name,
      kind: layer.kind,
      inputs: [...layer.inputs],
      ...structuredCopy(layer.attributes),
    })),
  };
}

function structuredCopy(attributes: LayerSpec['attributes']): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]),
  );
}
