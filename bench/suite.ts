/** One benchmark suite: prints its table line by line and returns its results as JSON-able data. */
export interface BenchSuite {
  name: string;
  summary: string;
  run(print: (line: string) => void): Promise<unknown>;
}

/** Median of the timings of `repeat` runs after `warmup` runs, in milliseconds. */
export function medianMilliseconds(work: () => void, repeat: number, warmup = 3): number {
  for (let index = 0; index < warmup; index++) work();
  const timings: number[] = [];
  for (let index = 0; index < repeat; index++) {
    const start = performance.now();
    work();
    timings.push(performance.now() - start);
  }
  return median(timings);
}

/** The middle value (the upper one of an even count). */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
