import { fillTemplate, type Language } from '../deck/localized-text.ts';
import type { Analysis, Bottleneck } from './analysis.ts';
import { wordNote } from './note-messages.ts';
import { reportMessages } from './report-messages.ts';
import { formatCount, type Table } from './table.ts';

/**
 * The written forms of an analysis, shared by the CLI (`analyze --format`) and the calculator's exports so a
 * file saved from the app is the file the CLI prints.
 */

function share(bottleneck: Bottleneck, language: Language): string {
  if (bottleneck.layer === null) return reportMessages.none[language];
  const percent = (bottleneck.share * 100).toFixed(2);
  // GLOSSARY.md: no space before % in Chinese; the English keeps the CLI's documented form.
  const ratio = language === 'zh' ? `（${percent}%）` : ` (${percent}%)`;
  return `${bottleneck.layer} ${formatCount(bottleneck.value)}${ratio}`;
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

/**
 * Columns a text takes in a terminal: East Asian wide characters (CJK ideographs, full-width forms, Hangul)
 * take two (Unicode Standard Annex #11, East_Asian_Width W and F), everything else one.
 */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        character,
      )
        ? 2
        : 1;
  return width;
}

/** `text` padded with spaces to `width` terminal columns, on the left (`start`) or the right. */
function pad(text: string, width: number, side: 'start' | 'end'): string {
  const spaces = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'start' ? spaces + text : text + spaces;
}

/** The table as aligned plain text (the CLI's default format). */
export function textTable(table: Table): string {
  const all = [
    table.columns.map((column) => column.label),
    ...table.rows.map((row) => row.cells),
    table.totals.cells,
  ];
  const widths = table.columns.map((_, column) =>
    Math.max(...all.map((cells) => displayWidth(cells[column]!))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        pad(cell, widths[column]!, table.columns[column]!.align === 'right' ? 'start' : 'end'),
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
export function summary(analysis: Analysis, bullet: string, language: Language = 'en'): string[] {
  const { bottlenecks, featureRf, totals } = analysis;
  const words = reportMessages.summary;
  const line = (key: keyof typeof words, values: Record<string, string | number>) =>
    `${bullet}${fillTemplate(words[key][language], values)}`;
  const times = language === 'zh' ? '×' : 'x';
  const lines = [
    line('model', {
      model: analysis.model,
      input: analysis.input.join(times),
      dtype: analysis.dtype,
      bytes: analysis.bytesPerElement,
    }),
    line('params', {
      total: formatCount(totals.params.total),
      weights: formatCount(totals.params.weights),
      bias: formatCount(totals.params.bias),
      buffers: formatCount(totals.params.buffers),
    }),
    line('compute', {
      macs: formatCount(totals.macs),
      flops: formatCount(totals.flops),
      other: formatCount(totals.otherOps),
    }),
    line('activations', {
      elements: formatCount(totals.activations.elements),
      bytes: formatCount(totals.activations.bytes),
      input: formatCount(totals.activations.inputElements),
      peak: formatCount(totals.activations.peakElements),
    }),
    line('bottlenecks', {
      params: share(bottlenecks.params, language),
      memory: share(bottlenecks.memory, language),
      compute: share(bottlenecks.compute, language),
    }),
    line('featureRf', {
      layer: featureRf.layer,
      size: featureRf.size.join(times),
      jump: featureRf.jump.join(times),
      start: featureRf.start.join(', '),
    }),
  ];
  for (const warning of analysis.warnings)
    lines.push(line('warning', { layer: warning.layer, note: wordNote(warning.note, language) }));
  return lines;
}
