import { contextBridge, ipcRenderer } from 'electron';
import { eventChannels, invokeChannels } from '../shared/ipc/contract.ts';
import { bridgeGlobalName, type DeepDrillBridge } from '../shared/ipc/bridge.ts';

/**
 * One function per channel, built from the contract's channel list: the renderer never gets a generic
 * `invoke(channel, …)` or `ipcRenderer` itself (Electron security checklist, item 20).
 */
const invoke = Object.fromEntries(
  invokeChannels.map((channel) => [channel, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
) as DeepDrillBridge['invoke'];

const on = Object.fromEntries(
  eventChannels.map((channel) => [
    channel,
    (listener: (event: unknown) => void) => {
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  ]),
) as DeepDrillBridge['on'];

const bridge: DeepDrillBridge = { invoke, on };
contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
