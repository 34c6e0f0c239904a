import { describe, expect, it, vi } from 'vitest';
import { decodeReplyApart } from '../../../src/renderer/lib/host/decode-apart.ts';

describe('a reply read apart from what is drawn from it', () => {
  it('hands a text reply on one task after reading it, and any other reply at once', async () => {
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      void decodeReplyApart('nn:analyze', '{"ok":true}').then(() => seen.push('text'));
      void decodeReplyApart('conv:run', { output: 1 }).then(() => seen.push('other'));
      await Promise.resolve();
      await Promise.resolve();
      expect(seen).toEqual(['other']);
      await vi.advanceTimersByTimeAsync(0);
      expect(seen).toEqual(['other', 'text']);
      await expect(decodeReplyApart('nn:read', '{"ok":')).rejects.toMatchObject({ code: 'INTERNAL' });
    } finally {
      vi.useRealTimers();
    }
  });
});
