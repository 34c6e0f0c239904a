import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../../src/shared/engine/engine-error.ts';
import { findJob } from '../../../../src/shared/engine/jobs.ts';
import { nnAnalyzeJob } from '../../../../src/shared/engine/jobs/nn-analyze.ts';
import { handleWorkerMessage } from '../../../../src/shared/engine/run-in-worker.ts';
import { decodeReply } from '../../../../src/shared/engine/reply-text.ts';
import type { AnalyzeOutcome } from '../../../../src/shared/nn/analysis.ts';
import type { FromWorker } from '../../../../src/shared/engine/worker-protocol.ts';

const context = { reportProgress: () => {} };

function refusal(payload: unknown): EngineError {
  try {
    nnAnalyzeJob.run(nnAnalyzeJob.parse(payload), context);
  } catch (thrown) {
    if (thrown instanceof EngineError) return thrown;
    throw thrown;
  }
  throw new Error('not refused');
}

describe('nn:analyze job', () => {
  it('is registered under its name', () => {
    expect(findJob('nn:analyze')).toBe(nnAnalyzeJob);
  });

  it('analyses a preset, text and JSON', () => {
    const preset = nnAnalyzeJob.run(
      nnAnalyzeJob.parse({ source: { type: 'preset', name: 'alexnet2012' } }),
      context,
    );
    expect(preset.ok && preset.analysis.totals.params.total).toBe(60_965_224);
    const text = nnAnalyzeJob.run(
      nnAnalyzeJob.parse({
        source: { type: 'text', text: 'conv 10 k5 p2' },
        input: [3, 32, 32],
        dtype: 'fp16',
      }),
      context,
    );
    expect(text.ok && text.analysis.layers[1]).toMatchObject({
      output: [10, 32, 32],
      params: { total: 760 },
    });
    expect(text.ok && text.analysis.dtype).toBe('fp16');
    const json = nnAnalyzeJob.run(
      nnAnalyzeJob.parse({
        source: {
          type: 'json',
          network: {
            input: [3, 32, 32],
            layers: [{ name: 'c', kind: 'conv2d', outChannels: 10, kernel: 5, padding: 2 }],
          },
        },
      }),
      context,
    );
    expect(json.ok && json.analysis.totals.params.total).toBe(760);
  });

  it('answers an invalid network with the problem as data: line and column, or layer and field', () => {
    const syntax = nnAnalyzeJob.run(
      nnAnalyzeJob.parse({ source: { type: 'text', text: 'input 3x8x8\nconv 4 k3 q1' } }),
      context,
    );
    expect(syntax).toEqual({
      ok: false,
      problem: expect.objectContaining({ kind: 'syntax', line: 2, column: 11, layer: null }),
    });
    const layer = nnAnalyzeJob.run(
      nnAnalyzeJob.parse({ source: { type: 'text', text: 'input 3x4x4\nbig: conv 4 k5' } }),
      context,
    );
    expect(layer).toEqual({
      ok: false,
      // The line of the layer rejected, so the editor marks it without reading the text on its own thread.
      problem: expect.objectContaining({
        kind: 'network',
        layer: 'big',
        field: 'kernel',
        line: 2,
        column: null,
      }),
    });
  });

  it('explains every layer by default, none with explain: false, or only the layers named', () => {
    const explained = (explain: unknown) => {
      const outcome = nnAnalyzeJob.run(
        nnAnalyzeJob.parse({ source: { type: 'preset', name: 'alexnet2012' }, explain }),
        context,
      );
      if (!outcome.ok) throw new Error(outcome.problem.reason.code);
      return outcome.analysis.layers
        .filter((layer) => layer.explanations !== null)
        .map((layer) => layer.name);
    };
    expect(explained(undefined)).toHaveLength(19);
    expect(explained(false)).toEqual([]);
    expect(explained(['fc6'])).toEqual(['fc6']);
  });

  for (const [payload, code, message] of [
    [null, 'INVALID_INPUT', 'nn:analyze: expected an object'],
    [{}, 'INVALID_INPUT', 'source: expected an object'],
    [{ source: { type: 'onnx' } }, 'INVALID_INPUT', 'source.type'],
    [{ source: { type: 'preset', name: 'alexnet3000' } }, 'INVALID_INPUT', 'no preset named "alexnet3000"'],
    [{ source: { type: 'text', text: 42 } }, 'INVALID_INPUT', 'source.text: expected a string, got 42'],
    [{ source: { type: 'preset', name: 'lenet5' }, dtype: 'int8' }, 'INVALID_INPUT', 'dtype'],
    [
      { source: { type: 'preset', name: 'lenet5' }, input: [1, Number.NaN, 32] },
      'INVALID_INPUT',
      'input[1]: expected an integer, got NaN',
    ],
    [
      { source: { type: 'preset', name: 'lenet5' }, input: [1, -32, 32] },
      'INVALID_INPUT',
      'input[1]: must be between 1 and 65536',
    ],
    [
      { source: { type: 'preset', name: 'lenet5' }, input: [1, 1e9, 32] },
      'INVALID_INPUT',
      'input[1]: must be between 1 and 65536',
    ],
    [
      { source: { type: 'preset', name: 'lenet5' }, input: '1x32x32' },
      'INVALID_INPUT',
      'input: expected [C, H, W]',
    ],
    [
      { source: { type: 'preset', name: 'lenet5' }, explain: 'fc6' },
      'INVALID_INPUT',
      'explain: expected true, false or an array of layer names',
    ],
    [{ source: { type: 'preset', name: 'lenet5' }, explain: [''] }, 'INVALID_INPUT', 'explain[0]'],
    [
      { source: { type: 'text', text: 'relu\n'.repeat(50_000) } },
      'INPUT_TOO_LARGE',
      'over the limit of 200000',
    ],
    [
      { source: { type: 'text', text: 'relu\n'.repeat(5_001) }, input: [1] },
      'INPUT_TOO_LARGE',
      'more than 5000 layers',
    ],
    [
      { source: { type: 'json', network: { layers: new Array(5_001).fill({}) } } },
      'INPUT_TOO_LARGE',
      '5001 layers is over the limit of 5000',
    ],
  ] as const) {
    it(`refuses ${JSON.stringify(payload)?.slice(0, 60)} with ${code}`, () => {
      const error = refusal(payload);
      expect(error.code).toBe(code);
      expect(error.message).toContain(message);
    });
  }

  it('runs in the worker body and posts one result, as text the window reads back into the analysis', () => {
    const posted: FromWorker[] = [];
    handleWorkerMessage(
      {
        type: 'run',
        taskId: 7,
        job: 'nn:analyze',
        payload: { source: { type: 'preset', name: 'googlenet' } },
      },
      (message) => posted.push(structuredClone(message)),
    );
    expect(posted).toHaveLength(1);
    const [message] = posted;
    expect(message!.type).toBe('result');
    const wire = (message as { reply: unknown }).reply;
    expect(typeof wire).toBe('string');
    const reply = decodeReply('nn:analyze', wire) as AnalyzeOutcome;
    expect(reply).toEqual(
      nnAnalyzeJob.run(nnAnalyzeJob.parse({ source: { type: 'preset', name: 'googlenet' } }), context),
    );
    expect(reply.ok && reply.analysis.totals.macs).toBe(1_498_376_192);
  });
});
