import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../../src/shared/ipc/contract.ts';
import type { DeepDrillBridge } from '../../../src/shared/ipc/bridge.ts';

const exposed = new Map<string, unknown>();
const ipcRenderer = {
  invoke: vi.fn(async () => ({ ok: true, value: 'answer' })),
  on: vi.fn(),
  removeListener: vi.fn(),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer,
}));

await import('../../../src/preload/index.ts');
const bridge = exposed.get('deepdrill') as DeepDrillBridge;

describe('the preload bridge', () => {
  it('exposes one global with exactly one function per channel, and nothing generic', () => {
    expect([...exposed.keys()]).toEqual(['deepdrill']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(bridge.invoke).sort()).toEqual([...invokeChannels].sort());
    expect(Object.keys(bridge.on).sort()).toEqual([...eventChannels].sort());
    for (const value of [...Object.values(bridge.invoke), ...Object.values(bridge.on)]) {
      expect(typeof value).toBe('function');
    }
    const everything: unknown[] = [...Object.values(bridge), ...Object.values(bridge.invoke)];
    expect(everything).not.toContain(ipcRenderer);
  });

  it('invokes each channel under its own name', async () => {
    for (const channel of invokeChannels) {
      ipcRenderer.invoke.mockClear();
      const invoke = bridge.invoke[channel] as (...args: unknown[]) => Promise<unknown>;
      await expect(invoke({ requestId: 'r', payload: 1 })).resolves.toEqual({ ok: true, value: 'answer' });
      expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, { requestId: 'r', payload: 1 });
    }
  });

  it('passes event payloads to listeners without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.on['engine:progress'](listener);
    const [channel, wrapped] = ipcRenderer.on.mock.calls[0]! as [string, (...args: unknown[]) => void];
    expect(channel).toBe('engine:progress');
    wrapped({ sender: ipcRenderer }, { requestId: 'r', fraction: 0.25 });
    expect(listener.mock.calls).toEqual([[{ requestId: 'r', fraction: 0.25 }]]);
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('engine:progress', wrapped);
  });
});
