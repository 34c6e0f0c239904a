/**
 * Why a network cannot be analysed, naming the layer (null for the network as a whole) and, when one attribute
 * is to blame, the field. Layer modules throw it without a layer (`layerProblem`); the analyser adds the name.
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    readonly layer: string | null,
    readonly reason: string,
    readonly field: string | null = null,
  ) {
    super(layer === null ? reason : `Layer "${layer}": ${reason}`);
  }

  /** The same problem, attributed to a layer. */
  at(layer: string): NetworkError {
    return new NetworkError(layer, this.reason, this.field);
  }
}

/** A problem inside a layer module, before the analyser knows which layer it is. */
export function layerProblem(reason: string, field: string | null = null): NetworkError {
  return new NetworkError(null, reason, field);
}

/** A syntax error in the network description language, at a 1-based line and column. */
export class DslError extends Error {
  override readonly name = 'DslError';
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

/** A problem as plain data, for a reply that crosses a worker boundary and for the editor's inline errors. */
export interface NetworkProblem {
  kind: 'syntax' | 'network';
  message: string;
  reason: string;
  layer: string | null;
  field: string | null;
  line: number | null;
  column: number | null;
}

export function toProblem(error: NetworkError | DslError): NetworkProblem {
  if (error instanceof DslError) {
    return {
      kind: 'syntax',
      message: error.message,
      reason: error.reason,
      layer: null,
      field: null,
      line: error.line,
      column: error.column,
    };
  }
  return {
    kind: 'network',
    message: error.message,
    reason: error.reason,
    layer: error.layer,
    field: error.field,
    line: null,
    column: null,
  };
}
