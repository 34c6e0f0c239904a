import type { Attributes } from '../../../shared/nn/layer-kind.ts';
import { fieldDefault, type FieldValue } from '../../../shared/nn/fields.ts';
import { networkInputName, type LayerSpec, type NetworkSpec } from '../../../shared/nn/network.ts';
import { findLayerKind } from '../../../shared/nn/registry.ts';
import type { Shape } from '../../../shared/nn/shape.ts';

/**
 * Edits of a network as the layer list makes them. Networks are never mutated: each edit returns a new one.
 * A layer that reads the layer listed just before it (a chain) keeps doing so after layers move, are added or
 * are removed; a layer that names its inputs explicitly (a branch, a join) keeps its names.
 */

/** Values for the fields a kind requires (no default), so a new layer is valid the moment it is added. */
const starterValues: Readonly<Record<string, FieldValue>> = {
  outChannels: 16,
  outFeatures: 10,
  kernel: [3, 3],
};

export function starterAttributes(kind: string): Attributes {
  const layerKind = findLayerKind(kind);
  if (!layerKind) throw new Error(`no layer kind ${kind}`);
  const attributes: Record<string, FieldValue> = {};
  for (const field of layerKind.fields) {
    // A default of null is a value (a pooling stride that follows the kernel), not a missing default.
    const fallback = fieldDefault(field);
    const value = fallback === undefined ? starterValues[field.key] : fallback;
    if (value === undefined) throw new Error(`no starter value for ${kind}.${field.key}`);
    attributes[field.key] = value;
  }
  if (kind === 'max_pool2d' || kind === 'avg_pool2d') attributes.kernel = [2, 2];
  return attributes;
}

/** The first free name `keyword1`, `keyword2`, … (the description language numbers unnamed layers the same way). */
export function uniqueName(network: NetworkSpec, keyword: string): string {
  const taken = new Set(network.layers.map((layer) => layer.name));
  for (let count = 1; ; count++) {
    const name = `${keyword}${count}`;
    if (!taken.has(name)) return name;
  }
}

/** A layer in a list where "reads the previous layer" is remembered as such rather than as a name. */
interface Entry {
  layer: LayerSpec;
  followsPrevious: boolean;
}

function previousName(layers: readonly LayerSpec[], index: number): string {
  return index === 0 ? networkInputName : layers[index - 1]!.name;
}

/** Whether layer `index` is a chain link: a one-input layer reading the layer listed just before it. */
export function followsPrevious(layers: readonly LayerSpec[], index: number): boolean {
  const layer = layers[index]!;
  return (
    findLayerKind(layer.kind)?.inputs === 'one' &&
    layer.inputs.length === 1 &&
    layer.inputs[0] === previousName(layers, index)
  );
}

function toEntries(network: NetworkSpec): Entry[] {
  return network.layers.map((layer, index) => ({
    layer,
    followsPrevious: followsPrevious(network.layers, index),
  }));
}

function fromEntries(network: NetworkSpec, entries: readonly Entry[]): NetworkSpec {
  const layers: LayerSpec[] = [];
  for (const entry of entries) {
    const inputs = entry.followsPrevious ? [previousName(layers, layers.length)] : entry.layer.inputs;
    layers.push({ ...entry.layer, inputs });
  }
  return { ...network, layers };
}

/** Whether every layer reads only the input or layers listed before it. */
export function inputsComeFirst(network: NetworkSpec): boolean {
  const seen = new Set([networkInputName]);
  for (const layer of network.layers) {
    if (!layer.inputs.every((input) => seen.has(input))) return false;
    seen.add(layer.name);
  }
  return true;
}

/** A new layer of `kind` after position `after` (-1: first); a join reads the two layers before it. */
export function addLayer(network: NetworkSpec, kind: string, after: number): NetworkSpec {
  const layerKind = findLayerKind(kind);
  if (!layerKind) throw new Error(`no layer kind ${kind}`);
  const entries = toEntries(network);
  const position = Math.min(Math.max(after + 1, 0), entries.length);
  const before = network.layers.slice(0, position).map((layer) => layer.name);
  const joined = [networkInputName, ...before].slice(-2);
  const layer: LayerSpec = {
    name: uniqueName(network, layerKind.keyword),
    kind,
    inputs: layerKind.inputs === 'many' ? joined : [],
    attributes: starterAttributes(kind),
  };
  entries.splice(position, 0, { layer, followsPrevious: layerKind.inputs === 'one' });
  return fromEntries(network, entries);
}

/** Removes a layer; layers that named it read its first input instead (a join: all its inputs). */
export function removeLayer(network: NetworkSpec, index: number): NetworkSpec {
  const removed = network.layers[index];
  if (!removed) return network;
  const entries = toEntries(network).filter((_, position) => position !== index);
  const bypass = (entry: Entry): Entry => {
    if (entry.followsPrevious || !entry.layer.inputs.includes(removed.name)) return entry;
    const many = findLayerKind(entry.layer.kind)?.inputs === 'many';
    const inputs = entry.layer.inputs.flatMap((input) =>
      input !== removed.name ? [input] : many ? removed.inputs : removed.inputs.slice(0, 1),
    );
    return { ...entry, layer: { ...entry.layer, inputs: [...new Set(inputs)] } };
  };
  return fromEntries(network, entries.map(bypass));
}

/** Moves a layer one place up (-1) or down (+1); null when a layer would then come before one of its inputs. */
export function moveLayer(network: NetworkSpec, index: number, delta: -1 | 1): NetworkSpec | null {
  const target = index + delta;
  if (!network.layers[index] || target < 0 || target >= network.layers.length) return null;
  const entries = toEntries(network);
  const [moved] = entries.splice(index, 1);
  entries.splice(target, 0, moved!);
  const next = fromEntries(network, entries);
  return inputsComeFirst(next) ? next : null;
}

/** Replaces the layer at `index`; a new name is carried to the layers that read it. */
export function replaceLayer(network: NetworkSpec, index: number, layer: LayerSpec): NetworkSpec {
  const old = network.layers[index];
  if (!old) return network;
  const layers = network.layers.map((current, position) => {
    if (position === index) return layer;
    if (old.name === layer.name || !current.inputs.includes(old.name)) return current;
    return { ...current, inputs: current.inputs.map((input) => (input === old.name ? layer.name : input)) };
  });
  return { ...network, layers };
}

/** The layer with a different kind: its attributes start over (joins keep their inputs, chains their input). */
export function changeKind(layer: LayerSpec, kind: string): LayerSpec {
  return { ...layer, kind, attributes: starterAttributes(kind) };
}

/** An empty network to build by hand: the homework's 3x32x32 input. */
export function emptyNetwork(input: Shape = [3, 32, 32]): NetworkSpec {
  return { name: 'my-network', input, layers: [] };
}
