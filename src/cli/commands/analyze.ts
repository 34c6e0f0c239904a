import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { EngineError } from '../../shared/engine/engine-error.ts';
import { nnAnalyzeJob } from '../../shared/engine/jobs/nn-analyze.ts';
import { dtypes, type Analysis, type Bottleneck, type Dtype } from '../../shared/nn/analysis.ts';
import type { NetworkProblem } from '../../shared/nn/errors.ts';
import { presets } from '../../shared/nn/presets/index.ts';
import type { NetworkSource } from '../../shared/nn/source.ts';
import { buildTable, formatCount, type Table } from '../../shared/nn/table.ts';
import type { Command, CommandIo } from '../command.ts';

const formats = ['table', 'json', 'csv', 'md'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: npm run cli -- analyze <preset|file> [--input 3x224x224] [--dtype fp32|fp16] [--format table|json|csv|md]

  <preset|file>  a preset name, or a file: .json (the network JSON) or anything else (the description language)
  --input        input shape C x H x W (or a feature count); default: the network's own
  --dtype        bytes per activation: fp32 (4, default) or fp16 (2)
  --format       table (default), json, csv or md

Presets: ${presets.map((preset) => preset.name).join(', ')}
`;

interface AnalyzeArguments {
  model: string;
  input: number[] | null;
  dtype: Dtype;
  format: Format;
}

class UsageError extends Error {}

/** Reads `<model> [--input CxHxW] [--dtype ...] [--format ...]` (also `--flag=value`). */
export function readArguments(args: readonly string[]): AnalyzeArguments {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index]!;
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const [flag, inline] = argument.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['input', 'dtype', 'format'].includes(flag)) throw new UsageError(`Unknown option --${flag}.`);
    const value = inline ?? args[++index];
    if (value === undefined || value === '') throw new UsageError(`--${flag} needs a value.`);
    if (options.has(flag)) throw new UsageError(`--${flag} is given twice.`);
    options.set(flag, value);
  }
  if (positional.length !== 1) {
    throw new UsageError(
      positional.length === 0
        ? 'Name a preset or a file.'
        : `One model at a time, got ${positional.join(' ')}.`,
    );
  }
  const dtype = options.get('dtype') ?? 'fp32';
  if (!(dtypes as readonly string[]).includes(dtype))
    throw new UsageError(`--dtype is fp32 or fp16, got ${dtype}.`);
  const format = options.get('format') ?? 'table';
  if (!(formats as readonly string[]).includes(format))
    throw new UsageError(`--format is one of ${formats.join(', ')}, got ${format}.`);
  const inputText = options.get('input');
  let input: number[] | null = null;
  if (inputText !== undefined) {
    const parts = inputText.split('x');
    if (
      !parts.every((part) => /^\d{1,9}$/.test(part) && Number(part) > 0) ||
      (parts.length !== 3 && parts.length !== 1)
    ) {
      throw new UsageError(`--input is C x H x W like 3x224x224 (or a feature count), got ${inputText}.`);
    }
    input = parts.map(Number);
  }
  return { model: positional[0]!, input, dtype: dtype as Dtype, format: format as Format };
}

async function readSource(model: string, cwd: string): Promise<NetworkSource> {
  if (presets.some((preset) => preset.name === model)) return { type: 'preset', name: model };
  const path = resolve(cwd, model);
  const exists = await stat(path).then(
    (stats) => stats.isFile(),
    () => false,
  );
  if (!exists) throw new UsageError(`No preset or file named "${model}".`);
  const text = await readFile(path, 'utf8');
  const name = basename(path, extname(path));
  if (extname(path).toLowerCase() !== '.json') return { type: 'text', text, name };
  try {
    return { type: 'json', network: JSON.parse(text) as unknown, name };
  } catch (thrown) {
    throw new EngineError('INVALID_INPUT', `${model}: not valid JSON (${(thrown as Error).message})`);
  }
}

function share(bottleneck: Bottleneck): string {
  return bottleneck.layer === null
    ? 'none'
    : `${bottleneck.layer} ${formatCount(bottleneck.value)} (${(bottleneck.share * 100).toFixed(2)} %)`;
}

/** The CLI's JSON: the documented, stable subset of the analysis (docs/cli.md). */
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

function textTable(table: Table): string {
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

function markdownTable(table: Table): string {
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

function csvTable(table: Table): string {
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

function summary(analysis: Analysis, bullet: string): string[] {
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
    lines.push(`${bullet}Warning, ${warning.layer}: ${warning.message}`);
  return lines;
}

function render(analysis: Analysis, format: Format): string {
  if (format === 'json') return `${JSON.stringify(analysisJson(analysis), null, 2)}\n`;
  const table = buildTable(analysis, { compute: 'macs', memory: ['elements', 'bytes'] });
  if (format === 'csv') return `${csvTable(table)}\n`;
  if (format === 'md') return `${markdownTable(table)}\n\n${summary(analysis, '- ').join('\n')}\n`;
  return `${textTable(table)}\n\n${summary(analysis, '').join('\n')}\n`;
}

function describeProblem(problem: NetworkProblem, model: string): string {
  if (problem.line !== null) return `${model}:${problem.line}:${problem.column}: ${problem.reason}`;
  return `${model}: ${problem.message}`;
}

/** `analyze`: shapes, params, MACs, memory and receptive fields of a network, through the `nn:analyze` job. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Analyse a CNN layer by layer (preset, description file or JSON)',
  async run(args: string[], io: CommandIo): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(usage);
      return 0;
    }
    try {
      const options = readArguments(args);
      const source = await readSource(options.model, io.cwd);
      const request = nnAnalyzeJob.parse({ source, input: options.input, dtype: options.dtype });
      const outcome = nnAnalyzeJob.run(request, { reportProgress: () => {} });
      if (!outcome.ok) {
        io.stderr.write(`${describeProblem(outcome.problem, options.model)}\n`);
        return 1;
      }
      io.stdout.write(render(outcome.analysis, options.format));
      return 0;
    } catch (thrown) {
      if (thrown instanceof UsageError) {
        io.stderr.write(`${thrown.message}\n${usage}`);
        return 2;
      }
      if (thrown instanceof EngineError) {
        io.stderr.write(`${thrown.code}: ${thrown.message}\n`);
        return 1;
      }
      throw thrown;
    }
  },
};
