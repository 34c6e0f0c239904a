import type { IpcMainInvokeEvent } from 'electron';
import type { InvokeChannel, InvokeContract, IpcResult } from '../../shared/ipc/contract.ts';

/** The value a channel answers on success. */
export type InvokeValue<Channel extends InvokeChannel> =
  ReturnType<InvokeContract[Channel]> extends IpcResult<infer Value> ? Value : never;

/**
 * A handler receives the renderer's arguments as `unknown` (they are untrusted until checked), answers the
 * channel's value, and throws an EngineError naming the field when something is wrong. The registration wraps
 * every handler, so a throw becomes `{ ok: false, error }` and never crosses IPC as an exception.
 */
export type InvokeHandler<Channel extends InvokeChannel> = (
  event: IpcMainInvokeEvent,
  ...args: unknown[]
) => InvokeValue<Channel> | Promise<InvokeValue<Channel>>;

export type InvokeHandlers<Channel extends InvokeChannel = InvokeChannel> = {
  [Name in Channel]: InvokeHandler<Name>;
};
