/**
 * How many engine workers a host runs, from the cores it sees (Node's availableParallelism, a browser's
 * navigator.hardwareConcurrency): one per core, at most two: a study tool runs one job at a time, plus the one it
 * supersedes, and a large job's parts run on both.
 */
export function defaultPoolSize(cores: number): number {
  return Math.max(1, Math.min(2, Math.floor(cores) || 1));
}
