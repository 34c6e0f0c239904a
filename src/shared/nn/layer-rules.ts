import type { LayerKind } from './layer-kind.ts';
import { limits } from './limits.ts';
import { layerNamePattern, networkInputName } from './network.ts';
import { clip, type NetworkReason } from './reason.ts';

/*
 * The rules for a layer's name and inputs, asked by the analyser (for every network it reads) and by the
 * calculator's layer form (as the student types), so the form has no rules of its own.
 */

/** Why `name` cannot name a layer when `taken` names are in use (the network input's among them), or null. */
export function layerNameReason(name: string, taken: (name: string) => boolean): NetworkReason | null {
  if (!layerNamePattern.test(name) || name.length > limits.nameLength) {
    return { code: 'badLayerName', name: clip(name), limit: limits.nameLength };
  }
  if (!taken(name)) return null;
  return name === networkInputName ? { code: 'inputNameTaken' } : { code: 'nameTaken', name };
}

/** Why a layer of this kind cannot read these inputs (how many, or one not `known` before it), or null. */
export function layerInputsReason(
  layerKind: LayerKind,
  inputs: readonly string[],
  known: (name: string) => boolean,
): NetworkReason | null {
  const count = inputs.length;
  if (layerKind.inputs === 'one' ? count !== 1 : count < 2 || count > limits.joinInputs) {
    return layerKind.inputs === 'one'
      ? { code: 'takesOneInput', kind: layerKind.kind, count }
      : { code: 'joinInputCount', kind: layerKind.kind, limit: limits.joinInputs, count };
  }
  const unknown = inputs.find((input) => !known(input));
  return unknown === undefined ? null : { code: 'unknownInput', name: clip(unknown) };
}
