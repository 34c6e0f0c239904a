import { decodeReply, repliesAsText } from '../../../shared/engine/reply-text.ts';

/**
 * The reply as the job returned it, handed on one task after it was read when it came as text. For the big
 * replies (a 5,000-layer analysis: 10-20 ms of `JSON.parse`) the reading and what the screen then draws from it
 * (30-40 ms) made one task over 50 ms; apart, neither is. Both window hosts read their replies through it.
 */
export async function decodeReplyApart(job: string, wire: unknown): Promise<unknown> {
  const reply = decodeReply(job, wire);
  if (repliesAsText(job)) await new Promise((resolve) => setTimeout(resolve));
  return reply;
}
