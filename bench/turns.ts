import { median } from './suite.ts';

/** A timing: medians of wall-clock and of this process's CPU time (user + system), in milliseconds. */
export interface Timing {
  wallMs: number;
  cpuMs: number;
  runs: number;
}

/**
 * Wall-clock and CPU-time medians of several contenders, run in turns (A, B, A, B, ...) so that each sees the
 * same conditions: this machine's two cores are shared and its speed swings several-fold from minute to minute.
 * Its two vCPUs are not alike either: pinned with taskset, the kernels of case (b) (then by im2col + GEMM) took 5.0 ms on CPU 0 and
 * 8.3 ms on CPU 1 (scalar JavaScript ran alike on both), so a job split in two waits for the half that landed
 * on the slower one, and onnxruntime's time depends on where its thread runs (1.3 to 4.3 ms for (b)).
 * CPU time (this process, user + system) is printed too, though in a VM it also counts stolen cycles.
 * Warm-up runs matter for the pooled engine: each worker thread is its own V8 isolate (its own JIT and heap
 * sizing), and its first tens of requests swing between ~2 and ~15 ms (measured on case (e)) before settling.
 */
export async function timeInTurns(contenders: Contender[], runs: number, warmups: number): Promise<Timing[]> {
  for (let index = 0; index < warmups; index++) for (const work of contenders) await run(work);
  const walls = contenders.map((): number[] => []);
  const cpus = contenders.map((): number[] => []);
  for (let index = 0; index < runs; index++) {
    for (const [at, contender] of contenders.entries()) {
      const work = prepare(contender);
      await idle();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await work();
      walls[at]!.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpus[at]!.push((cpu.user + cpu.system) / 1000);
    }
  }
  return contenders.map((_, at) => ({ wallMs: median(walls[at]!), cpuMs: median(cpus[at]!), runs }));
}

/**
 * How long the process idles before each timed run. A request reaches the app's engine from an idle main
 * process (a click, then IPC), not straight after another contender's work on this thread. That matters here:
 * with this thread busy right up to the request, the pooled engine took 8-25 % longer ((a) 5.06 against 4.32 ms,
 * (c) 2.08 against 1.66, 160 requests taking turns), its workers starting later on the VM's cores. Every
 * contender gets the same pause.
 */
const idleMs = 5;

function idle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, idleMs));
}

/**
 * Something to time: a function, or a function made fresh for each run by an untimed `prepare` (the pooled
 * engine consumes its payload's buffers, moving them to a worker, as main does with a payload that arrived over
 * IPC; so each run gets its own copy, made before the clock starts, as IPC delivers it before main sees it).
 */
export type Contender = (() => unknown) | { prepare(): () => unknown };

function prepare(contender: Contender): () => unknown {
  return typeof contender === 'function' ? contender : contender.prepare();
}

export async function run(contender: Contender): Promise<unknown> {
  return prepare(contender)();
}

export async function time(work: Contender, runs: number, warmups: number): Promise<Timing> {
  return (await timeInTurns([work], runs, warmups))[0]!;
}
