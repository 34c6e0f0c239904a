import { analyzeCommand } from '../../../src/cli/commands/analyze.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `analyze` with captured output, as `npm run cli -- analyze ...` would. */
export async function runAnalyze(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await analyzeCommand.run(args, {
    stdout: { write: (chunk: string) => ((stdout += chunk), true) },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
    cwd,
  });
  return { code, stdout, stderr };
}

export interface CliJson {
  model: string;
  input: number[];
  layers: Array<{
    name: string;
    kind: string;
    output: number[];
    params: number;
    macs: number;
    flops: number;
    activations: number;
    rf: { size: [number, number]; jump: [number, number]; start: [number, number] };
  }>;
  totals: { params: number; macs: number; flops: number; activations: number };
  bottlenecks: Record<
    'params' | 'memory' | 'compute',
    { layer: string | null; value: number; share: number }
  >;
}

export async function analyzeJson(args: string[], cwd?: string): Promise<CliJson> {
  const run = await runAnalyze([...args, '--format', 'json'], cwd);
  if (run.code !== 0) throw new Error(`analyze ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as CliJson;
}

export function layer(json: CliJson, name: string): CliJson['layers'][number] {
  const found = json.layers.find((entry) => entry.name === name);
  if (!found) throw new Error(`no layer ${name} in ${json.model}`);
  return found;
}
