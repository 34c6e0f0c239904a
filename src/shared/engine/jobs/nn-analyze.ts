import { dtypes, type AnalyzeOutcome, type Dtype } from '../../nn/analysis.ts';
import { limits } from '../../nn/limits.ts';
import { wordReason } from '../../nn/reason-messages.ts';
import { findPreset } from '../../nn/presets/index.ts';
import { analyzeSource, type NetworkSource } from '../../nn/source.ts';
import { EngineError } from '../engine-error.ts';
import type { JobDefinition } from '../job.ts';
import { describe, invalid, readInteger, readRecord } from '../payload.ts';

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

function tooLarge(where: string, what: string): EngineError {
  return new EngineError('INPUT_TOO_LARGE', `${where}: ${what}`);
}

function readSource(value: unknown): NetworkSource {
  const source = readRecord(value, 'source');
  const name = source.name === undefined ? undefined : readName(source.name, 'source.name');
  switch (source.type) {
    case 'preset': {
      const presetName = readName(source.name, 'source.name');
      if (!findPreset(presetName))
        throw invalid('source.name', `no preset named ${JSON.stringify(presetName)}`);
      return { type: 'preset', name: presetName };
    }
    case 'text':
      if (typeof source.text !== 'string')
        throw invalid('source.text', `expected a string, got ${describe(source.text)}`);
      if (source.text.length > limits.textLength) {
        throw tooLarge(
          'source.text',
          `${source.text.length} characters is over the limit of ${limits.textLength}`,
        );
      }
      return { type: 'text', text: source.text, ...(name ? { name } : {}) };
    case 'json': {
      const network = readRecord(source.network, 'source.network');
      if (Array.isArray(network.layers) && network.layers.length > limits.layers) {
        throw tooLarge(
          'source.network.layers',
          `${network.layers.length} layers is over the limit of ${limits.layers}`,
        );
      }
      return { type: 'json', network, ...(name ? { name } : {}) };
    }
    default:
      throw invalid('source.type', 'expected "preset", "text" or "json"');
  }
}

function readName(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > limits.nameLength) {
    throw invalid(where, `expected a name of 1 to ${limits.nameLength} characters`);
  }
  return value;
}

function readExplain(value: unknown): boolean | string[] {
  if (value === undefined) return true;
  if (typeof value === 'boolean') return value;
  if (!Array.isArray(value)) throw invalid('explain', 'expected true, false or an array of layer names');
  if (value.length > limits.joinInputs) {
    throw tooLarge('explain', `${value.length} names is over the limit of ${limits.joinInputs}`);
  }
  return value.map((name, index) => readName(name, `explain[${index}]`));
}

function readInput(value: unknown): number[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || (value.length !== 3 && value.length !== 1)) {
    throw invalid('input', 'expected [C, H, W] or [features]');
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
    const dtype = record.dtype ?? 'fp32';
    if (!(dtypes as readonly unknown[]).includes(dtype))
      throw invalid('dtype', `expected ${dtypes.join(' or ')}`);
    return {
      source: readSource(record.source),
      input: readInput(record.input),
      dtype: dtype as Dtype,
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
      throw tooLarge('source.text', wordReason(outcome.problem.reason, 'en'));
    }
    return outcome;
  },
};
