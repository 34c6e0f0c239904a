import type { FieldKindModule } from './field-kind.ts';
import { numberKind } from './number.ts';

/**
 * A count (an output size, parameters, MACs, memory): read, compared and printed as a number field is, so it
 * is exact unless the field states a tolerance, in any of the field's units (`scales`: memory in elements or
 * bytes). A text that is not whole is still read, not refused: a fraction typed for an output size is an
 * answer (wrong, and diagnosed `floor-missing`), not something the reader failed to understand.
 */
export const integerKind: FieldKindModule = { ...numberKind, kind: 'integer' };
