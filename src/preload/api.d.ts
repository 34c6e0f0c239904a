import type { DeepDrillBridge } from '../shared/ipc/bridge.ts';

declare global {
  interface Window {
    /** Present only inside the Electron app (see src/preload/index.ts); absent in a plain browser. */
    deepdrill?: DeepDrillBridge;
  }
}
