import type { EngineService } from '../src/main/compute/engine-service.ts';
import type { JobName } from '../src/shared/engine/job-names.ts';
import { convRunJob, convRunOutputShape } from '../src/shared/engine/jobs/conv-run.ts';
import { imageFilterJob } from '../src/shared/engine/jobs/image-filter.ts';
import { imageMultiplyAdds } from '../src/shared/engine/split/split-image-filter.ts';
import { convWork } from '../src/shared/engine/split/split-conv-run.ts';
import { splitWorkThreshold } from '../src/shared/engine/split/split-jobs.ts';
import { convCaseRequest, convCases, runOnEngine, type ConvCase } from './conv-cases.ts';
import { createBenchEngine, plannedParts } from './engine-pool.ts';
import type { BenchSuite } from './suite.ts';
import { timeInTurns, type Contender, type Timing } from './turns.ts';

/**
 * Cases around the split threshold beside the conv suite's five: case (c) with more output channels, 1x1 layers
 * of 38 M and 51 M multiply-adds.
 */
const pointwise = convCases.find((testCase) => testCase.name.startsWith('(c)'))!;
const thresholdCases: ConvCase[] = [
  { ...pointwise, name: "(c') 256x28x28 -> 192, 1x1", weight: [192, 256, 1, 1] },
  { ...pointwise, name: "(c'') 256x28x28 -> 256, 1x1", weight: [256, 256, 1, 1] },
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

/** A job to time three ways: its payload (fresh for each pooled run), its work, and itself on one thread. */
interface SplitCase {
  name: string;
  job: JobName;
  freshPayload(): unknown;
  /** What the split threshold compares (convWork, imageMultiplyAdds), to print beside the choice. */
  work: number;
  runOneThread(): unknown;
}

function convSplitCase(testCase: ConvCase): SplitCase {
  const { payload, freshPayload } = convCaseRequest(testCase);
  const request = convRunJob.parse(payload);
  // Into one reused buffer, as in the conv suite: fresh memory each run would measure page faults.
  const output = new Float32Array(convRunOutputShape(request).reduce((a, b) => a * b, 1));
  return {
    name: testCase.name,
    job: 'conv:run',
    freshPayload,
    work: convWork(request),
    runOneThread: () =>
      convRunJob.run(convRunJob.parse(payload), {
        reportProgress() {},
        outputFloat32: (length) => output.subarray(0, length),
      }),
  };
}

/** An RGB photo size through the lab's 5x5 Gaussian, per channel, borders reflected. */
function imageSplitCase(width: number, height: number): SplitCase {
  const pixels = Uint8ClampedArray.from({ length: width * height * 4 }, (_, index) => (index * 97) % 256);
  const payloadWith = (data: Uint8ClampedArray) => ({
    width,
    height,
    pixels: data,
    kernel: { name: 'gaussian', size: 5 },
    border: 'reflect',
    colour: 'per-channel',
    display: 'clamp',
  });
  // The job writes into its request's pixels, so one copy serves every run: the work does not depend on them.
  const request = imageFilterJob.parse(payloadWith(pixels.slice()));
  return {
    name: `image ${width}x${height}, 5x5 Gaussian`,
    job: 'image:filter',
    freshPayload: () => payloadWith(pixels.slice()),
    work: imageMultiplyAdds(request),
    runOneThread: () => imageFilterJob.run(request, { reportProgress() {} }),
  };
}

async function benchCase(
  services: { split: EngineService; whole: EngineService },
  testCase: SplitCase,
): Promise<SplitRow> {
  const through = (engine: EngineService): Contender => ({
    prepare() {
      const fresh = testCase.freshPayload();
      return () => runOnEngine(engine, testCase.job, fresh);
    },
  });
  const [split, whole, inThread] = await timeInTurns(
    [through(services.split), through(services.whole), testCase.runOneThread],
    41,
    20,
  );
  // The app's choice, from the service's own planner rather than a copy of its rule.
  const app = plannedParts(testCase.job, testCase.freshPayload()) > 1 ? 'split' : 'whole';
  const [chosen, other] = app === 'split' ? [split!, whole!] : [whole!, split!];
  const appFaster =
    Math.abs(chosen.wallMs - other.wallMs) <= 0.03 * other.wallMs
      ? 'tie'
      : chosen.wallMs < other.wallMs
        ? 'yes'
        : 'no';
  return {
    case: testCase.name,
    work: testCase.work / 1e6,
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
  summary: `where splitting a job across the workers pays: always split vs never split through main's pool, vs one thread (the app splits at ${splitWorkThreshold / 1e6} M multiply-adds as the kernels do them)`,
  async run(print) {
    print('Wall medians of 41 runs in turns, after 20 warm-up turns; each run starts from 5 ms idle.');
    print(
      `${'case'.padEnd(38)} | ${'work'.padStart(9)} | app   | ${'split'.padStart(10)} | ${'whole'.padStart(10)} | ${'1 thread'.padStart(10)} | app's choice faster`,
    );
    const services = { split: createBenchEngine(0), whole: createBenchEngine(Infinity) };
    const rows: SplitRow[] = [];
    try {
      const cases = [
        ...[...convCases, ...thresholdCases].map(convSplitCase),
        // Around the threshold: 23 M and 42 M multiply-adds.
        imageSplitCase(640, 480),
        imageSplitCase(1000, 560),
      ];
      for (const testCase of cases) {
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
