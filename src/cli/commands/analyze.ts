import { basename, extname } from 'node:path';
import { EngineError } from '../../shared/engine/engine-error.ts';
import { wordRefusal } from '../../shared/engine/refusal-messages.ts';
import { nnAnalyzeJob } from '../../shared/engine/jobs/nn-analyze.ts';
import type { Language } from '../../shared/deck/localized-text.ts';
import { dtypes, type Analysis, type Dtype } from '../../shared/nn/analysis.ts';
import type { NetworkProblem } from '../../shared/nn/errors.ts';
import { wordReason } from '../../shared/nn/reason-messages.ts';
import { presets } from '../../shared/nn/presets/index.ts';
import type { NetworkSource } from '../../shared/nn/source.ts';
import { analysisJson, csvTable, markdownTable, summary, textTable } from '../../shared/nn/report.ts';
import { buildTable } from '../../shared/nn/table.ts';
import { defineCommand, type CommandIo } from '../command.ts';
import { inputLimits } from '../input-limits.ts';
import { readChoice, readLanguage, readOnePositional, readOptions, UsageError } from '../options.ts';
import { readInput } from '../read-input.ts';
import { wordReadProblem } from '../read-input-messages.ts';

const formats = ['table', 'json', 'csv', 'md'] as const;
type Format = (typeof formats)[number];

const usage = `Usage: npm run cli -- analyze <preset|file> [--input 3x224x224] [--dtype fp32|fp16] [--format table|json|csv|md] [--lang en|zh]

  <preset|file>  a preset name, or a file: .json (the network JSON) or anything else (the description language)
  --input        input shape C x H x W (or a feature count); default: the network's own
  --dtype        bytes per activation: fp32 (4, default) or fp16 (2)
  --format       table (default), json, csv or md
  --lang         the language of the table's headings, the summary and a problem's message: en (default) or zh

Presets: ${presets.map((preset) => preset.name).join(', ')}
`;

interface AnalyzeArguments {
  model: string;
  input: number[] | null;
  dtype: Dtype;
  format: Format;
  lang: Language;
}

/** Reads `<model> [--input CxHxW] [--dtype ...] [--format ...] [--lang ...]` (also `--flag=value`). */
export function readArguments(args: readonly string[]): AnalyzeArguments {
  const { positional, options } = readOptions(args, ['input', 'dtype', 'format', 'lang']);
  const model = readOnePositional(
    positional,
    'Name a preset or a file.',
    `One model at a time, got ${positional.join(' ')}.`,
  );
  const dtype = readChoice(options, 'dtype', dtypes, 'fp32');
  const format = readChoice(options, 'format', formats, 'table');
  const lang = readLanguage(options);
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
  return { model, input, dtype, format, lang };
}

async function readSource(model: string, cwd: string, lang: Language): Promise<NetworkSource> {
  if (presets.some((preset) => preset.name === model)) return { type: 'preset', name: model };
  const read = await readInput(model, cwd, inputLimits.analyze);
  if (!read.ok) {
    if (read.problem.code === 'NOT_FOUND') throw new UsageError(`No preset or file named "${model}".`);
    throw new UsageError(wordReadProblem(read.problem, lang));
  }
  const { text } = read;
  const name = basename(model, extname(model));
  if (extname(model).toLowerCase() !== '.json') return { type: 'text', text, name };
  try {
    return { type: 'json', network: JSON.parse(text) as unknown, name };
  } catch (thrown) {
    throw EngineError.refusing(
      { code: 'wrongType', field: model, expected: 'json', got: null },
      (thrown as Error).message,
    );
  }
}

function render(analysis: Analysis, format: Format, lang: Language): string {
  if (format === 'json') return `${JSON.stringify(analysisJson(analysis), null, 2)}\n`;
  const table = buildTable(analysis, { compute: 'macs', memory: ['elements', 'bytes'] }, lang);
  if (format === 'csv') return `${csvTable(table)}\n`;
  if (format === 'md') return `${markdownTable(table)}\n\n${summary(analysis, '- ', lang).join('\n')}\n`;
  return `${textTable(table)}\n\n${summary(analysis, '', lang).join('\n')}\n`;
}

/** `file:line:column: words` for a syntax error, `file: Layer "x": words` for a layer, in the chosen language. */
function describeProblem(problem: NetworkProblem, model: string, lang: Language): string {
  const words = wordReason(problem.reason, lang);
  if (problem.kind === 'syntax') return `${model}:${problem.line}:${problem.column}: ${words}`;
  if (problem.layer === null) return `${model}: ${words}`;
  return lang === 'zh'
    ? `${model}：层 ${problem.layer} 有误：${words}`
    : `${model}: Layer "${problem.layer}": ${words}`;
}

/**
 * The problem as JSON for scripts: the reason's code and values, where it is, and the words in the chosen
 * language (`message`), e.g. `{ "error": { "code": "unknownLayer", "values": { "word": "convv", … }, … } }`.
 */
function problemJson(problem: NetworkProblem, model: string, lang: Language): string {
  const { code, ...values } = problem.reason;
  const error = {
    file: model,
    kind: problem.kind,
    code,
    values,
    line: problem.line,
    column: problem.column,
    layer: problem.layer,
    field: problem.field,
    message: wordReason(problem.reason, lang),
  };
  return `${JSON.stringify({ error }, null, 2)}\n`;
}

/**
 * The engine's refusal (or failure) of the request: `CODE: words` on stderr, or with `--format json` the code,
 * the refusal's code and values and the words in the chosen language, as a network problem is printed.
 */
function writeEngineError(error: EngineError, options: AnalyzeArguments, io: CommandIo): void {
  const message = error.refusal ? wordRefusal(error.refusal, options.lang) : error.message;
  if (options.format !== 'json') {
    io.stderr.write(`${error.code}: ${message}\n`);
    return;
  }
  const { code, ...values } = error.refusal ?? { code: null };
  const field = 'field' in values ? values.field : null;
  const json = {
    file: options.model,
    kind: 'refusal',
    engineCode: error.code,
    code,
    values,
    line: null,
    column: null,
    layer: null,
    field,
    message,
  };
  io.stdout.write(`${JSON.stringify({ error: json }, null, 2)}\n`);
}

/** `analyze`: shapes, params, MACs, memory and receptive fields of a network, through the `nn:analyze` job. */
export const analyzeCommand = defineCommand({
  name: 'analyze',
  summary: 'Analyse a CNN layer by layer (preset, description file or JSON)',
  usage,
  async run(args, io) {
    const options = readArguments(args);
    try {
      const source = await readSource(options.model, io.cwd, options.lang);
      const request = nnAnalyzeJob.parse({ source, input: options.input, dtype: options.dtype });
      const outcome = nnAnalyzeJob.run(request, { reportProgress: () => {} });
      if (!outcome.ok) {
        if (options.format === 'json')
          io.stdout.write(problemJson(outcome.problem, options.model, options.lang));
        else io.stderr.write(`${describeProblem(outcome.problem, options.model, options.lang)}\n`);
        return 1;
      }
      io.stdout.write(render(outcome.analysis, options.format, options.lang));
      return 0;
    } catch (thrown) {
      if (!(thrown instanceof EngineError)) throw thrown;
      writeEngineError(thrown, options, io);
      return 1;
    }
  },
});
