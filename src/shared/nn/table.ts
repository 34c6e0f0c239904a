import { fillTemplate, type Language } from '../deck/localized-text.ts';
import type { Analysis, LayerAnalysis } from './analysis.ts';
import { formatCount } from './explanation.ts';
import type { LayerNote } from './note.ts';
import { reportMessages } from './report-messages.ts';
import { formatShape, type Pair } from './shape.ts';

export { formatCount };

export type MemoryUnit = 'elements' | 'bytes' | 'megabytes';

/** The table's switches (the calculator's toggles): MACs or FLOPs; activations as elements, bytes and/or MB. */
export interface TableOptions {
  compute: 'macs' | 'flops';
  memory: readonly MemoryUnit[];
}

export type BottleneckKind = 'params' | 'memory' | 'compute';

export interface TableColumn {
  key: 'name' | 'layer' | 'output' | 'params' | 'compute' | MemoryUnit | 'rf' | 'jump' | 'start';
  label: string;
  align: 'left' | 'right';
}

export interface TableRow {
  /** Index into analysis.layers; -1 for the totals row. */
  index: number;
  /** Display text per column, numbers with thousands separators. */
  cells: string[];
  /** The same values unformatted (numbers stay numbers), for CSV and sorting. */
  values: Array<string | number>;
  /** Which bottlenecks this layer is, for highlighting. */
  bottlenecks: BottleneckKind[];
  warnings: LayerNote[];
}

export interface Table {
  columns: TableColumn[];
  rows: TableRow[];
  totals: TableRow;
}

export const defaultTableOptions: TableOptions = { compute: 'macs', memory: ['elements'] };

/** A height and width as one number when they are equal ("11"), else both ("11x7"; the screen uses " × "). */
export function formatPair([height, width]: Pair, separator = 'x'): string {
  return height === width ? formatCount(height) : `${formatCount(height)}${separator}${formatCount(width)}`;
}

/** MB = 10^6 bytes (ENGINE.md convention 6). */
function megabytes(bytes: number): number {
  return Number((bytes / 1e6).toFixed(3));
}

function memoryValues(elements: number, bytes: number, options: TableOptions): number[] {
  return options.memory.map((unit) => {
    if (unit === 'elements') return elements;
    return unit === 'bytes' ? bytes : megabytes(bytes);
  });
}

/** The table's columns in order, labelled in `language` (the screen labels them itself, in the UI's language). */
export function tableColumns(
  analysis: Analysis,
  options: TableOptions = defaultTableOptions,
  language: Language = 'en',
): TableColumn[] {
  const words = (key: keyof typeof reportMessages.columns) =>
    fillTemplate(reportMessages.columns[key][language], { dtype: analysis.dtype });
  return [
    { key: 'name', label: words('name'), align: 'left' },
    { key: 'layer', label: words('layer'), align: 'left' },
    { key: 'output', label: words('output'), align: 'left' },
    { key: 'params', label: words('params'), align: 'right' },
    { key: 'compute', label: words(options.compute), align: 'right' },
    ...options.memory.map((unit): TableColumn => ({ key: unit, label: words(unit), align: 'right' })),
    { key: 'rf', label: words('rf'), align: 'right' },
    { key: 'jump', label: words('jump'), align: 'right' },
    { key: 'start', label: words('start'), align: 'right' },
  ];
}

/**
 * One layer's row, cells in `tableColumns` order. Rows are built one by one so that a screen drawing only the
 * rows in view (a network of thousands of layers) formats only those.
 */
export function tableRow(
  analysis: Analysis,
  layer: LayerAnalysis,
  options: TableOptions = defaultTableOptions,
): TableRow {
  const values: Array<string | number> = [
    layer.name,
    layer.text,
    formatShape(layer.output),
    layer.params.total,
    options.compute === 'macs' ? layer.macs : layer.flops,
    ...memoryValues(layer.activations.elements, layer.activations.bytes, options),
    formatPair(layer.rf.size),
    formatPair(layer.rf.jump),
    formatPair(layer.rf.start),
  ];
  const { bottlenecks } = analysis;
  return {
    index: layer.index,
    cells: values.map((value) => (typeof value === 'number' ? formatCount(value) : value)),
    values,
    bottlenecks:
      layer.index === 0
        ? []
        : (['params', 'memory', 'compute'] as const).filter((kind) => bottlenecks[kind].layer === layer.name),
    warnings: layer.warnings,
  };
}

/** The totals row, cells in `tableColumns` order. */
export function tableTotals(
  analysis: Analysis,
  options: TableOptions = defaultTableOptions,
  language: Language = 'en',
): TableRow {
  const { totals } = analysis;
  const values: Array<string | number> = [
    reportMessages.total[language],
    fillTemplate(reportMessages.layers[language], { count: totals.layers }),
    '',
    totals.params.total,
    options.compute === 'macs' ? totals.macs : totals.flops,
    ...memoryValues(totals.activations.elements, totals.activations.bytes, options),
    '',
    '',
    '',
  ];
  return {
    index: -1,
    cells: values.map((value) => (typeof value === 'number' ? formatCount(value) : value)),
    values,
    bottlenecks: [],
    warnings: [],
  };
}

/**
 * The analysis as a torchinfo-like table: one row per layer (the input first), totals last, bottleneck rows
 * marked (the CLI's tables and the calculator's exports).
 */
export function buildTable(
  analysis: Analysis,
  options: TableOptions = defaultTableOptions,
  language: Language = 'en',
): Table {
  return {
    columns: tableColumns(analysis, options, language),
    rows: analysis.layers.map((layer) => tableRow(analysis, layer, options)),
    totals: tableTotals(analysis, options, language),
  };
}
