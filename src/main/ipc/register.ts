import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { EngineError } from '../../shared/engine/engine-error.ts';
import { invokeChannels, type InvokeChannel, type IpcResult } from '../../shared/ipc/contract.ts';
import type { InvokeHandlers } from './invoke-handlers.ts';
import { refuseSender, type TrustedSender } from './sender.ts';

/**
 * Answers one invoke: sender first, then the handler; always an IpcResult, whatever the handler or the
 * payload does (Electron would keep only an Error's message, and the renderer needs the code).
 */
export async function answerInvoke<Channel extends InvokeChannel>(
  handlers: InvokeHandlers,
  channel: Channel,
  trusted: TrustedSender,
  event: IpcMainInvokeEvent,
  args: unknown[],
): Promise<IpcResult<unknown>> {
  const refusal = refuseSender(event, trusted);
  if (refusal) return { ok: false, error: EngineError.refusing(refusal).toData() };
  try {
    return { ok: true, value: await handlers[channel](event, ...args) };
  } catch (thrown) {
    return { ok: false, error: EngineError.from(thrown).toData() };
  }
}

/** Exactly one `ipcMain.handle` per channel of the contract, each behind the sender check. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: InvokeHandlers,
  trustedSender: () => TrustedSender,
): void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      answerInvoke(handlers, channel, trustedSender(), event, args),
    );
  }
}
