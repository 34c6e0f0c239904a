import type { ConvTraceStep, PoolTraceStep } from '../../../shared/conv/trace.ts';
import { resizeGrid } from './grid-text.ts';
import { exampleDraft, findExample, labExamples, type LabExample } from './lab-examples.ts';
import {
  engineProblem,
  isCancellation,
  requestTrace,
  type EngineProblem,
  type LabHost,
} from './lab-engine.ts';
import { opCasePayload, readSetup, type LabDraft, type LabMode, type LabSetup } from './lab-setup.ts';
import {
  initialPlayback,
  retarget,
  rewind,
  showStep,
  skipToEnd,
  stepBack,
  stepForward,
  stepInterval,
  togglePlay,
  type Playback,
  type Speed,
} from './playback.ts';

/** The traces of one setup: cross-correlation, and the true convolution beside it when asked. */
export type LabTrace =
  | {
      mode: 'conv';
      key: string;
      setup: LabSetup;
      outputSize: [number, number];
      steps: ConvTraceStep[];
      flipped: ConvTraceStep[] | null;
    }
  | {
      mode: 'max' | 'avg';
      key: string;
      setup: LabSetup;
      outputSize: [number, number];
      steps: PoolTraceStep[];
      flipped: null;
    };

export interface MatrixLabDependencies {
  host: LabHost;
  /** Calls `tick` every `milliseconds` until the returned function is called (setInterval in the app). */
  every?: (tick: () => void, milliseconds: number) => () => void;
}

const defaultEvery = (tick: () => void, milliseconds: number) => {
  const timer = setInterval(tick, milliseconds);
  return () => clearInterval(timer);
};

/**
 * The matrix lab (a store class, immich's shape): the fields as typed, the engine's trace of the setup they
 * describe, and the animation over it. Traces always come from the engine (`conv:trace`); nothing here
 * recomputes a convolution.
 */
export class MatrixLabStore {
  draft = $state<LabDraft>(exampleDraft(labExamples[0]!));
  flip = $state(false);
  exampleId = $state<string | null>(labExamples[0]!.id);
  trace = $state.raw<LabTrace | null>(null);
  problem = $state.raw<EngineProblem | null>(null);
  loading = $state(false);
  playback = $state.raw<Playback>(initialPlayback(0));
  speed = $state<Speed>(1);
  /** The output cell under the pointer: its window is shown instead of the animation's. */
  inspected = $state<number | null>(null);

  readonly read = $derived(readSetup(this.draft));
  /** Identifies the request the fields describe; a trace is fetched when it changes. */
  readonly requestKey = $derived(
    this.read.setup ? JSON.stringify([this.read.setup, this.flip && this.read.setup.mode === 'conv']) : null,
  );
  readonly example = $derived<LabExample | undefined>(
    this.exampleId ? findExample(this.exampleId) : undefined,
  );
  /** The step whose window is highlighted: the inspected cell, else the animation's current one. */
  readonly shownIndex = $derived(this.inspected ?? (this.playback.done > 0 ? this.playback.done - 1 : null));

  #stopTimer: (() => void) | undefined;
  #request: AbortController | undefined;
  readonly #every: NonNullable<MatrixLabDependencies['every']>;

  constructor(private readonly dependencies: MatrixLabDependencies) {
    this.#every = dependencies.every ?? defaultEvery;
  }

  loadExample = (id: string): void => {
    const example = findExample(id);
    if (!example) return;
    this.draft = exampleDraft(example);
    this.flip = example.flip;
    this.exampleId = id;
    this.#setPlayback(initialPlayback(this.playback.total));
  };

  /** Any edit leaves the example (its stated answer no longer applies). */
  edited = (): void => {
    this.exampleId = null;
  };

  setMode = (mode: LabMode): void => {
    this.draft.mode = mode;
    this.edited();
  };

  resizeInput = (rows: number, columns: number): void => {
    this.draft.input = resizeGrid(this.draft.input, rows, columns);
    this.edited();
  };

  resizeKernel = (rows: number, columns: number): void => {
    this.draft.kernel = resizeGrid(this.draft.kernel, rows, columns);
    this.edited();
  };

  setFlip = (flip: boolean): void => {
    this.flip = flip;
    const example = this.example;
    if (example && example.flip !== flip) this.exampleId = null;
  };

  /**
   * Fetches the trace for the current fields unless it is already shown; a newer request cancels an older one.
   * The screen calls this whenever `requestKey` changes.
   */
  syncTrace = async (): Promise<void> => {
    const setup = this.read.setup;
    const key = this.requestKey;
    if (!setup || !key) {
      this.#request?.abort();
      this.trace = null;
      this.problem = null;
      this.loading = false;
      this.#setPlayback(initialPlayback(0));
      return;
    }
    if (this.trace?.key === key) return;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    const host = this.dependencies.host;
    const flipped = setup.mode === 'conv' && this.flip;
    try {
      const [main, other] = await Promise.all([
        requestTrace(host, opCasePayload(setup, false), request.signal),
        flipped ? requestTrace(host, opCasePayload(setup, true), request.signal) : null,
      ]);
      if (request.signal.aborted) return;
      const outputSize: [number, number] = [main.trace.outputShape[2], main.trace.outputShape[3]];
      this.trace =
        main.op === 'conv2d'
          ? {
              mode: 'conv',
              key,
              setup,
              outputSize,
              steps: main.trace.steps,
              flipped: other?.op === 'conv2d' ? other.trace.steps : null,
            }
          : {
              mode: setup.mode === 'max' ? 'max' : 'avg',
              key,
              setup,
              outputSize,
              steps: main.trace.steps,
              flipped: null,
            };
      this.problem = null;
      this.inspected = null;
      this.#setPlayback(retarget(this.playback, main.trace.steps.length));
    } catch (thrown) {
      if (request.signal.aborted || isCancellation(thrown)) return;
      this.trace = null;
      this.problem = engineProblem(thrown);
      this.#setPlayback(initialPlayback(0));
    } finally {
      if (this.#request === request) this.loading = false;
    }
  };

  /** Whether the engine's result equals the example's stated answer (null when not on an untouched example). */
  get matchesExample(): boolean | null {
    const example = this.example;
    const trace = this.trace;
    if (!example || !trace) return null;
    const steps = example.flip ? trace.flipped : trace.steps;
    if (!steps) return null;
    const values = steps.map((step) => ('sum' in step ? step.sum : step.result));
    return (
      values.length === example.expected.flat().length &&
      values.every((value, index) => value === example.expected.flat()[index])
    );
  }

  stepForward = (): void => this.#setPlayback(stepForward(this.playback));
  stepBack = (): void => this.#setPlayback(stepBack(this.playback));
  rewind = (): void => this.#setPlayback(rewind(this.playback));
  skipToEnd = (): void => this.#setPlayback(skipToEnd(this.playback));
  togglePlay = (): void => this.#setPlayback(togglePlay(this.playback));
  pause = (): void => {
    if (this.playback.playing) this.togglePlay();
  };
  showStep = (index: number): void => this.#setPlayback(showStep(this.playback, index));

  setSpeed = (speed: Speed): void => {
    this.speed = speed;
    if (this.playback.playing) this.#startTimer();
  };

  /** Stops the animation's timer and any trace request (the screen is leaving). */
  dispose = (): void => {
    this.#stopTimer?.();
    this.#stopTimer = undefined;
    this.#request?.abort();
  };

  #setPlayback(next: Playback): void {
    const wasPlaying = this.playback.playing;
    this.playback = next;
    if (next.playing && !wasPlaying) this.#startTimer();
    if (!next.playing) {
      this.#stopTimer?.();
      this.#stopTimer = undefined;
    }
  }

  #startTimer(): void {
    this.#stopTimer?.();
    this.#stopTimer = this.#every(() => this.stepForward(), stepInterval(this.speed));
  }
}
