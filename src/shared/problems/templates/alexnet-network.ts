import { analyzeNetwork } from '../../nn/analyze.ts';
import type { Analysis, LayerAnalysis } from '../../nn/analysis.ts';
import { networkInputName, type NetworkSpec } from '../../nn/network.ts';
import { alexnetNetwork, type AlexNetSizes } from '../../nn/presets/course/alexnet2012.ts';
import { fieldSteps, type FieldStep } from './layer-stack.ts';

/**
 * The AlexNet table's network and the engine's two analyses of it (groups as given, and groups all 1), shared
 * by the template and its texts.
 */

export const alexnetTemplateId = 'alexnet-table';

/** The rows of the table, in order, named as in the `alexnet2012` preset (the homework's MAX POOL3 is pool5). */
export const tableRows = [
  'conv1',
  'pool1',
  'conv2',
  'pool2',
  'conv3',
  'conv4',
  'conv5',
  'pool5',
  'fc6',
  'fc7',
  'fc8',
] as const;
export const parameterRows = ['conv1', 'conv2', 'conv3', 'conv4', 'conv5', 'fc6', 'fc7', 'fc8'] as const;
export const memoryRows = [networkInputName, ...tableRows] as const;

export interface AlexNetWorked {
  grouped: Analysis;
  ungrouped: Analysis;
  network: NetworkSpec;
  steps: FieldStep[];
}

const worked = new WeakMap<AlexNetSizes, AlexNetWorked>();

/** Both analyses of a problem's network, made once per problem (grading asks for them field by field). */
export function workAlexNet(sizes: AlexNetSizes): AlexNetWorked {
  let result = worked.get(sizes);
  if (!result) {
    const network = alexnetNetwork(alexnetTemplateId, sizes, true);
    const grouped = analyzeNetwork(network, { explain: [...parameterRows] });
    const ungrouped = analyzeNetwork(alexnetNetwork(alexnetTemplateId, sizes, false), {
      explain: [...parameterRows],
    });
    result = { grouped, ungrouped, network, steps: fieldSteps(network, grouped) };
    worked.set(sizes, result);
  }
  return result;
}

export function rowOf(analysis: Analysis, name: string): LayerAnalysis {
  return analysis.layers.find((row) => row.name === name)!;
}
