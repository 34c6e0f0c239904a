import { NetworkError } from './errors.ts';
import { limits } from './limits.ts';
import { layerNamePattern, networkInputName, type LayerSpec, type NetworkSpec } from './network.ts';
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
    throw new NetworkError(null, `${where} must be an object`);
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
    throw new NetworkError(null, 'input must be [C, H, W] or [features]', 'input');
  }
  return value as number[];
}

/** Reads an untrusted JSON network; throws NetworkError naming the layer (or its index) and the field. */
export function readNetworkJson(value: unknown, fallbackName = 'network'): NetworkSpec {
  const network = record(value, 'the network');
  if (!Array.isArray(network.layers)) throw new NetworkError(null, 'layers must be an array', 'layers');
  if (network.layers.length > limits.layers) {
    throw new NetworkError(
      null,
      `${network.layers.length} layers is over the limit of ${limits.layers}`,
      'layers',
    );
  }
  const name = network.name === undefined ? fallbackName : network.name;
  if (typeof name !== 'string' || name.length === 0 || name.length > limits.nameLength) {
    throw new NetworkError(null, 'name must be a non-empty string', 'name');
  }
  let previous = networkInputName;
  const layers = network.layers.map((entry: unknown, index): LayerSpec => {
    const { name: layerName, kind, inputs, ...values } = record(entry, `layers[${index}]`);
    if (
      typeof layerName !== 'string' ||
      !layerNamePattern.test(layerName) ||
      layerName.length > limits.nameLength
    ) {
      throw new NetworkError(`#${index}`, 'name must use letters, digits, "_", "." and "-"', 'name');
    }
    if (typeof kind !== 'string') throw new NetworkError(layerName, 'kind must be a string', 'kind');
    const layerKind = findLayerKind(kind);
    if (!layerKind) throw new NetworkError(layerName, `unknown layer kind "${kind.slice(0, 40)}"`, 'kind');
    if (
      inputs !== undefined &&
      (!Array.isArray(inputs) ||
        inputs.length > limits.joinInputs ||
        !inputs.every((input) => typeof input === 'string'))
    ) {
      throw new NetworkError(
        layerName,
        `inputs must be an array of at most ${limits.joinInputs} layer names`,
        'inputs',
      );
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
