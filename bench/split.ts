import type { EngineService } from '../src/main/compute/engine-service.ts';
import { convRunJob, convRunOutputShape } from '../src/shared/engine/jobs/conv-run.ts';
import { convWork } from '../src/shared/engine/split/split-conv-run.ts';
import { splitWorkThreshold } from '../src/shared/engine/split/split-jobs.ts';
import { convCaseRequest, convCases, runOnEngine, type ConvCase } from './conv-cases.ts';
import { createBenchEngine } from './engine-pool.ts';
import type { BenchSuite } from './suite.ts';
import { timeInTurns, type Contender, type Timing } from './turns.ts';

/**
 * Cases around the split threshold beside the conv suite's five: 1x1 layers of 38 M and 51 M multiply-adds.
 */
const thresholdCases: ConvCase[] = [
  {
    name: "(c') 256x28x28 -> 192, 1x1",
    input: [1, 256, 28, 28],
    weight: [192, 256, 1, 1],
    stride: 1,
    pad: 0,
    groups: 1,
  },
  {
    name: "(c'') 256x28x28 -> 256, 1x1",
    input: [1, 256, 28, 28],
    weight: [256, 256, 1, 1],
    stride: 1,
    pad: 0,
    groups: 1,
  },
];

interface SplitRow {
  case: string;
  /** Millions of multiply-adds as the kernels do them (convWork): what the threshold compares. */
  work: number;
  /** What the app's service does with it: split above splitWorkThreshold, whole below. */
  app: 'split' | 'whole';
  split: Timing;
  whole: Timing;
  oneThread: Timing;
  /** Whether the app's choice was the faster of the two here (wall medians); 'tie' within 3 %. */
  appFaster: 'yes' | 'no' | 'tie';
}

async function benchCase(
  services: { split: EngineService; whole: EngineService },
  testCase: ConvCase,
): Promise<SplitRow> {
  const { payload, freshPayload } = convCaseRequest(testCase);
  const request = convRunJob.parse(payload);
  const through = (engine: EngineService): Contender => ({
    prepare() {
      const fresh = freshPayload();
      return () => runOnEngine(engine, 'conv:run', fresh);
    },
  });
  // Into one reused buffer, as in the conv suite: fresh memory each run would measure page faults.
  const output = new Float32Array(convRunOutputShape(request).reduce((a, b) => a * b, 1));
  const oneThread = () =>
    convRunJob.run(convRunJob.parse(payload), {
      reportProgress() {},
      outputFloat32: (length) => output.subarray(0, length),
    });
  const [split, whole, inThread] = await timeInTurns(
    [through(services.split), through(services.whole), oneThread],
    41,
    20,
  );
  const work = convWork(request);
  const app = work >= splitWorkThreshold ? 'split' : 'whole';
  const [chosen, other] = app === 'split' ? [split!, whole!] : [whole!, split!];
  const appFaster =
    Math.abs(chosen.wallMs - other.wallMs) <= 0.03 * other.wallMs
      ? 'tie'
      : chosen.wallMs < other.wallMs
        ? 'yes'
        : 'no';
  return {
    case: testCase.name,
    work: work / 1e6,
    app,
    split: split!,
    whole: whole!,
    oneThread: inThread!,
    appFaster,
  };
}

function format(row: SplitRow): string {
  const ms = (timing: Timing) => `${timing.wallMs.toFixed(2)} ms`.padStart(10);
  return [
    row.case.padEnd(38),
    `${row.work.toFixed(1)} M`.padStart(9),
    row.app.padEnd(5),
    ms(row.split),
    ms(row.whole),
    ms(row.oneThread),
    row.appFaster,
  ].join(' | ');
}

/**
 * Where splitting a job across the workers pays (the evidence for splitWorkThreshold): each case through a
 * service that always splits and one that never does, and on one thread in-process, in turns.
 */
export const splitSuite: BenchSuite = {
  name: 'split',
  summary: `where splitting a conv:run across the workers pays: always split vs never split through main's pool, vs one thread (the app splits at ${splitWorkThreshold / 1e6} M multiply-adds as the kernels do them)`,
  async run(print) {
    print('Wall medians of 41 runs in turns, after 20 warm-up turns; each run starts from 5 ms idle.');
    print(
      `${'case'.padEnd(38)} | ${'work'.padStart(9)} | app   | ${'split'.padStart(10)} | ${'whole'.padStart(10)} | ${'1 thread'.padStart(10)} | app's choice faster`,
    );
    const services = { split: createBenchEngine(0), whole: createBenchEngine(Infinity) };
    const rows: SplitRow[] = [];
    try {
      for (const testCase of [...convCases, ...thresholdCases]) {
        const row = await benchCase(services, testCase);
        rows.push(row);
        print(format(row));
      }
    } finally {
      await Promise.all([services.split.close(), services.whole.close()]);
    }
    return rows;
  },
};
