import type { LocalizedText } from '../../deck/localized-text.ts';
import { analyzeNetwork } from '../../nn/analyze.ts';
import type { Analysis } from '../../nn/analysis.ts';
import { networkInputName } from '../../nn/network.ts';
import { alexnetNetwork, type AlexNetSizes } from '../../nn/presets/course/alexnet2012.ts';
import { mulberry32, randomIndex, type RandomSource } from '../../random.ts';
import type {
  FieldSpec,
  FieldValue,
  GivenValues,
  MistakeValue,
  Problem,
  ProblemTemplate,
  Solution,
  TemplateDefinition,
} from '../problem.ts';
import { defineTemplate, variantId } from '../template.ts';
import { keptPerProblem } from './per-problem.ts';
import {
  alexnetTemplateId,
  memoryRows,
  parameterRows,
  rowOf,
  tableRows,
  workAlexNet,
  type AlexNetWorked,
} from './alexnet-network.ts';
import { alexnetHints, alexnetPrompt, alexnetSteps } from './alexnet-table-text.ts';
import { fieldsUnder, givenNumber, jumpMistakes, nextField, type FieldSize } from './layer-stack.ts';

/**
 * The AlexNet per-layer table (homework 2, problem 6; issue 14's field contract): every row's receptive field,
 * parameters grouped and ungrouped, activation memory, and the two bottlenecks, all read from the engine's
 * analysis of the network (the `alexnet2012` preset for homework-6, smaller AlexNet-shaped networks for the
 * variants). A row's receptive field and memory are also graded from the student's own previous row.
 */

const poolRows = tableRows.filter((row) => row.startsWith('pool'));

/** The homework's AlexNet takes 227x227; `input-224` is working it from torchvision's 224. */
const homeworkInput = 227;
const mistakenInput = 224;

const before = (list: readonly string[], name: string) => list[list.indexOf(name) - 1];

/** The layers a bottleneck may name; pooling layers also as the homework's answer writes them (MAX POOL3). */
const layerChoices = tableRows.map((name) =>
  name.startsWith('pool') ? `${name}|max ${name}${name === 'pool5' ? '|max pool3' : ''}` : name,
);

function tableFields(): FieldSpec[] {
  const fields: FieldSpec[] = [];
  for (const name of tableRows) {
    const previous = before(tableRows, name);
    fields.push({
      id: `rf.${name}`,
      label: { zh: `${name} 的感受野`, en: `${name} receptive field` },
      kind: 'integer',
      ...(previous ? { dependsOn: [`rf.${previous}`] } : {}),
    });
  }
  for (const name of parameterRows) {
    fields.push(
      {
        id: `params.${name}`,
        label: { zh: `${name} 的参数量（分组）`, en: `${name} parameters (grouped)` },
        kind: 'integer',
      },
      {
        id: `params_ungrouped.${name}`,
        label: { zh: `${name} 的参数量（不分组）`, en: `${name} parameters (ungrouped)` },
        kind: 'integer',
      },
    );
  }
  for (const name of memoryRows) {
    const previous = before(memoryRows, name);
    fields.push({
      id: `memory.${name}`,
      label: { zh: `${name} 的显存占用（元素个数）`, en: `${name} memory (elements)` },
      // Elements, or bytes (x4); a decimal typed here (1.16, megabytes) is still read, and diagnosed.
      kind: 'integer',
      scales: [1, 4],
      ...(previous && !name.startsWith('fc') ? { dependsOn: [`memory.${previous}`] } : {}),
    });
  }
  fields.push(
    {
      id: 'params_bottleneck',
      label: { zh: '参数瓶颈（层名）', en: 'Parameter bottleneck (layer name)' },
      kind: 'choice',
      choices: layerChoices,
      dependsOn: parameterRows.map((name) => `params.${name}`),
    },
    {
      id: 'memory_bottleneck',
      label: { zh: '显存占用瓶颈（层名）', en: 'Memory bottleneck (layer name)' },
      kind: 'choice',
      choices: layerChoices,
      dependsOn: tableRows.map((name) => `memory.${name}`),
    },
  );
  return fields;
}

export function alexnetProblem(
  id: string,
  seed: number | null,
  sizes: AlexNetSizes,
  lead?: LocalizedText,
): Problem<AlexNetSizes> {
  return {
    id,
    template: alexnetTemplateId,
    seed,
    parameters: sizes,
    prompt: alexnetPrompt(sizes, workAlexNet(sizes).network, lead),
    fields: tableFields(),
    hints: alexnetHints(sizes, workAlexNet(sizes).grouped),
  };
}

function pick<Value>(random: RandomSource, values: readonly Value[]): Value {
  return values[randomIndex(random, values.length)]!;
}

/**
 * A smaller AlexNet: the same layers, other channels, conv1 and fc sizes, and an input chosen backwards from
 * a last map of 2 to 5 so that every size is whole (each 3x3 stride-2 pooling reads 2n + 1 rows).
 */
function drawSizes(random: RandomSource): AlexNetSizes {
  const conv1 = pick(random, [
    { kernel: 11, stride: 4 },
    { kernel: 7, stride: 2 },
    { kernel: 5, stride: 2 },
    { kernel: 3, stride: 1 },
  ]);
  const last = 2 + randomIndex(random, 4);
  const pool1Input = 2 * (2 * (2 * last + 1) + 1) + 1;
  return {
    input: conv1.stride * (pool1Input - 1) + conv1.kernel,
    conv1,
    channels: [
      pick(random, [16, 24, 32, 48, 64]),
      pick(random, [32, 64, 96, 128]),
      pick(random, [64, 96, 128, 192]),
      pick(random, [64, 96, 128, 192]),
      pick(random, [32, 64, 128]),
    ],
    features: [pick(random, [256, 512, 1024]), pick(random, [256, 512]), pick(random, [10, 100, 200])],
  };
}

/** One largest layer for each bottleneck, so that the choice has one right answer. */
function singleBottlenecks(analysis: Analysis): boolean {
  const rows = analysis.layers.filter((row) => (tableRows as readonly string[]).includes(row.name));
  const unique = (values: number[]) => values.filter((value) => value === Math.max(...values)).length === 1;
  return unique(rows.map((row) => row.params.total)) && unique(rows.map((row) => row.activations.elements));
}

function generate(seed: number): Problem<AlexNetSizes> {
  const random = mulberry32(seed);
  for (;;) {
    const sizes = drawSizes(random);
    if (singleBottlenecks(workAlexNet(sizes).grouped)) {
      return alexnetProblem(variantId(alexnetTemplateId, seed), seed, sizes);
    }
  }
}

/**
 * The side of the student's C x n x n map from its memory, in elements or in bytes (x4), or null when the
 * number is no such map. A number can read both ways (4 C n^2 is also C (2n)^2): the true map's bytes are read
 * as bytes, otherwise elements come first, the homework's own unit.
 */
function sideFrom(value: number, channels: number, trueSide: number): number | null {
  if (value === 4 * channels * trueSide * trueSide) return trueSide;
  for (const bytes of [1, 4]) {
    const area = value / (channels * bytes);
    const side = Math.round(Math.sqrt(area));
    if (side >= 1 && side * side === area) return side;
  }
  return null;
}

/**
 * A row's memory worked from the student's own previous row: the side of their previous map, then the
 * engine on the layers between the two rows. Null when their number is no C x n x n map or the layers cannot
 * read it.
 */
function memoryFrom(work: AlexNetWorked, name: string, previousValue: number): number | null {
  const previous = before(memoryRows, name)!;
  const [channels, trueSide] = rowOf(work.grouped, previous).output as [number, number];
  const side = sideFrom(previousValue, channels, trueSide);
  if (side === null) return null;
  const layers = work.network.layers;
  const start = previous === networkInputName ? 0 : layers.findIndex((layer) => layer.name === previous) + 1;
  const end = layers.findIndex((layer) => layer.name === name) + 1;
  const between = layers
    .slice(start, end)
    .map((layer, index) => (index === 0 ? { ...layer, inputs: [networkInputName] } : layer));
  try {
    const analysis = analyzeNetwork(
      { name: 'follow-through', input: [channels, side, side], layers: between },
      { explain: false },
    );
    return analysis.layers[analysis.layers.length - 1]!.activations.elements;
  } catch {
    return null;
  }
}

function largestOf(names: readonly string[], value: (name: string) => number): string {
  return names.reduce((best, name) => (value(name) > value(best) ? name : best));
}

function trueFields(work: AlexNetWorked): Map<string, FieldSize> {
  return new Map(
    tableRows.map((name) => {
      const { rf } = rowOf(work.grouped, name);
      return [name, { size: rf.size[0], jump: rf.jump[0] }];
    }),
  );
}

/** The student's previous row's field: their size, the true jump (the table asks no jump). */
function givenPrevious(fields: ReadonlyMap<string, FieldSize>, index: number, given: GivenValues): FieldSize {
  const name = tableRows[index - 1]!;
  const truth = fields.get(name)!;
  return { size: givenNumber(given[`rf.${name}`], truth.size), jump: truth.jump };
}

function workSolution(problem: Problem<AlexNetSizes>, given?: GivenValues): Solution {
  const work = workAlexNet(problem.parameters);
  const fields = trueFields(work);
  const answers: Record<string, FieldValue> = {};
  tableRows.forEach((name, index) => {
    answers[`rf.${name}`] =
      given && index > 0
        ? nextField(work.steps, index, givenPrevious(fields, index, given), 'accumulated').size
        : fields.get(name)!.size;
  });
  for (const name of parameterRows) {
    answers[`params.${name}`] = rowOf(work.grouped, name).params.total;
    answers[`params_ungrouped.${name}`] = rowOf(work.ungrouped, name).params.total;
  }
  for (const name of memoryRows) {
    const truth = rowOf(work.grouped, name).activations.elements;
    const previous = before(memoryRows, name);
    const previousValue = previous && given ? given[`memory.${previous}`] : undefined;
    answers[`memory.${name}`] =
      typeof previousValue === 'number' && !name.startsWith('fc')
        ? (memoryFrom(work, name, previousValue) ?? truth)
        : truth;
  }
  // The bottlenecks of the student's own numbers (follow-through), where they gave them.
  const params = (name: string) =>
    givenNumber(given?.[`params.${name}`], rowOf(work.grouped, name).params.total);
  const memory = (name: string) =>
    givenNumber(given?.[`memory.${name}`], rowOf(work.grouped, name).activations.elements);
  answers['params_bottleneck'] = largestOf(parameterRows, params);
  answers['memory_bottleneck'] = largestOf(tableRows, memory);
  return { answers, steps: alexnetSteps(problem.parameters, work, fields) };
}

/**
 * Megabytes (10^6) and mebibytes (2^20) of elements or of bytes, exact and rounded to 2 or 3 significant
 * digits as a student writes them (1.16 or 1.2 for conv1's 1,161,600 bytes; 0.037 for pool5's 36,864).
 */
function megabyteValues(elements: number): number[] {
  const values = new Set<number>();
  for (const bytes of [1, 4]) {
    for (const unit of [1e6, 2 ** 20]) {
      const exact = (elements * bytes) / unit;
      values.add(exact);
      for (const digits of [2, 3]) values.add(Number(exact.toPrecision(digits)));
    }
  }
  return [...values];
}

function fieldMistakes(work: AlexNetWorked, given: GivenValues | undefined): MistakeValue[] {
  const fields = trueFields(work);
  const values: MistakeValue[] = [];
  for (const [belief, code] of jumpMistakes) {
    const chain = fieldsUnder(work.steps, belief);
    tableRows.forEach((name, index) => {
      values.push({ code, field: `rf.${name}`, value: chain.get(name)!.size });
      if (given && index > 0) {
        const local = nextField(work.steps, index, givenPrevious(fields, index, given), belief);
        values.push({ code, field: `rf.${name}`, value: local.size });
      }
    });
  }
  return values;
}

/** The homework's network worked from 224x224 (torchvision's input) instead of 227x227. */
function inputMistakes(problem: Problem<AlexNetSizes>): MistakeValue[] {
  const sizes = problem.parameters;
  if (sizes.input !== homeworkInput) return [];
  const input = [3, mistakenInput, mistakenInput];
  const grouped = analyzeNetwork(alexnetNetwork(alexnetTemplateId, sizes, true), { input, explain: false });
  const ungrouped = analyzeNetwork(alexnetNetwork(alexnetTemplateId, sizes, false), {
    input,
    explain: false,
  });
  const code = 'input-224' as const;
  return [
    ...tableRows.map((name) => ({ code, field: `rf.${name}`, value: rowOf(grouped, name).rf.size[0] })),
    ...parameterRows.flatMap((name) => [
      { code, field: `params.${name}`, value: rowOf(grouped, name).params.total },
      { code, field: `params_ungrouped.${name}`, value: rowOf(ungrouped, name).params.total },
    ]),
    ...memoryRows.map((name) => ({
      code,
      field: `memory.${name}`,
      value: rowOf(grouped, name).activations.elements,
    })),
  ] satisfies MistakeValue[];
}

function workMistakes(problem: Problem<AlexNetSizes>, given?: GivenValues): MistakeValue[] {
  const work = workAlexNet(problem.parameters);
  return [
    ...fieldMistakes(work, given),
    ...inputMistakes(problem),
    ...parameterRows.flatMap((name): MistakeValue[] => [
      { code: 'groups-ignored', field: `params.${name}`, value: rowOf(work.ungrouped, name).params.total },
      { code: 'bias-forgotten', field: `params.${name}`, value: rowOf(work.grouped, name).params.weights },
      {
        code: 'bias-forgotten',
        field: `params_ungrouped.${name}`,
        value: rowOf(work.ungrouped, name).params.weights,
      },
    ]),
    ...memoryRows.flatMap((name) =>
      megabyteValues(rowOf(work.grouped, name).activations.elements).map((value): MistakeValue => ({
        code: 'memory-megabytes',
        field: `memory.${name}`,
        value,
      })),
    ),
    // A pooling layer named as the layer with the most parameters: the student gave it parameters.
    ...poolRows.map((name): MistakeValue => ({
      code: 'pool-has-params',
      field: 'params_bottleneck',
      value: name,
    })),
  ];
}

export const alexnetTableDefinition: TemplateDefinition<AlexNetSizes> = {
  id: alexnetTemplateId,
  title: { zh: 'AlexNet 逐层计算表', en: 'The AlexNet table, layer by layer' },
  tags: ['alexnet', 'receptive-field', 'params'],
  generate,
  solve: keptPerProblem(workSolution),
  mistakes: keptPerProblem(workMistakes),
};

export const alexnetTableTemplate: ProblemTemplate<AlexNetSizes> = defineTemplate(alexnetTableDefinition);
