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
