import type { Analysis, Bottleneck } from './analysis.ts';
import { wordNote } from './note-messages.ts';
import { formatCount, type Table } from './table.ts';

/**
 * The written forms of an analysis, shared by the CLI (`analyze --format`) and the calculator's exports so a
 * file saved from the app is the file the CLI prints.
 */

function share(bottleneck: Bottleneck): string {
  return bottleneck.layer === null
    ? 'none'
    : `${bottleneck.layer} ${formatCount(bottleneck.value)} (${(bottleneck.share * 100).toFixed(2)} %)`;
}

/** The CLI's JSON (`--format json`): the documented, stable subset of the analysis (docs/cli.md). */
export function analysisJson(analysis: Analysis) {
  return {
    model: analysis.model,
    input: analysis.input,
    layers: analysis.layers.map((layer) => ({
      name: layer.name,
      kind: layer.kind,
      output: layer.output,
      params: layer.params.total,
      macs: layer.macs,
      flops: layer.flops,
      activations: layer.activations.elements,
      rf: { size: [...layer.rf.size], jump: [...layer.rf.jump], start: [...layer.rf.start] },
    })),
    totals: {
      params: analysis.totals.params.total,
      macs: analysis.totals.macs,
      flops: analysis.totals.flops,
      activations: analysis.totals.activations.elements,
    },
    bottlenecks: analysis.bottlenecks,
  };
}

/** The table as aligned plain text (the CLI's default format). */
export function textTable(table: Table): string {
  const all = [
    table.columns.map((column) => column.label),
    ...table.rows.map((row) => row.cells),
    table.totals.cells,
  ];
  const widths = table.columns.map((_, column) => Math.max(...all.map((cells) => cells[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        table.columns[column]!.align === 'right'
          ? cell.padStart(widths[column]!)
          : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [
    line(all[0]!),
    rule,
    ...table.rows.map((row) => line(row.cells)),
    rule,
    line(table.totals.cells),
  ].join('\n');
}

/** The table in Markdown, totals in bold. */
export function markdownTable(table: Table): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(escape).join(' | ')} |`;
  const rule = `|${table.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join('|')}|`;
  const totals = table.totals.cells.map((cell) => (cell ? `**${cell}**` : cell));
  return [
    line(table.columns.map((column) => column.label)),
    rule,
    ...table.rows.map((row) => line(row.cells)),
    line(totals),
  ].join('\n');
}

/** The table as CSV: plain numbers (no thousands separators), the totals row last. */
export function csvTable(table: Table): string {
  const quote = (value: string | number) => {
    const text = String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [
    table.columns.map((column) => column.label),
    ...table.rows.map((row) => row.values),
    table.totals.values,
  ]
    .map((values) => values.map(quote).join(','))
    .join('\n');
}

/** The totals, bottlenecks, feature receptive field and warnings in words, one line each. */
export function summary(analysis: Analysis, bullet: string): string[] {
  const { bottlenecks, featureRf, totals } = analysis;
  const lines = [
    `${bullet}Model ${analysis.model}, input ${analysis.input.join('x')}, ${analysis.dtype} (${analysis.bytesPerElement} bytes per element)`,
    `${bullet}Params ${formatCount(totals.params.total)} (weights ${formatCount(totals.params.weights)}, bias ${formatCount(totals.params.bias)}; BN buffers apart: ${formatCount(totals.params.buffers)})`,
    `${bullet}MACs ${formatCount(totals.macs)} (conv + linear, bias excluded), FLOPs ${formatCount(totals.flops)} (2 x MACs), other ops ${formatCount(totals.otherOps)}`,
    `${bullet}Activations ${formatCount(totals.activations.elements)} elements = ${formatCount(totals.activations.bytes)} bytes (stored layer outputs, input excluded); input ${formatCount(totals.activations.inputElements)}; inference peak ${formatCount(totals.activations.peakElements)}`,
    `${bullet}Bottlenecks: params ${share(bottlenecks.params)}; memory ${share(bottlenecks.memory)}; compute ${share(bottlenecks.compute)}`,
    `${bullet}Receptive field where the features end (${featureRf.layer}): ${featureRf.size.join('x')}, jump ${featureRf.jump.join('x')}, start ${featureRf.start.join(', ')}`,
  ];
  for (const warning of analysis.warnings)
    lines.push(`${bullet}Warning, ${warning.layer}: ${wordNote(warning.note, 'en')}`);
  return lines;
}
