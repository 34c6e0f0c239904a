import { analyzeNetwork } from '../../nn/analyze.ts';
import type { Analysis, LayerAnalysis } from '../../nn/analysis.ts';
import { buildNetwork, conv, relu } from '../../nn/presets/builder.ts';

/**
 * The two networks of the kernel-stack template, one large convolution and a stack of 3x3 ones, and the
 * engine's analyses of them, shared by the template and its texts.
 */

export interface KernelStackParameters {
  /** Input and output channels of every convolution. */
  channels: number;
  /** The large kernel: 5, 7 or 9; the stack has (kernel - 1) / 2 layers of 3x3. */
  kernel: number;
}

export const kernelStackTemplateId = 'kernel-stack';

/** The spatial size the networks are analysed at: the numbers asked do not depend on it. */
const side = 56;

export interface KernelStackWorked {
  large: Analysis;
  stack: Analysis;
  /** How many 3x3 layers the stack has. */
  layers: number;
}

function network(name: string, parameters: KernelStackParameters, kernels: readonly number[]) {
  return buildNetwork(name, [parameters.channels, side, side], (net) => {
    kernels.forEach((kernel, index) => {
      net
        .add(`conv${index + 1}`, conv(parameters.channels, kernel, { padding: (kernel - 1) / 2 }))
        .add(`relu${index + 1}`, relu);
    });
  });
}

const worked = new WeakMap<KernelStackParameters, KernelStackWorked>();

export function workKernelStack(parameters: KernelStackParameters): KernelStackWorked {
  let result = worked.get(parameters);
  if (!result) {
    const layers = (parameters.kernel - 1) / 2;
    const large = analyzeNetwork(network('large', parameters, [parameters.kernel]), { explain: ['conv1'] });
    const stack = analyzeNetwork(network('stack', parameters, Array<number>(layers).fill(3)), {
      explain: ['conv1'],
    });
    result = { large, stack, layers };
    worked.set(parameters, result);
  }
  return result;
}

export function convRows(analysis: Analysis): LayerAnalysis[] {
  return analysis.layers.filter((row) => row.kind === 'conv2d');
}

/** Activation layers: each is one non-linearity. */
export function nonLinearities(analysis: Analysis): number {
  return analysis.layers.filter((row) => row.kind === 'relu').length;
}

/** The receptive field of the last layer, on one axis. */
export function lastField(analysis: Analysis): number {
  return analysis.layers[analysis.layers.length - 1]!.rf.size[0];
}
