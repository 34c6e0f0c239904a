import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../../src/shared/ipc/contract.ts';
import PreloadFailure from '../../../src/renderer/components/PreloadFailure.svelte';
import {
  chooseEngine,
  isInsideElectron,
  missingChannels,
} from '../../../src/renderer/lib/host/bridge-check.ts';

/** A bridge as the preload builds it: one function per channel. */
function completeBridge() {
  return {
    invoke: Object.fromEntries(invokeChannels.map((channel) => [channel, () => Promise.resolve()])),
    on: Object.fromEntries(eventChannels.map((channel) => [channel, () => () => {}])),
  };
}

const electronAgent =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) DeepDrill/0.1.0 Chrome/140.0.0.0 Electron/45.5.0 Safari/537.36';
const chromeAgent =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

describe('isInsideElectron', () => {
  it('is true on app:// and for an Electron user agent (the dev server), false in a browser', () => {
    expect(isInsideElectron(chromeAgent, 'app:')).toBe(true);
    expect(isInsideElectron(electronAgent, 'http:')).toBe(true);
    expect(isInsideElectron(chromeAgent, 'http:')).toBe(false);
  });
});

describe('chooseEngine', () => {
  it('uses a complete bridge, in or out of Electron', () => {
    const bridge = completeBridge();
    expect(chooseEngine(true, bridge)).toEqual({ kind: 'electron', bridge });
  });

  it('uses the WebHost in a plain browser, which has no bridge', () => {
    expect(chooseEngine(false, undefined)).toEqual({ kind: 'web' });
  });

  it('fails, instead of falling back to the browser engine, when Electron has no bridge', () => {
    expect(chooseEngine(true, undefined)).toEqual({ kind: 'failed', failure: { code: 'preload-missing' } });
  });

  it('fails on a bridge that a broken preload left incomplete, naming what is missing', () => {
    const bridge = completeBridge();
    delete bridge.invoke['app:info'];
    bridge.on['engine:progress'] = 'not a function' as never;
    expect(chooseEngine(true, bridge)).toEqual({
      kind: 'failed',
      failure: { code: 'preload-incomplete', missing: ['invoke.app:info', 'on.engine:progress'] },
    });
    expect(missingChannels(42)).toHaveLength(invokeChannels.length + eventChannels.length);
    expect(missingChannels({ invoke: null, on: [] })).toHaveLength(
      invokeChannels.length + eventChannels.length,
    );
  });
});

describe('PreloadFailure', () => {
  afterEach(cleanup);

  it('says in both languages that the preload did not load, and how to go on', () => {
    render(PreloadFailure, { failure: { code: 'preload-missing' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('DeepDrill 无法启动');
    expect(alert.textContent).toContain('预加载脚本（preload）没有加载');
    expect(alert.textContent).toContain("The app's preload script did not load");
    expect(alert.textContent).toContain('npm run web');
  });

  it('lists the missing channels of an incomplete bridge', () => {
    render(PreloadFailure, {
      failure: { code: 'preload-incomplete', missing: ['invoke.app:info', 'on.engine:progress'] },
    });
    expect(screen.getByRole('alert').textContent).toContain('Missing: invoke.app:info, on.engine:progress.');
    expect(screen.getByRole('alert').textContent).toContain('缺少：invoke.app:info, on.engine:progress。');
  });
});

describe('lib/host in Electron without a preload', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // Importing lib/host compiles the engine's modules: slow on a busy machine.
  it('reports the failure for main.ts and never computes in the page', { timeout: 60_000 }, async () => {
    vi.stubGlobal('navigator', { userAgent: electronAgent, hardwareConcurrency: 2 });
    const { engineHost, hostFailure } = await import('../../../src/renderer/lib/host/index.ts');
    expect(hostFailure).toEqual({ code: 'preload-missing' });
    await expect(engineHost.run('nn:analyze', {} as never)).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('keeps the WebHost in a plain browser', { timeout: 60_000 }, async () => {
    vi.stubGlobal('navigator', { userAgent: chromeAgent, hardwareConcurrency: 2 });
    const { engineHost, hostFailure } = await import('../../../src/renderer/lib/host/index.ts');
    expect(hostFailure).toBeUndefined();
    expect(engineHost.kind).toBe('web');
  });
});
