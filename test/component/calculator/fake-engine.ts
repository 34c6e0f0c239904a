import { EngineError } from '../../../src/shared/engine/engine-error.ts';
import { nnAnalyzeJob, type NnAnalyzeRequest } from '../../../src/shared/engine/jobs/nn-analyze.ts';
import { nnReadJob } from '../../../src/shared/engine/jobs/nn-read.ts';
import type { CalculatorDependencies } from '../../../src/renderer/features/calculator/calculator-store.svelte.ts';
import type { CalculatorSettings } from '../../../src/renderer/features/calculator/calculator-settings.ts';

/**
 * The engine host as the calculator sees it, running the real `nn:analyze` and `nn:read` jobs after `delayMs` (a
 * timer, so tests can hold a request in flight), honouring AbortSignal like the Web Worker host: an aborted
 * request rejects with CANCELLED and never resolves. `requests` lists the analyses, `reads` the readings.
 */
export function fakeEngine(delayMs = 0) {
  const requests: { payload: NnAnalyzeRequest; signal: AbortSignal | undefined }[] = [];
  const reads: { text: string; signal: AbortSignal | undefined }[] = [];
  const jobs = { 'nn:analyze': nnAnalyzeJob, 'nn:read': nnReadJob } as const;
  const host = {
    run(job: 'nn:analyze' | 'nn:read', payload: unknown, options: { signal?: AbortSignal } = {}) {
      const { signal } = options;
      if (job === 'nn:read') reads.push({ text: (payload as { text: string }).text, signal });
      else requests.push({ payload: payload as NnAnalyzeRequest, signal });
      const definition = jobs[job] as unknown as typeof nnAnalyzeJob;
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(new EngineError('CANCELLED', 'Cancelled before it started.'));
        const timer = setTimeout(() => {
          try {
            resolve(definition.run(definition.parse(payload), { reportProgress: () => {} }));
          } catch (thrown) {
            reject(EngineError.from(thrown));
          }
        }, delayMs);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new EngineError('CANCELLED', 'Cancelled while running.'));
        });
      });
    },
  } as unknown as CalculatorDependencies['host'];
  return { host, requests, reads };
}

/** Settings kept in a map, as lib/db/settings.ts keeps them in IndexedDB. */
export function memoryStorage(initial?: CalculatorSettings) {
  const saved = new Map<string, unknown>(initial ? [['calculator', initial]] : []);
  const storage: CalculatorDependencies['storage'] = {
    load: async (key) => saved.get(key),
    save: async (key, value) => {
      saved.set(key, structuredClone(value));
    },
  };
  return { storage, saved };
}
