import type { NetworkProblem } from '../../nn/errors.ts';
import { limits } from '../../nn/limits.ts';
import { readNetworkText } from '../../nn/dsl/parse.ts';
import type { NetworkSpec } from '../../nn/network.ts';
import type { Shape } from '../../nn/shape.ts';
import type { JobDefinition } from '../job.ts';
import { readChoice, readRecord, refuse } from '../payload.ts';
import { describeValue } from '../refusal.ts';

/**
 * How much of the network a reading returns: 'network' the whole of it (the layer list draws it), 'outline'
 * only its input shape and size (the text editor needs no more, and a network of thousands of layers costs the
 * UI thread tens of milliseconds to receive).
 */
export type NnReadDetail = 'outline' | 'network';

export const nnReadDetails: readonly NnReadDetail[] = ['outline', 'network'];

export interface NnReadRequest {
  /** Description-language text, as typed or saved. */
  text: string;
  detail: NnReadDetail;
}

/** A network as its outline: its name, its input shape and how many layers it has. */
export interface NetworkOutline {
  name: string;
  /** null when the text has no `input` line. */
  input: Shape | null;
  layers: number;
}

/** The text read (in the detail asked for), or where and why it does not read. Never an exception for text. */
export type NnReadReply =
  | { ok: true; network: NetworkSpec }
  | { ok: true; outline: NetworkOutline }
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
    return { text: record.text, detail: readChoice(record.detail ?? 'network', 'detail', nnReadDetails) };
  },
  run(request) {
    const parsed = readNetworkText(request.text);
    if (!parsed.ok) return { ok: false, problem: parsed.problem };
    const { network } = parsed;
    return request.detail === 'network'
      ? { ok: true, network }
      : { ok: true, outline: { name: network.name, input: network.input, layers: network.layers.length } };
  },
};
