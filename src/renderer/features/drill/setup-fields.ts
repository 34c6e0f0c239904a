/**
 * A whole number typed into a field: the number when it is an integer in [min, max]; `undefined` for an empty
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
  const trimmed = text.trim();
  if (trimmed === '') return emptyAllowed ? undefined : null;
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}
