import type { Language } from '../../../shared/deck/localized-text.ts';
import { formulaWord } from '../../../shared/nn/formula-words.ts';
import type { Analysis, LayerAnalysis } from '../../../shared/nn/analysis.ts';
import type { LayerNote } from '../../../shared/nn/note.ts';
import { formatShape } from '../../../shared/nn/shape.ts';
import {
  explanation,
  texNumber,
  type Explanation,
  type ExplanationKey,
} from '../../../shared/nn/explanation.ts';
import { analysisJson, csvTable, markdownTable, summary } from '../../../shared/nn/report.ts';
import {
  buildTable,
  tableRow,
  type BottleneckKind,
  type TableColumn,
  type TableOptions,
} from '../../../shared/nn/table.ts';

/** The explanation behind a table column (null: the name and layer columns are words, not numbers). */
export function explanationKey(
  column: TableColumn['key'],
  compute: TableOptions['compute'],
): ExplanationKey | null {
  switch (column) {
    case 'output':
    case 'params':
    case 'rf':
      return column;
    case 'compute':
      return compute;
    case 'elements':
    case 'bytes':
    case 'megabytes':
      return 'activations';
    case 'jump':
    case 'start':
      return 'rf';
    default:
      return null;
  }
}

export type TotalKey = 'params' | 'macs' | 'flops' | 'activations';

/** Terms written out in a total's sum before "…" takes over (ResNet-50 has 50 convs). */
const shownTerms = 8;

const totalFormulas: Record<TotalKey, string> = {
  params: `\\sum_{l} (\\text{${formulaWord('weights')}}_l + \\text{${formulaWord('bias')}}_l)`,
  macs: '\\sum_{l} \\text{MACs}_l',
  flops: '\\sum_{l} \\text{FLOPs}_l = 2 \\sum_{l} \\text{MACs}_l',
  activations: `\\sum_{l \\,\\text{${formulaWord('stored')}}} C_l H_l W_l`,
};

function layerValue(layer: LayerAnalysis, key: TotalKey): number {
  if (key === 'params') return layer.params.total;
  if (key === 'activations') return layer.activations.stored ? layer.activations.elements : 0;
  return layer[key];
}

/** A totals cell as a sum over the layers, its non-zero terms substituted (the engine explains single layers). */
export function totalExplanation(analysis: Analysis, key: TotalKey): Explanation {
  const terms = analysis.layers
    .slice(1)
    .map((layer) => layerValue(layer, key))
    .filter((value) => value !== 0);
  const total =
    key === 'params'
      ? analysis.totals.params.total
      : key === 'activations'
        ? analysis.totals.activations.elements
        : analysis.totals[key];
  const written = terms.slice(0, shownTerms).map(texNumber);
  if (terms.length > shownTerms)
    written.push(`\\dots \\text{${formulaWord('moreTerms', terms.length - shownTerms)}}`);
  let sum = written.length ? `${written.join(' + ')} = ${texNumber(total)}` : '0';
  if (key === 'activations') {
    const bytes = analysis.bytesPerElement;
    sum += ` \\text{ ${formulaWord('elements')}} \\times ${bytes} = ${texNumber(total * bytes)} \\text{ ${formulaWord('bytes')} (${analysis.dtype})}`;
  }
  return explanation(key, totalFormulas[key], sum, [{ code: 'layerSum', total: key }]);
}

export type ExportFormat = 'csv' | 'md' | 'json';

export const exportFormats: readonly ExportFormat[] = ['csv', 'md', 'json'];

const mimeTypes: Record<ExportFormat, string> = {
  csv: 'text/csv',
  md: 'text/markdown',
  json: 'application/json',
};

/**
 * A file of the analysis, written by the same code as `npm run cli -- analyze --format csv|md|json` (the JSON is
 * the CLI's documented format, docs/cli.md); CSV and Markdown follow the table's toggles.
 */
export function exportFile(
  analysis: Analysis,
  format: ExportFormat,
  options: TableOptions,
  language: Language,
) {
  const base = analysis.model.replace(/[^A-Za-z0-9_.-]/g, '_') || 'network';
  const table = buildTable(analysis, options, language);
  const text =
    format === 'json'
      ? `${JSON.stringify(analysisJson(analysis), null, 2)}\n`
      : format === 'csv'
        ? `${csvTable(table)}\n`
        : `${markdownTable(table)}\n\n${summary(analysis, '- ', language).join('\n')}\n`;
  return { name: `${base}.${format}`, mime: mimeTypes[format], text };
}

/** One table row as the screen draws it: plain values only. */
export interface RowView {
  index: number;
  name: string;
  cells: readonly string[];
  bottlenecks: readonly { kind: BottleneckKind; share: number }[];
  warnings: readonly LayerNote[];
  /** False for an in-place layer or a view (its memory is not counted again). */
  stored: boolean;
  /** Everything above as one string: equal signatures draw the same row. */
  signature: string;
}

/**
 * The row of layer `index` as the screen draws it, reusing the previous row object when it reads the same: the
 * screen then redraws only the rows an edit changed (typing at the end of a 150-layer network touches one row).
 * Asked row by row, so a long table formats only the rows it draws.
 */
export function rowView(
  analysis: Analysis,
  index: number,
  options: TableOptions,
  previous: ReadonlyMap<string, RowView>,
): RowView {
  const layer = analysis.layers[index]!;
  const row = tableRow(analysis, layer, options);
  const bottlenecks = row.bottlenecks.map((kind) => ({ kind, share: analysis.bottlenecks[kind].share }));
  const signature = JSON.stringify([index, row.cells, bottlenecks, row.warnings, layer.activations.stored]);
  return (
    previous.get(signature) ?? {
      index,
      name: layer.name,
      cells: row.cells,
      bottlenecks,
      warnings: row.warnings,
      stored: layer.activations.stored,
      signature,
    }
  );
}

/**
 * The output shape of layer `name`, the `index`-th of the network, as the layer list shows it ('' when the
 * analysis does not have it). The analysis lists the layers in the network's order after the input, so a row
 * finds its own at once; a name lookup covers an analysis one edit behind. Asked only by the rows drawn.
 */
export function layerOutput(analysis: Analysis | null, name: string, index: number): string {
  if (!analysis) return '';
  const same = analysis.layers[index + 1];
  const found = same?.name === name ? same : analysis.layers.find((entry) => entry.name === name);
  return found ? formatShape(found.output) : '';
}
