import { describe, expect, it } from 'vitest';
import { decodeReply, encodeReply } from '../../../../src/shared/engine/reply-text.ts';
import { nnReadJob } from '../../../../src/shared/engine/jobs/nn-read.ts';

/** 5,000 lines: an input and 4,999 layers. */
const bigNetwork = [
  'input 3x32x32',
  ...Array.from({ length: 4_999 }, (_, index) => (index % 2 ? 'relu' : 'conv 8 k3 p1')),
].join('\n');

describe('replies that cross threads as text', () => {
  it('gives back the network read from 5,000 lines as the job returned it', () => {
    const reply = nnReadJob.run(nnReadJob.parse({ text: bigNetwork, detail: 'network' }), {
      reportProgress: () => {},
    });
    const wire = encodeReply('nn:read', reply);
    expect(typeof wire).toBe('string');
    expect(decodeReply('nn:read', wire)).toEqual(reply);
  });

  it('leaves the replies of other jobs as they are (their buffers move without a copy)', () => {
    const reply = { output: new Float32Array([1, 2, 3]) };
    expect(encodeReply('conv:run', reply)).toBe(reply);
    expect(decodeReply('conv:run', reply)).toBe(reply);
  });

  it('refuses a reply that is not the text it should be, as an engine error', () => {
    expect(() => decodeReply('nn:analyze', { ok: true })).toThrow(
      expect.objectContaining({ code: 'INTERNAL', message: 'The reply of nn:analyze was not text.' }),
    );
    expect(() => decodeReply('nn:read', '{"ok":')).toThrow(
      expect.objectContaining({ code: 'INTERNAL', message: 'The reply of nn:read could not be read.' }),
    );
  });
});
