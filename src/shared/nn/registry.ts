import { NetworkError } from './errors.ts';
import { readFieldJson, type FieldValue } from './fields.ts';
import { clip } from './reason.ts';
import type { Attributes, LayerKind } from './layer-kind.ts';
import { activations } from './layers/activation.ts';
import { adaptiveAvgPool2d } from './layers/adaptive-avg-pool2d.ts';
import { add } from './layers/add.ts';
import { batchNorm2d } from './layers/batch-norm2d.ts';
import { concat } from './layers/concat.ts';
import { convTranspose2d } from './layers/conv-transpose2d.ts';
import { conv2d } from './layers/conv2d.ts';
import { dropout } from './layers/dropout.ts';
import { flatten } from './layers/flatten.ts';
import { linear } from './layers/linear.ts';
import { localResponseNorm } from './layers/lrn.ts';
import { avgPool2d, maxPool2d } from './layers/pool2d.ts';

const kinds = [
  conv2d,
  convTranspose2d,
  maxPool2d,
  avgPool2d,
  adaptiveAvgPool2d,
  linear,
  flatten,
  batchNorm2d,
  localResponseNorm,
  ...activations,
  dropout,
  concat,
  add,
] as const;

/** Every layer kind, one module each (Netron's shape), in the order a layer menu lists them. */
export const layerKindList: readonly LayerKind[] = kinds;

/** Every field key some layer kind declares: the catalogue of field labels is keyed by it (reason-messages.ts). */
export type LayerFieldKey = (typeof kinds)[number]['fields'][number]['key'];

const byKind = new Map(layerKindList.map((layerKind) => [layerKind.kind, layerKind]));
const byKeyword = new Map(
  layerKindList.flatMap((layerKind) =>
    [layerKind.keyword, ...(layerKind.aliases ?? [])].map((word) => [word, layerKind] as const),
  ),
);

export function findLayerKind(kind: string): LayerKind | undefined {
  return byKind.get(kind);
}

/** The kind a description-language word starts (`conv`, `fc`, `maxpool`, `gap`, ...). */
export function findKeyword(word: string): LayerKind | undefined {
  return byKeyword.get(word);
}

export function layerKeywords(): string[] {
  return [...byKeyword.keys()];
}

/**
 * Attributes from a record of untrusted values (JSON, or values a UI form collected): every field read and
 * checked, defaults filled in, unknown keys refused. `layer` names the layer in the error.
 */
export function readAttributes(
  layerKind: LayerKind,
  values: Readonly<Record<string, unknown>>,
  layer: string,
): Attributes {
  const attributes: Record<string, FieldValue> = {};
  for (const field of layerKind.fields) {
    try {
      attributes[field.key] = readFieldJson(
        field,
        Object.hasOwn(values, field.key) ? values[field.key] : undefined,
      );
    } catch (thrown) {
      throw thrown instanceof NetworkError ? thrown.at(layer) : thrown;
    }
  }
  for (const key of Object.keys(values)) {
    if (!layerKind.fields.some((field) => field.key === key)) {
      const known = layerKind.fields.map((field) => field.key);
      throw new NetworkError(
        layer,
        { code: 'unknownAttribute', kind: layerKind.kind, key: clip(key), known },
        clip(key),
      );
    }
  }
  return attributes;
}
