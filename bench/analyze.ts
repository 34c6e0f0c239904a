import { analyzeNetwork } from '../src/shared/nn/analyze.ts';
import { parseNetworkText } from '../src/shared/nn/dsl/parse.ts';
import { printNetwork } from '../src/shared/nn/dsl/print.ts';
import type { NetworkSpec } from '../src/shared/nn/network.ts';
import { batchNorm, buildNetwork, conv, relu } from '../src/shared/nn/presets/builder.ts';
import { presetNetwork, presets } from '../src/shared/nn/presets/index.ts';
import { buildTable } from '../src/shared/nn/table.ts';
import { medianMilliseconds, type BenchSuite } from './suite.ts';

/** `blocks` residual blocks of conv-bn-relu-conv plus the add: five layers each. */
function residualStack(blocks: number): NetworkSpec {
  return buildNetwork(`residual-${blocks * 5}`, [64, 56, 56], (net) => {
    for (let block = 0; block < blocks; block++) {
      net.join(`block${block}`, 'add', [
        (main) =>
          main
            .add(`block${block}.conv1`, conv(64, 3, { padding: 1, bias: false }))
            .add(`block${block}.bn`, batchNorm)
            .add(`block${block}.relu`, relu)
            .add(`block${block}.conv2`, conv(64, 3, { padding: 1, bias: false })),
        () => {},
      ]);
    }
  });
}

interface Measurement {
  case: string;
  /** Numbers only: what the table needs. */
  medianMs: number;
  /** With every number's explanation (KaTeX strings); null where not measured. */
  explainedMs: number | null;
  targetMs: number;
}

function measure(label: string, network: NetworkSpec, targetMs: number): Measurement {
  return {
    case: label,
    medianMs: medianMilliseconds(() => analyzeNetwork(network, { explain: false }), 40, 25),
    explainedMs: medianMilliseconds(() => analyzeNetwork(network), 40, 25),
    targetMs,
  };
}

/**
 * Analysis speed: a 1000-layer graph and every preset, numbers only (what the table needs) and with every
 * explanation; and the description editor's keystroke path for a 50-layer network: parse the text + analyse
 * (numbers only; a clicked number's explanation is asked for separately) + build the table rows, all the pure
 * work between a keystroke and the table. Posting to the worker and rendering the DOM are not included.
 */
export const analyzeSuite: BenchSuite = {
  name: 'analyze',
  summary: 'nn analysis: 1000 layers, every preset, keystroke to table (median ms)',
  async run(print) {
    const results: Measurement[] = [];
    for (const preset of presets) {
      const network = presetNetwork(preset.name)!;
      results.push(measure(`preset ${preset.name} (${network.layers.length} layers)`, network, 2));
    }
    const thousand = residualStack(200);
    results.push(measure(`${thousand.layers.length}-layer residual graph`, thousand, 5));
    const fifty = printNetwork(residualStack(10));
    results.push({
      case: 'keystroke to table, 50 layers (parse + analyse + table rows)',
      medianMs: medianMilliseconds(
        () => buildTable(analyzeNetwork(parseNetworkText(fifty), { explain: false })),
        50,
        10,
      ),
      explainedMs: null,
      targetMs: 16,
    });
    const width = Math.max(...results.map((result) => result.case.length));
    print(`${'case'.padEnd(width)}  median ms  target ms  ok   with explanations ms`);
    for (const result of results) {
      const ok = result.medianMs < result.targetMs ? 'yes' : 'NO ';
      const explained = result.explainedMs === null ? '' : result.explainedMs.toFixed(3).padStart(20);
      print(
        `${result.case.padEnd(width)}  ${result.medianMs.toFixed(3).padStart(9)}  ${`< ${result.targetMs}`.padStart(9)}  ${ok}  ${explained}`,
      );
    }
    return results;
  },
};
