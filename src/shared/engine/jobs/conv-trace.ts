import type { Padding4 } from '../../conv/conv2d.ts';
import { parseOpCase } from '../../conv/op-cases.ts';
import { traceConv2d, tracePool2d, type ConvTrace, type PoolTrace } from '../../conv/trace.ts';
import type { JobDefinition } from '../job.ts';
import { refuse } from '../payload.ts';
import type { OpCase } from '../../conv/op-cases.ts';

type Nested4 = number[][][][];

/** What a caller sends: a conv2d or pooling case written as in conv_vectors.json (see conv/op-cases.ts). */
export type TracePayload =
  | {
      op: 'conv2d';
      input: Nested4;
      weight: Nested4;
      bias: number[];
      stride: number;
      padding: Padding4;
      dilation: number;
      flip_kernel: boolean;
    }
  | {
      op: 'maxpool2d' | 'avgpool2d';
      input: Nested4;
      kernel: [number, number];
      stride: number;
      padding: Padding4;
      dilation: number;
      ceil_mode: boolean;
      count_include_pad: boolean;
    };

export type ConvTraceReply =
  { op: 'conv2d'; trace: ConvTrace } | { op: 'maxpool2d' | 'avgpool2d'; trace: PoolTrace };

/**
 * Every step of a small conv2d or pooling, for the lab's animation: the case is written as in conv_vectors.json
 * (see conv/op-cases.ts). The trace size is bounded (conv/trace.ts), so a big case is refused, not slow.
 */
/** The cases a trace covers: every op but conv_transpose2d, which parse refuses. */
type TracedCase = Exclude<OpCase, { op: 'conv_transpose2d' }>;

export const convTraceJob: JobDefinition<TracedCase, ConvTraceReply> = {
  parse(payload) {
    const opCase = parseOpCase(payload, 'conv:trace');
    if (opCase.op === 'conv_transpose2d')
      throw refuse({ code: 'traceOpUnsupported', field: 'conv:trace.op' });
    return opCase;
  },
  run(opCase) {
    switch (opCase.op) {
      case 'conv2d':
        return { op: 'conv2d', trace: traceConv2d(opCase.input, opCase.weight, opCase.bias, opCase.options) };
      case 'maxpool2d':
        return { op: 'maxpool2d', trace: tracePool2d(opCase.input, opCase.options, 'max') };
      case 'avgpool2d':
        return { op: 'avgpool2d', trace: tracePool2d(opCase.input, opCase.options, 'avg') };
    }
  },
};
