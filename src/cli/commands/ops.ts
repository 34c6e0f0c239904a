import { opFileBudget, planOpFile, runPlannedCase, type PlannedCase } from '../../shared/conv/op-file.ts';
import { opFileMessages, wordOpFileProblem } from '../../shared/conv/op-file-messages.ts';
import { tensorJson } from '../../shared/conv/tensor.ts';
import type { Language } from '../../shared/deck/localized-text.ts';
import type { EngineErrorData } from '../../shared/engine/engine-error.ts';
import type { EngineRefusal } from '../../shared/engine/refusal.ts';
import { wordRefusal } from '../../shared/engine/refusal-messages.ts';
import { wordProblem } from '../../shared/word-problem.ts';
import { ChunkedWriter } from '../chunked-writer.ts';
import { defineCommand } from '../command.ts';
import { readLanguage, readOptions, UsageError } from '../options.ts';
import { inputLimits } from '../input-limits.ts';
import { readInput } from '../read-input.ts';
import { wordReadProblem } from '../read-input-messages.ts';

const count = (value: number) => value.toLocaleString('en-US');
const mebibytes = (bytes: number) => bytes / 1024 ** 2;

const usage = `Usage: npm run cli -- ops --in cases.json [--lang zh|en]

  --in   a JSON file of cases, {"cases": [...]} or a bare array (the format of conv_vectors.json)
  --lang the language of the messages: en (default) or zh

Prints {"results": [...]}: {"output": [...]} or {"error": "CODE: ..."} per case, in order.
Limits, checked before anything runs: a file of ${mebibytes(inputLimits.ops)} MiB, ${count(opFileBudget.cases)} cases,
${count(opFileBudget.multiplyAdds)} multiply-adds and ${count(opFileBudget.outputElements)} output numbers in all.
Exit codes: 0 every case ran; 1 a case was refused or its result is not finite; 2 bad arguments or a file
that cannot be used (unreadable, not JSON, over a limit: nothing was run).
`;

/** `--in <file> [--lang zh|en]` (also `--in=<file>`), nothing else. */
function readArguments(args: readonly string[]): { path: string; language: Language } {
  const { positional, options } = readOptions(args, ['in', 'lang']);
  if (positional.length > 0) throw new UsageError(`unknown argument ${positional[0]}.`);
  const path = options.get('in');
  if (path === undefined) throw new UsageError('missing --in <file>.');
  return { path, language: readLanguage(options) };
}

/**
 * A refused case: `CODE: words` in the chosen language, and the engine's refusal (its code and values) beside
 * them for scripts.
 */
function refusalEntry(
  error: EngineErrorData,
  language: Language,
): { error: string; refusal?: EngineRefusal } {
  if (!error.refusal) return { error: `${error.code}: ${error.message}` };
  return { error: `${error.code}: ${wordRefusal(error.refusal, language)}`, refusal: error.refusal };
}

/**
 * Writes `{"results":[…]}` one case at a time, each output streamed in pieces: a file's outputs may hold 8 M
 * numbers (op-file.ts), which as one string would be ~200 MB. Returns how many cases failed.
 */
function writeResults(cases: readonly PlannedCase[], output: ChunkedWriter, language: Language): number {
  let failed = 0;
  output.write('{"results":[');
  cases.forEach((entry, index) => {
    if (index > 0) output.write(',');
    if ('refusal' in entry) {
      failed++;
      output.write(JSON.stringify(refusalEntry(entry.refusal, language)));
      return;
    }
    const outcome = runPlannedCase(entry.opCase, entry.where);
    if (!outcome.ok) {
      failed++;
      const words = wordOpFileProblem(outcome.problem, language);
      output.write(JSON.stringify({ error: `${outcome.problem.code}: ${words}` }));
      return;
    }
    output.write('{"output":');
    for (const piece of tensorJson(outcome.output)) output.write(piece);
    output.write('}');
  });
  output.write(']}\n');
  output.flush();
  return failed;
}

/**
 * `ops`: runs every case of a conv_vectors.json-style file on the exact engine. The file is read within its size
 * limit, every case is checked and the whole file budgeted before anything runs; a bad case becomes an `error`
 * entry that says what and where, and the other cases still run.
 */
export const opsCommand = defineCommand({
  name: 'ops',
  summary: 'run conv2d / pool2d / conv_transpose2d cases: ops --in cases.json',
  usage,
  async run(args, io) {
    const { path, language } = readArguments(args);
    const read = await readInput(path, io.cwd, inputLimits.ops);
    if (!read.ok) {
      io.stderr.write(`ops: ${wordReadProblem(read.problem, language)}\n`);
      return 2;
    }
    const plan = planOpFile(read.text);
    if (!plan.ok) {
      io.stderr.write(`ops: ${path}: ${wordOpFileProblem(plan.problem, language)}\n`);
      return 2;
    }
    const failed = writeResults(plan.cases, new ChunkedWriter(io.stdout), language);
    if (failed === 0) return 0;
    const total = plan.cases.length;
    io.stderr.write(`ops: ${wordProblem(opFileMessages.failedCases[language], { failed, total })}\n`);
    return 1;
  },
});
