import type { IpcMainInvokeEvent } from 'electron';
import type { EngineRefusalOf } from '../../shared/engine/refusal.ts';
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

type SenderRefusal = EngineRefusalOf<'untrustedSender'>;

/**
 * Why a message is refused, as an engine refusal (worded like any other), or undefined when it comes from our
 * window's main frame on our origin (VS Code's rule: main answers nobody else — not an iframe, not another
 * window, not a page that navigated away).
 */
export function refuseSender(event: SenderEvent, trusted: TrustedSender): SenderRefusal | undefined {
  const refused = (why: SenderRefusal['why'], origin: string | null = null): SenderRefusal => ({
    code: 'untrustedSender',
    why,
    origin,
  });
  const frame = event.senderFrame;
  if (!frame) return refused('frameGone');
  if (trusted.contentsId === undefined || event.sender.id !== trusted.contentsId)
    return refused('otherWindow');
  if (frame.parent !== null) return refused('subframe');
  const origin = originOf(frame.url);
  if (origin !== trusted.origin) return refused('otherOrigin', origin ?? null);
  return undefined;
}
