/** One part of a job: a payload in the job's own payload format, and the fresh buffers it may move. */
export interface JobPart {
  payload: unknown;
  /** Buffers made for this part alone (slices of the request), so moving them to a worker costs nothing. */
  transfer: ArrayBuffer[];
  /** Shared memory the part's reply should be written into (see JobContext.outputFloat32). */
  output?: Float32Array;
}

/**
 * How a host runs one request: its parts (one part is the payload itself) and how their replies become the
 * reply of the whole request, exactly as the unsplit job would answer.
 */
export interface JobPlan {
  parts: JobPart[];
  /**
   * Every part lives in shared memory (nothing to move), so any worker may run any part: a host whose workers
   * share its memory hands the whole list to every worker, and each claims the next part nobody has taken
   * (runClaimedPlan). A faster core, or a worker that woke sooner, simply runs more parts.
   */
  claimable?: boolean;
  merge(replies: unknown[]): unknown;
}

/** The plan of a request that runs whole: its payload, as the caller sent it, moving the buffers the host owns. */
export function wholePlan(payload: unknown, transfer: ArrayBuffer[] = []): JobPlan {
  return { parts: [{ payload, transfer }], merge: (replies) => replies[0] };
}

/**
 * `total` items in `count` contiguous ranges [start, end) whose sizes differ by at most one (none empty when
 * count <= total).
 */
export function evenRanges(total: number, count: number): Array<[start: number, end: number]> {
  const ranges: Array<[number, number]> = [];
  for (let index = 0; index < count; index++) {
    const start = Math.floor((index * total) / count);
    const end = Math.floor(((index + 1) * total) / count);
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}

/** How a split shares `total` items (rows, channels, groups) out as `count` contiguous ranges, in claim order. */
export interface Partition {
  count: number;
  ranges(total: number): Array<[start: number, end: number]>;
}

/** `count` ranges of equal size (evenRanges): one part per worker, each moved to its own. */
export function evenPartition(count: number): Partition {
  return { count, ranges: (total) => evenRanges(total, count) };
}

/**
 * Two rounds of parts for `workers` workers that claim them (JobPlan.claimable): first one part each of 70 % of
 * the work together, then one each of the last 30 %, the way OpenMP's guided schedule shrinks its chunks. On
 * equal cores each worker runs one large and one small part; when one core runs at 0.6 of the other's speed
 * (measured on this project's VM, changing from minute to minute) the fast one also takes the slow one's second
 * part, and the job ends at 0.65 of one core's time instead of 0.8 with four equal parts. Measured through the
 * pool, more parts cost more than they balance: each has its halo, its set-up and its worker's start.
 */
export function guidedPartition(workers: number): Partition {
  return {
    count: 2 * workers,
    ranges(total) {
      const boundary = Math.round(total * 0.7);
      const second = evenRanges(total - boundary, workers).map(([start, end]): [number, number] => [
        start + boundary,
        end + boundary,
      ]);
      return [...evenRanges(boundary, workers), ...second];
    },
  };
}
