import type { NetworkReason } from './reason.ts';
import { wordReason } from './reason-messages.ts';

/**
 * Why a network cannot be analysed, naming the layer (null for the network as a whole) and, when one attribute
 * is to blame, the field. Layer modules throw it without a layer (`layerProblem`); the analyser adds the name.
 * The reason is data; the message is its English wording, for logs and stack traces only.
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    readonly layer: string | null,
    readonly reason: NetworkReason,
    readonly field: string | null = null,
  ) {
    const words = wordReason(reason, 'en');
    super(layer === null ? words : `Layer "${layer}": ${words}`);
  }

  /** The same problem, attributed to a layer. */
  at(layer: string): NetworkError {
    return new NetworkError(layer, this.reason, this.field);
  }
}

/** A problem inside a layer module, before the analyser knows which layer it is. */
export function layerProblem(reason: NetworkReason, field: string | null = null): NetworkError {
  return new NetworkError(null, reason, field);
}

/** A syntax error in the network description language, at a 1-based line and column. */
export class DslError extends Error {
  override readonly name = 'DslError';
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: NetworkReason,
  ) {
    super(`line ${line}, column ${column}: ${wordReason(reason, 'en')}`);
  }
}

/**
 * A problem as plain data, for a reply that crosses a worker boundary, for the editor's inline errors and for
 * the CLI's JSON. Screens word `reason` with `wordReason` in the student's language.
 */
export interface NetworkProblem {
  kind: 'syntax' | 'network';
  reason: NetworkReason;
  layer: string | null;
  field: string | null;
  /** 1-based: where a syntax error is, or the line that defines the layer rejected (a text network). */
  line: number | null;
  /** 1-based, of a syntax error only. */
  column: number | null;
}

export function toProblem(error: NetworkError | DslError): NetworkProblem {
  if (error instanceof DslError) {
    return {
      kind: 'syntax',
      reason: error.reason,
      layer: null,
      field: 'field' in error.reason ? error.reason.field : null,
      line: error.line,
      column: error.column,
    };
  }
  return {
    kind: 'network',
    reason: error.reason,
    layer: error.layer,
    field: error.field,
    line: null,
    column: null,
  };
}
