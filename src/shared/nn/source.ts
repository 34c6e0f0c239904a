import type { AnalyzeOutcome, Dtype } from './analysis.ts';
import { analyzeNetwork } from './analyze.ts';
import { readNetworkText } from './dsl/parse.ts';
import { NetworkError, toProblem, type NetworkProblem } from './errors.ts';
import type { NetworkSpec } from './network.ts';
import { tryReadNetworkJson } from './network-json.ts';
import { presetNetwork } from './presets/index.ts';
import { clip } from './reason.ts';
import type { Shape } from './shape.ts';

/** Where a network comes from: a preset, description-language text, or the JSON form. */
export type NetworkSource =
  | { type: 'preset'; name: string }
  | { type: 'text'; text: string; name?: string }
  | { type: 'json'; network: unknown; name?: string };

/** A source read: the network, or the problem as data; `tooLarge` marks a refusal by size. Never thrown. */
export type LoadedNetwork =
  | { ok: true; network: NetworkSpec; lines?: ReadonlyMap<string, number> }
  | { ok: false; problem: NetworkProblem; tooLarge: boolean };

export function loadNetwork(source: NetworkSource): LoadedNetwork {
  switch (source.type) {
    case 'preset': {
      const network = presetNetwork(source.name);
      if (network) return { ok: true, network };
      const error = new NetworkError(null, { code: 'unknownPreset', name: clip(source.name) }, 'preset');
      return { ok: false, problem: toProblem(error), tooLarge: false };
    }
    case 'text': {
      const parsed = readNetworkText(source.text, source.name);
      return parsed.ok ? { ok: true, network: parsed.network, lines: parsed.lines } : parsed;
    }
    case 'json': {
      const read = tryReadNetworkJson(source.network, source.name);
      return read.ok ? read : { ...read, tooLarge: false };
    }
  }
}

/**
 * Loads and analyses a network; an invalid one (a syntax error, an impossible layer) is an outcome with the
 * problem as data, for the editor's inline errors: a layer of a text that the analyser rejects comes with the
 * line that defines it, so the editor marks that line without reading the text itself. A text refused by its size is the `tooLarge` outcome's
 * caller's to refuse (the engine's INPUT_TOO_LARGE).
 */
export function analyzeSource(
  source: NetworkSource,
  options: {
    input?: Shape | null;
    dtype: Dtype;
    explain?: boolean | readonly string[];
    throwIfCancelled?: () => void;
  },
): AnalyzeOutcome | { ok: false; problem: NetworkProblem; tooLarge: true } {
  const loaded = loadNetwork(source);
  if (!loaded.ok)
    return loaded.tooLarge ? { ...loaded, tooLarge: true } : { ok: false, problem: loaded.problem };
  try {
    return {
      ok: true,
      analysis: analyzeNetwork(loaded.network, {
        input: options.input ?? undefined,
        dtype: options.dtype,
        explain: options.explain ?? true,
        throwIfCancelled: options.throwIfCancelled,
      }),
    };
  } catch (thrown) {
    if (!(thrown instanceof NetworkError)) throw thrown;
    const problem = toProblem(thrown);
    const line = problem.layer === null ? undefined : loaded.lines?.get(problem.layer);
    return { ok: false, problem: line === undefined ? problem : { ...problem, line } };
  }
}
