import { EngineError, type EngineErrorData } from '../engine/engine-error.ts';
import { exactElementLimit } from './conv-shapes.ts';
import { opWorkLimit, parseOpCase, runOpCase, type OpCase } from './op-cases.ts';
import type { Tensor } from './tensor.ts';

/**
 * What a whole file of op cases (the `ops` CLI's input) may cost, summed over its cases and checked before the
 * first one runs: a single case is refused by its own limits (op-cases.ts), and a file of many cases each just
 * under them would otherwise take minutes, gigabytes of memory and gigabytes of output.
 * - multiply-adds: four cases at the single-case limit (about 8 s of the exact engine's plain loops);
 * - output elements: one output at the single-case limit (8 M numbers, at most ~200 MB of JSON text);
 * - cases: the 49 public cases many times over; each case, even a refused one, is a line of output.
 */
export const opFileBudget = {
  multiplyAdds: 4 * opWorkLimit,
  outputElements: exactElementLimit,
  cases: 10_000,
} as const;

/** Why a file of cases is refused as a whole, as data (the words are in op-file-messages.ts). */
export type OpFileProblem =
  | { code: 'NOT_JSON'; detail: string }
  | { code: 'NO_CASES' }
  | { code: 'TOO_MANY_CASES'; count: number; limit: number }
  | { code: 'TOO_MUCH_WORK'; multiplyAdds: number; limit: number }
  | { code: 'TOO_MUCH_OUTPUT'; outputElements: number; limit: number };

/** Why one case that was accepted still has no result, as data. */
export type OpCaseProblem = { code: 'NOT_FINITE'; where: string; value: number };

export type OpFileProblemCode = OpFileProblem['code'] | OpCaseProblem['code'];

/** One case of the file, checked: ready to run, or refused with the engine's error (its code and message). */
export type PlannedCase = { where: string; opCase: OpCase } | { where: string; refusal: EngineErrorData };

export type OpFilePlan = { ok: true; cases: PlannedCase[] } | { ok: false; problem: OpFileProblem };

/**
 * Reads a conv_vectors.json-style file (its `cases`, or a bare array) and checks every case and the whole file's
 * budget, before anything runs. A bad case is kept as its refusal, so the other cases still run; a file over
 * the budget is refused as a whole. Only errors of the engine's own kind are refusals: anything else is a bug.
 */
export function planOpFile(text: string): OpFilePlan {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (thrown) {
    return { ok: false, problem: { code: 'NOT_JSON', detail: (thrown as Error).message } };
  }
  const cases = Array.isArray(document) ? document : (document as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(cases)) return { ok: false, problem: { code: 'NO_CASES' } };
  if (cases.length > opFileBudget.cases) {
    return {
      ok: false,
      problem: { code: 'TOO_MANY_CASES', count: cases.length, limit: opFileBudget.cases },
    };
  }
  const planned = cases.map((value: unknown, index): PlannedCase => {
    const where = `cases[${index}]`;
    try {
      return { where, opCase: parseOpCase(value, where) };
    } catch (thrown) {
      if (thrown instanceof EngineError) return { where, refusal: thrown.toData() };
      throw thrown;
    }
  });
  let multiplyAdds = 0;
  let outputElements = 0;
  for (const entry of planned) {
    if (!('opCase' in entry)) continue;
    multiplyAdds += entry.opCase.cost.multiplyAdds;
    outputElements += entry.opCase.cost.outputElements;
  }
  if (multiplyAdds > opFileBudget.multiplyAdds) {
    return {
      ok: false,
      problem: { code: 'TOO_MUCH_WORK', multiplyAdds, limit: opFileBudget.multiplyAdds },
    };
  }
  if (outputElements > opFileBudget.outputElements) {
    return {
      ok: false,
      problem: { code: 'TOO_MUCH_OUTPUT', outputElements, limit: opFileBudget.outputElements },
    };
  }
  return { ok: true, cases: planned };
}

export type OpCaseOutcome =
  { ok: true; output: Tensor<Float64Array> } | { ok: false; problem: OpCaseProblem };

/**
 * Runs one checked case. Finite inputs can still overflow (1e308 + 1e308 is Infinity, and Infinity - Infinity
 * is NaN), and JSON has no such numbers: such a result is a problem that names its first element.
 */
export function runPlannedCase(opCase: OpCase, where: string): OpCaseOutcome {
  const output = runOpCase(opCase);
  const index = output.data.findIndex((value) => !Number.isFinite(value));
  if (index < 0) return { ok: true, output };
  return {
    ok: false,
    problem: {
      code: 'NOT_FINITE',
      where: `${where}.output${elementPath(output.shape, index)}`,
      value: output.data[index]!,
    },
  };
}

/** A flat row-major index as nested indices: `[0][1][2][3]`. */
function elementPath(shape: readonly number[], index: number): string {
  const indices: number[] = [];
  let rest = index;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    indices.unshift(rest % shape[axis]!);
    rest = Math.floor(rest / shape[axis]!);
  }
  return indices.map((at) => `[${at}]`).join('');
}
