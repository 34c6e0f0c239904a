import { dtypes, type AnalyzeOutcome, type Dtype } from '../../nn/analysis.ts';
import { limits } from '../../nn/limits.ts';
import { findPreset } from '../../nn/presets/index.ts';
import { analyzeSource, type NetworkSource } from '../../nn/source.ts';
import type { JobDefinition } from '../job.ts';
import { readChoice, readInteger, readRecord, refuse } from '../payload.ts';
import { describeValue, type LimitUnit } from '../refusal.ts';

export interface NnAnalyzeRequest {
  source: NetworkSource;
  /** [C, H, W] or [features]; null: the network's own input shape. */
  input: number[] | null;
  dtype: Dtype;
  /**
   * Which layers' numbers come with explanations: all (true, the default), none (false: the table alone), or the
   * layers named (the calculator asks for the one a student clicked).
   */
  explain?: boolean | string[];
}

function tooLarge(field: string, unit: LimitUnit, actual: number, limit: number) {
  return refuse({ code: 'overLimit', field, unit, actual, limit });
}

function readSource(value: unknown): NetworkSource {
  const source = readRecord(value, 'source');
  const name = source.name === undefined ? undefined : readName(source.name, 'source.name');
  switch (source.type) {
    case 'preset': {
      const presetName = readName(source.name, 'source.name');
      if (!findPreset(presetName)) throw refuse({ code: 'unknownPreset', name: presetName });
      return { type: 'preset', name: presetName };
    }
    case 'text':
      if (typeof source.text !== 'string')
        throw refuse({
          code: 'wrongType',
          field: 'source.text',
          expected: 'string',
          got: describeValue(source.text),
        });
      if (source.text.length > limits.textLength) {
        throw tooLarge('source.text', 'characters', source.text.length, limits.textLength);
      }
      return { type: 'text', text: source.text, ...(name ? { name } : {}) };
    case 'json': {
      const network = readRecord(source.network, 'source.network');
      if (Array.isArray(network.layers) && network.layers.length > limits.layers) {
        throw tooLarge('source.network.layers', 'layers', network.layers.length, limits.layers);
      }
      return { type: 'json', network, ...(name ? { name } : {}) };
    }
    default:
      throw refuse({
        code: 'notChoice',
        field: 'source.type',
        choices: ['preset', 'text', 'json'],
        got: describeValue(source.type),
      });
  }
}

function readName(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > limits.nameLength) {
    throw refuse({ code: 'badName', field: where, limit: limits.nameLength });
  }
  return value;
}

function readExplain(value: unknown): boolean | string[] {
  if (value === undefined) return true;
  if (typeof value === 'boolean') return value;
  if (!Array.isArray(value))
    throw refuse({
      code: 'wrongType',
      field: 'explain',
      expected: 'explainChoice',
      got: describeValue(value),
    });
  if (value.length > limits.joinInputs) {
    throw tooLarge('explain', 'names', value.length, limits.joinInputs);
  }
  return value.map((name, index) => readName(name, `explain[${index}]`));
}

function readInput(value: unknown): number[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || (value.length !== 3 && value.length !== 1)) {
    throw refuse({ code: 'wrongType', field: 'input', expected: 'inputShape', got: describeValue(value) });
  }
  return value.map((size, axis) =>
    readInteger(size, `input[${axis}]`, 1, axis === 0 ? limits.channels : limits.spatial),
  );
}

/**
 * Analyses a network (a preset, description-language text or JSON) layer by layer. An invalid network is a
 * normal reply ({ ok: false, problem }) so the editor can point at the line or layer; only a malformed or
 * oversized payload is an EngineError.
 */
export const nnAnalyzeJob: JobDefinition<NnAnalyzeRequest, AnalyzeOutcome> = {
  parse(payload) {
    const record = readRecord(payload, 'nn:analyze');
    const dtype: Dtype = readChoice(record.dtype ?? 'fp32', 'dtype', dtypes);
    return {
      source: readSource(record.source),
      input: readInput(record.input),
      dtype,
      explain: readExplain(record.explain),
    };
  },
  run(request, context) {
    const outcome = analyzeSource(request.source, {
      input: request.input,
      dtype: request.dtype,
      explain: request.explain ?? true,
      throwIfCancelled: context.throwIfCancelled,
    });
    if (!outcome.ok && 'tooLarge' in outcome) {
      throw refuse({ code: 'networkTooLarge', reason: outcome.problem.reason });
    }
    return outcome;
  },
};
