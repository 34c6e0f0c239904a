import type { DeepDrillBridge } from '../../../shared/ipc/bridge.ts';
import { eventChannels, invokeChannels } from '../../../shared/ipc/contract.ts';

/**
 * Why the app's engine cannot be reached: inside Electron the preload must have put a complete bridge on
 * `window.deepdrill`. Without one the app would half-work on a browser engine in the page, so it stops and says
 * so instead (PreloadFailure.svelte); in a plain browser, the WebHost is the engine.
 */
export type HostFailure =
  { code: 'preload-missing' } | { code: 'preload-incomplete'; missing: readonly string[] };

export type EngineChoice =
  { kind: 'electron'; bridge: DeepDrillBridge } | { kind: 'web' } | { kind: 'failed'; failure: HostFailure };

/** Inside the app: served on app://, or (npm run dev) a page whose user agent names Electron. */
export function isInsideElectron(userAgent: string, protocol: string): boolean {
  return protocol === 'app:' || /\bElectron\/\d/.test(userAgent);
}

/** The channels a bridge lacks: each must be a function under `invoke` or `on`, as the preload builds it. */
export function missingChannels(candidate: unknown): string[] {
  const group = (name: 'invoke' | 'on'): Record<string, unknown> => {
    const value = (candidate as Record<string, unknown> | null)?.[name];
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  };
  const invoke = group('invoke');
  const on = group('on');
  return [
    ...invokeChannels.filter((channel) => typeof invoke[channel] !== 'function').map((c) => `invoke.${c}`),
    ...eventChannels.filter((channel) => typeof on[channel] !== 'function').map((c) => `on.${c}`),
  ];
}

export function chooseEngine(insideElectron: boolean, candidate: unknown): EngineChoice {
  if (candidate === undefined || candidate === null) {
    return insideElectron ? { kind: 'failed', failure: { code: 'preload-missing' } } : { kind: 'web' };
  }
  const missing = missingChannels(candidate);
  if (missing.length > 0) return { kind: 'failed', failure: { code: 'preload-incomplete', missing } };
  return { kind: 'electron', bridge: candidate as DeepDrillBridge };
}
