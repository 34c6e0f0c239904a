import type { AnalyzeOutcome, Dtype } from './analysis.ts';
import { analyzeNetwork } from './analyze.ts';
import { DslTooLargeError, parseNetworkText } from './dsl/parse.ts';
import { DslError, NetworkError, toProblem } from './errors.ts';
import type { NetworkSpec } from './network.ts';
import { readNetworkJson } from './network-json.ts';
import { presetNetwork } from './presets/index.ts';
import type { Shape } from './shape.ts';

/** Where a network comes from: a preset, description-language text, or the JSON form. */
export type NetworkSource =
  | { type: 'preset'; name: string }
  | { type: 'text'; text: string; name?: string }
  | { type: 'json'; network: unknown; name?: string };

/** The network of a source; throws DslError (text) or NetworkError (JSON, unknown preset). */
export function loadNetwork(source: NetworkSource): NetworkSpec {
  switch (source.type) {
    case 'preset': {
      const network = presetNetwork(source.name);
      if (!network) throw new NetworkError(null, `no preset named "${source.name.slice(0, 60)}"`, 'preset');
      return network;
    }
    case 'text':
      return parseNetworkText(source.text, source.name);
    case 'json':
      return readNetworkJson(source.network, source.name);
  }
}

/**
 * Loads and analyses a network; an invalid one (a syntax error, an impossible layer) is an outcome with the
 * problem as data, for the editor's inline errors. DslTooLargeError and anything else thrown propagate.
 */
export function analyzeSource(
  source: NetworkSource,
  options: { input?: Shape | null; dtype: Dtype; explain?: boolean | readonly string[] },
): AnalyzeOutcome {
  try {
    const network = loadNetwork(source);
    return {
      ok: true,
      analysis: analyzeNetwork(network, {
        input: options.input ?? undefined,
        dtype: options.dtype,
        explain: options.explain ?? true,
      }),
    };
  } catch (thrown) {
    // Too large is not a problem to show in the editor but a refusal (the engine's INPUT_TOO_LARGE).
    if (thrown instanceof DslTooLargeError) throw thrown;
    if (thrown instanceof DslError || thrown instanceof NetworkError)
      return { ok: false, problem: toProblem(thrown) };
    throw thrown;
  }
}
