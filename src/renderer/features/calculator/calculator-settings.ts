import { dtypes, type Dtype } from '../../../shared/nn/analysis.ts';
import { limits } from '../../../shared/nn/limits.ts';
import type { MemoryUnit, TableOptions } from '../../../shared/nn/table.ts';

export type EditorMode = 'layers' | 'text';

/** What the calculator remembers between sessions: the network (as text) and the switches. */
export interface CalculatorSettings {
  text: string;
  /** The preset the text came from, while it is unchanged; null for a network of the student's own. */
  preset: string | null;
  mode: EditorMode;
  dtype: Dtype;
  compute: TableOptions['compute'];
  memory: MemoryUnit[];
}

export const memoryUnits: readonly MemoryUnit[] = ['elements', 'bytes', 'megabytes'];

/** The settings key in lib/db/settings.ts. */
export const calculatorSettingsKey = 'calculator';

/** Saved settings come from storage a newer or older build wrote: every field is checked. */
export function isCalculatorSettings(value: unknown): value is CalculatorSettings {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.text === 'string' &&
    record.text.length <= limits.textLength &&
    (record.preset === null || typeof record.preset === 'string') &&
    (record.mode === 'layers' || record.mode === 'text') &&
    (dtypes as readonly unknown[]).includes(record.dtype) &&
    (record.compute === 'macs' || record.compute === 'flops') &&
    Array.isArray(record.memory) &&
    record.memory.length > 0 &&
    record.memory.every((unit) => (memoryUnits as readonly unknown[]).includes(unit))
  );
}
