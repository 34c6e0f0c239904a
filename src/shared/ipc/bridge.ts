import type { EventChannel, EventContract, InvokeChannel, InvokeContract } from './contract.ts';

/**
 * The API the preload exposes on `window.deepdrill`: one function per invoke channel (named by the channel),
 * plus one subscription per event channel. Typed from the contract, so the three sides cannot drift.
 */
export type DeepDrillBridge = {
  invoke: {
    [Channel in InvokeChannel]: (
      ...args: Parameters<InvokeContract[Channel]>
    ) => Promise<ReturnType<InvokeContract[Channel]>>;
  };
  on: { [Channel in EventChannel]: (listener: (event: EventContract[Channel]) => void) => () => void };
};

export const bridgeGlobalName = 'deepdrill';
