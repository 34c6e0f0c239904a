import { describe, expect, it } from 'vitest';
import { findJob } from '../../../../src/shared/engine/jobs.ts';
import { nnReadJob } from '../../../../src/shared/engine/jobs/nn-read.ts';
import { limits } from '../../../../src/shared/nn/limits.ts';

const context = { reportProgress: () => {} };
const read = (payload: unknown) => nnReadJob.run(nnReadJob.parse(payload), context);

describe('nn:read job', () => {
  it('is registered under its name', () => {
    expect(findJob('nn:read')).toBe(nnReadJob);
  });

  it('reads text into the whole network, or only its outline', () => {
    const text = 'network p2\ninput 3x32x32\n\nconv1: conv 10 k5 p2\nrelu\n';
    const reply = read({ text, detail: 'network' });
    if (!reply.ok || !('network' in reply)) throw new Error('expected the network');
    expect(reply.network.input).toEqual([3, 32, 32]);
    expect(reply.network.layers.map((layer) => layer.name)).toEqual(['conv1', 'relu1']);
    expect(structuredClone(reply)).toEqual(reply);
    expect(read({ text, detail: 'outline' })).toEqual({
      ok: true,
      outline: { name: 'p2', input: [3, 32, 32], layers: 2 },
    });
    // A payload without a detail (an older caller) gets the whole network.
    expect(read({ text })).toEqual(reply);
  });

  it('answers a text that does not read with its problem, never an exception', () => {
    for (const text of [
      'input 3x8x8\n__proto__ toString\n',
      `input 3x8x8\n${'a: add {\n{\n'.repeat(1700)}`,
    ]) {
      const reply = read({ text });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.problem.kind).toBe('syntax');
    }
  });

  it('refuses a payload that is not text, and text over the size limit, naming the field', () => {
    expect(() => nnReadJob.parse({ text: 3 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => nnReadJob.parse(null)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => nnReadJob.parse({ text: '', detail: 'all' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('detail') }),
    );
    expect(() => nnReadJob.parse({ text: 'x'.repeat(limits.textLength + 1) })).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_LARGE', message: expect.stringContaining('text') }),
    );
  });
});
