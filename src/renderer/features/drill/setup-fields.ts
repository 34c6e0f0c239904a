import { readInteger } from '../../../shared/input/index.ts';

/**
 * A whole number typed into a field, in any form the one reader takes (`１０`, `1e1`): the number when it is an integer in [min, max]; `undefined` for an empty
 * field where empty is allowed; null when the text is not acceptable (the field shows its error).
 */
export function parseWholeNumber(
  text: string,
  min: number,
  max: number,
  emptyAllowed: true,
): number | undefined | null;
export function parseWholeNumber(text: string, min: number, max: number): number | null;
export function parseWholeNumber(
  text: string,
  min: number,
  max: number,
  emptyAllowed = false,
): number | undefined | null {
  if (text.trim() === '') return emptyAllowed ? undefined : null;
  const reading = readInteger(text, { min, max });
  return reading.ok ? reading.value : null;
}
