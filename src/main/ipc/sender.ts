import type { IpcMainInvokeEvent } from 'electron';
import { originOf } from '../security.ts';

/** The parts of an invoke event the sender check reads (a WebFrameMain has many more). */
export type SenderEvent = {
  sender: Pick<IpcMainInvokeEvent['sender'], 'id'>;
  senderFrame: Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url' | 'parent'> | null;
};

export interface TrustedSender {
  /** The id of our window's WebContents, or undefined while there is no window. */
  contentsId: number | undefined;
  /** app://bundle, or the dev server's origin in development. */
  origin: string;
}

/**
 * Why a message is refused, or undefined when it comes from our window's main frame on our origin (VS Code's
 * rule: main answers nobody else — not an iframe, not another window, not a page that navigated away).
 */
export function refuseSender(event: SenderEvent, trusted: TrustedSender): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return 'the sending frame is gone';
  if (trusted.contentsId === undefined || event.sender.id !== trusted.contentsId) return 'not our window';
  if (frame.parent !== null) return 'not the main frame';
  const origin = originOf(frame.url);
  if (origin !== trusted.origin) return `origin ${origin ?? 'unknown'} is not ${trusted.origin}`;
  return undefined;
}
