import type { NetworkProblem } from '../../nn/errors.ts';
import { limits } from '../../nn/limits.ts';
import { readNetworkText } from '../../nn/dsl/parse.ts';
import type { NetworkSpec } from '../../nn/network.ts';
import type { JobDefinition } from '../job.ts';
import { readRecord, refuse } from '../payload.ts';
import { describeValue } from '../refusal.ts';

export interface NnReadRequest {
  /** Description-language text, as typed or saved. */
  text: string;
}

/**
 * The text read: the network and the 1-based line of each layer (pairs, since a Map would be cloned slowly
 * across threads), or where and why it does not read. Never an exception for anything typed.
 */
export type NnReadReply =
  | { ok: true; network: NetworkSpec; lines: [name: string, line: number][] }
  | { ok: false; problem: NetworkProblem };

/**
 * Reads description-language text into a network, off the UI thread: the calculator's layer list and input
 * fields show the network of a text of thousands of lines without parsing it on the thread that draws.
 * Text over the size limit is refused (INPUT_TOO_LARGE), as `nn:analyze` refuses it.
 */
export const nnReadJob: JobDefinition<NnReadRequest, NnReadReply> = {
  parse(payload) {
    const record = readRecord(payload, 'nn:read');
    if (typeof record.text !== 'string')
      throw refuse({ code: 'wrongType', field: 'text', expected: 'string', got: describeValue(record.text) });
    if (record.text.length > limits.textLength) {
      throw refuse({
        code: 'overLimit',
        field: 'text',
        unit: 'characters',
        actual: record.text.length,
        limit: limits.textLength,
      });
    }
    return { text: record.text };
  },
  run(request) {
    const parsed = readNetworkText(request.text);
    if (!parsed.ok) return { ok: false, problem: parsed.problem };
    return { ok: true, network: parsed.network, lines: [...parsed.lines] };
  },
};
