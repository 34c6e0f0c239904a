import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EngineError } from '../../shared/engine/engine-error.ts';
import { parseOpCase, runOpCase } from '../../shared/conv/op-cases.ts';
import { tensorToNested } from '../../shared/conv/tensor.ts';
import type { Command, CommandIo } from '../command.ts';

export type OpResult = { output: unknown } | { error: string };

const usage = 'Usage: npm run cli -- ops --in cases.json\n';

/**
 * Runs every case of a conv_vectors.json-style file on the exact engine. A bad case becomes an `error` entry
 * that says what and where; the other cases still run. Cases may be the file's `cases` or a bare array.
 */
export function runOpCases(document: unknown): OpResult[] {
  const cases = Array.isArray(document) ? document : (document as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(cases))
    throw new EngineError('INVALID_INPUT', 'expected {"cases": [...]} or an array of cases');
  return cases.map((value, index) => {
    try {
      return { output: tensorToNested(runOpCase(parseOpCase(value, `cases[${index}]`))) };
    } catch (thrown) {
      if (thrown instanceof EngineError) return { error: `${thrown.code}: ${thrown.message}` };
      throw thrown;
    }
  });
}

function readInPath(args: string[]): string | undefined {
  const at = args.indexOf('--in');
  if (at >= 0) return args[at + 1];
  return args.find((arg) => arg.startsWith('--in='))?.slice('--in='.length);
}

export const opsCommand: Command = {
  name: 'ops',
  summary: 'run conv2d / pool2d / conv_transpose2d cases: ops --in cases.json',
  async run(args: string[], io: CommandIo): Promise<number> {
    const path = readInPath(args);
    if (!path) {
      io.stderr.write(`ops: missing --in <file>.\n${usage}`);
      return 2;
    }
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, path), 'utf8');
    } catch (thrown) {
      io.stderr.write(`ops: cannot read ${path}: ${(thrown as Error).message}\n`);
      return 1;
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (thrown) {
      io.stderr.write(`ops: ${path} is not valid JSON: ${(thrown as Error).message}\n`);
      return 1;
    }
    let results: OpResult[];
    try {
      results = runOpCases(document);
    } catch (thrown) {
      io.stderr.write(`ops: ${path}: ${(thrown as Error).message}\n`);
      return 1;
    }
    io.stdout.write(`${JSON.stringify({ results })}\n`);
    return 0;
  },
};
