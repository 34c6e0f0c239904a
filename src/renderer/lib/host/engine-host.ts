import type { JobName, JobReply, JobPayload } from '../../../shared/engine/jobs.ts';

export interface RunOptions {
  /** Aborting cancels the job (a running job stops at its next cancel check); the promise rejects with CANCELLED. */
  signal?: AbortSignal;
  /**
   * A newer request of the same lane cancels this one, waiting or running ("calculator:analysis"): what a
   * keystroke does to the analysis of the previous one. The WebHost supersedes in its pool; the ElectronHost
   * leaves it to the caller's signal, which it forwards to main as a cancel.
   */
  lane?: string;
  /** Called with a fraction in [0, 1] while a long job runs. */
  onProgress?: (fraction: number) => void;
  /** Buffers of the payload to move to the worker instead of copying (the caller must not use them after). */
  transfer?: ArrayBuffer[];
}

/**
 * The only way the renderer reaches the engine. In the app it is Electron IPC to main's worker pool; in a plain
 * browser (tests, `npm run web`) it is a Web Worker running the same src/shared code. Screens never know which.
 */
export interface EngineHost {
  readonly kind: 'electron' | 'web';
  run<Name extends JobName>(
    job: Name,
    payload: JobPayload<Name>,
    options?: RunOptions,
  ): Promise<JobReply<Name>>;
}
