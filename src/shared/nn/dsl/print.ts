import type { LayerKind } from '../layer-kind.ts';
import { layerNamePattern, networkInputName, type LayerSpec, type NetworkSpec } from '../network.ts';
import { findLayerKind } from '../registry.ts';
import { formatShape } from '../shape.ts';
import { formatLayer } from './format-layer.ts';
import { readNetworkText, referenceArrow } from './parse.ts';

/** A run of layers, where a block is a join with its parallel branches (each a run of its own). */
type Item = { type: 'layer'; layer: LayerSpec } | { type: 'block'; join: LayerSpec; branches: Item[][] };

/** Thrown inside the structured printer when names do not fit the block scoping; the flat form is used then. */
class NotStructured extends Error {}

/**
 * Prints a network in the description language. Fork-and-join graphs (Inception, residual blocks) print as
 * nested blocks; a graph that does not fit (or whose names do not follow the block scoping) prints flat, with
 * `<-` naming the inputs. Either way, parsing the text gives back the same graph.
 */
export function printNetwork(network: NetworkSpec): string {
  const header = [`network ${network.name.replace(/[^\x21-\x7e]|[{};:#]/g, '_') || 'network'}`];
  if (network.input) header.push(`input ${formatShape(network.input)}`);
  const structured = printStructured(network);
  const body =
    structured !== null && sameGraph(network, [...header, ...structured]) ? structured : printFlat(network);
  return `${[...header, ...body].join('\n')}\n`;
}

function kindOf(layer: LayerSpec): LayerKind {
  const layerKind = findLayerKind(layer.kind);
  if (!layerKind) throw new NotStructured(`unknown kind ${layer.kind}`);
  return layerKind;
}

function printFlat(network: NetworkSpec): string[] {
  let previous = networkInputName;
  return network.layers.map((layer) => {
    const layerKind = findLayerKind(layer.kind);
    const operation = layerKind ? formatLayer(layerKind, layer.attributes) : layer.kind;
    const implicit = layer.inputs.length === 1 && layer.inputs[0] === previous && layerKind?.inputs === 'one';
    previous = layer.name;
    return `${layer.name}: ${operation}${implicit ? '' : ` ${referenceArrow} ${layer.inputs.join(' ')}`}`;
  });
}

function printStructured(network: NetworkSpec): string[] | null {
  const last = network.layers[network.layers.length - 1];
  if (!last) return [];
  try {
    const items = buildSequence(
      last.name,
      networkInputName,
      new Map(network.layers.map((layer) => [layer.name, layer])),
      dominators(network),
    );
    const lines: string[] = [];
    printItems(items, '', '', lines);
    return lines;
  } catch (thrown) {
    if (thrown instanceof NotStructured) return null;
    throw thrown;
  }
}

/** Immediate dominators in a topologically ordered graph: a join's dominator is the fork its branches leave. */
function dominators(network: NetworkSpec): Map<string, string> {
  const order = new Map<string, number>([[networkInputName, -1]]);
  network.layers.forEach((layer, index) => order.set(layer.name, index));
  const dominator = new Map<string, string>();
  const intersect = (left: string, right: string): string => {
    while (left !== right) {
      if ((order.get(left) ?? -1) > (order.get(right) ?? -1)) left = dominator.get(left) ?? networkInputName;
      else right = dominator.get(right) ?? networkInputName;
    }
    return left;
  };
  for (const layer of network.layers) {
    const [first = networkInputName, ...rest] = layer.inputs;
    dominator.set(layer.name, rest.reduce(intersect, first));
  }
  return dominator;
}

function buildSequence(
  end: string,
  start: string,
  byName: ReadonlyMap<string, LayerSpec>,
  dominator: ReadonlyMap<string, string>,
): Item[] {
  const items: Item[] = [];
  let cursor = end;
  while (cursor !== start) {
    const layer = byName.get(cursor);
    if (!layer) throw new NotStructured(`walked past the start at ${cursor}`);
    if (kindOf(layer).inputs === 'many') {
      const fork = dominator.get(cursor)!;
      const branches = layer.inputs.map((inputName) => buildSequence(inputName, fork, byName, dominator));
      items.push({ type: 'block', join: layer, branches });
      cursor = fork;
    } else {
      items.push({ type: 'layer', layer });
      cursor = layer.inputs[0]!;
    }
  }
  return items.reverse();
}

function relative(scope: string, name: string): string {
  const rest = name.slice(scope.length);
  if (!name.startsWith(scope) || !layerNamePattern.test(rest))
    throw new NotStructured(`${name} is not in ${scope}`);
  return rest;
}

function namesIn(items: readonly Item[]): string[] {
  return items.flatMap((item) =>
    item.type === 'layer' ? [item.layer.name] : [item.join.name, ...item.branches.flatMap(namesIn)],
  );
}

/** A branch is named `b` when all its layers are called `join.b.…`; otherwise it is anonymous (`join.…`). */
function branchLabel(joinName: string, branch: readonly Item[]): string {
  const names = namesIn(branch);
  const candidate = relative(`${joinName}.`, names[0]!).split('.')[0]!;
  return names.every((name) => name.startsWith(`${joinName}.${candidate}.`)) ? candidate : '';
}

function printItems(items: readonly Item[], scope: string, indent: string, lines: string[]): void {
  for (const item of items) {
    if (item.type === 'layer') {
      lines.push(
        `${indent}${relative(scope, item.layer.name)}: ${formatLayer(kindOf(item.layer), item.layer.attributes)}`,
      );
      continue;
    }
    const { join } = item;
    lines.push(`${indent}${relative(scope, join.name)}: ${kindOf(join).keyword} {`);
    for (const branch of item.branches) {
      if (branch.length === 0) {
        lines.push(`${indent}  {}`);
        continue;
      }
      const label = branchLabel(join.name, branch);
      lines.push(`${indent}  ${label ? `${label} ` : ''}{`);
      printItems(branch, label ? `${join.name}.${label}.` : `${join.name}.`, `${indent}    `, lines);
      lines.push(`${indent}  }`);
    }
    lines.push(`${indent}}`);
  }
}

/** A layer as comparable text: name, kind, inputs and attributes in field order. */
export function layerSignature(layer: LayerSpec): string {
  const layerKind = findLayerKind(layer.kind);
  const attributes = (layerKind?.fields ?? []).map((field) => layer.attributes[field.key] ?? null);
  return JSON.stringify([layer.name, layer.kind, layer.inputs, attributes]);
}

function sameGraph(network: NetworkSpec, lines: readonly string[]): boolean {
  const expected = new Set(network.layers.map(layerSignature));
  const read = readNetworkText(lines.join('\n'));
  if (!read.ok) return false;
  const parsed = read.network;
  return (
    parsed.layers.length === expected.size &&
    parsed.layers.every((layer) => expected.has(layerSignature(layer)))
  );
}
