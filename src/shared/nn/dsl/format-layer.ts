import { printField } from '../fields.ts';
import type { Attributes, LayerKind } from '../layer-kind.ts';

/** A layer's operation in the description language, without its name: "conv 96 k11 s4 g2". */
export function formatLayer(layerKind: LayerKind, attributes: Attributes): string {
  const words = [layerKind.keyword];
  for (const field of layerKind.fields) {
    const value = attributes[field.key];
    if (value === undefined) continue;
    const text = printField(field, value);
    if (text !== null) words.push(text);
  }
  return words.join(' ');
}
