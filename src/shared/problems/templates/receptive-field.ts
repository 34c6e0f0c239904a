import type { LocalizedText } from '../../deck/localized-text.ts';
import { analyzeNetwork } from '../../nn/analyze.ts';
import type { Analysis } from '../../nn/analysis.ts';
import type { NetworkSpec } from '../../nn/network.ts';
import { buildNetwork, conv, linear, maxPool } from '../../nn/presets/builder.ts';
import { mulberry32, randomIndex, type RandomSource } from '../../random.ts';
import type {
  FieldSpec,
  GivenValues,
  MistakeValue,
  Problem,
  ProblemTemplate,
  Solution,
  TemplateDefinition,
} from '../problem.ts';
import { defineTemplate, variantId } from '../template.ts';
import { keptPerProblem } from './per-problem.ts';
import { fieldLayerSteps, fieldRuleStep } from './field-steps-text.ts';
import {
  fieldSteps,
  fieldsUnder,
  jumpMistakes,
  givenNumber,
  nextField,
  type FieldSize,
  type FieldStep,
} from './layer-stack.ts';
import { receptiveFieldHints, receptiveFieldPrompt } from './receptive-field-text.ts';

/**
 * Receptive field and jump of a layer stack (homework 2, problem 5; PRODUCT.md "Problem templates"): a few
 * conv and pooling layers a student can work by hand, maybe followed by fully connected layers. Fields:
 * `rf.<layer>` for every layer, `jump.<layer>` for every conv and pooling layer, and `rf_previous.<layer>`,
 * the field of one conv layer on the feature map before it (its kernel size: the first half of problem 5).
 * Each row is also graded from the student's own previous row (follow-through).
 */

export type StackLayer =
  | { name: string; kind: 'conv' | 'pool'; kernel: number; stride: number; padding: number }
  | { name: string; kind: 'fc'; features: number };

export interface ReceptiveFieldParameters {
  /** The input image's height and width. */
  input: number;
  layers: readonly StackLayer[];
  /** The conv layer whose field on the previous feature map is asked. */
  previousOf: string;
}

export const receptiveFieldTemplateId = 'receptive-field';

/** Filters per conv layer: they change no receptive field, so the problem does not state them. */
const filters = 8;

export function stackNetwork(parameters: ReceptiveFieldParameters): NetworkSpec {
  return buildNetwork(receptiveFieldTemplateId, [3, parameters.input, parameters.input], (net) => {
    for (const layer of parameters.layers) {
      if (layer.kind === 'fc') net.add(layer.name, linear(layer.features));
      else {
        const options = { stride: layer.stride, padding: layer.padding };
        net.add(
          layer.name,
          layer.kind === 'conv' ? conv(filters, layer.kernel, options) : maxPool(layer.kernel, options),
        );
      }
    }
  });
}

interface Worked {
  analysis: Analysis;
  steps: FieldStep[];
  /** The engine's field per layer. */
  fields: Map<string, FieldSize>;
}

function work(parameters: ReceptiveFieldParameters): Worked {
  const network = stackNetwork(parameters);
  const analysis = analyzeNetwork(network, { explain: false });
  const fields = new Map<string, FieldSize>();
  for (const row of analysis.layers.slice(1))
    fields.set(row.name, { size: row.rf.size[0], jump: row.rf.jump[0] });
  return { analysis, steps: fieldSteps(network, analysis), fields };
}

const rfId = (name: string) => `rf.${name}`;
const jumpId = (name: string) => `jump.${name}`;
const previousId = (name: string) => `rf_previous.${name}`;

function hasJump(layer: StackLayer): boolean {
  return layer.kind !== 'fc';
}

function stackFields(parameters: ReceptiveFieldParameters): FieldSpec[] {
  const fields: FieldSpec[] = [];
  parameters.layers.forEach((layer, index) => {
    const before = parameters.layers[index - 1];
    const beforeIds = before ? [rfId(before.name), ...(hasJump(before) ? [jumpId(before.name)] : [])] : [];
    fields.push({
      id: rfId(layer.name),
      label: { zh: `${layer.name} 的感受野 $R$`, en: `${layer.name} receptive field $R$` },
      kind: 'integer',
      ...(beforeIds.length ? { dependsOn: beforeIds } : {}),
    });
    if (hasJump(layer)) {
      fields.push({
        id: jumpId(layer.name),
        label: { zh: `${layer.name} 的累积步长 $j$`, en: `${layer.name} jump $j$` },
        kind: 'integer',
        ...(before && hasJump(before) ? { dependsOn: [jumpId(before.name)] } : {}),
      });
    }
  });
  fields.push({
    id: previousId(parameters.previousOf),
    label: {
      zh: `${parameters.previousOf} 在前一层特征图上的感受野`,
      en: `${parameters.previousOf} receptive field on the previous feature map`,
    },
    kind: 'integer',
  });
  return fields;
}

export function receptiveFieldProblem(
  id: string,
  seed: number | null,
  parameters: ReceptiveFieldParameters,
  lead?: LocalizedText,
): Problem<ReceptiveFieldParameters> {
  const { analysis } = work(parameters);
  return {
    id,
    template: receptiveFieldTemplateId,
    seed,
    parameters,
    prompt: receptiveFieldPrompt(parameters, analysis, lead),
    fields: stackFields(parameters),
    hints: receptiveFieldHints,
  };
}

function pick<Value>(random: RandomSource, values: readonly Value[]): Value {
  return values[randomIndex(random, values.length)]!;
}

/** Three to five conv and pooling layers (never two pools in a row), then none, one or two fully connected. */
function drawParameters(random: RandomSource): ReceptiveFieldParameters {
  const windows = 3 + randomIndex(random, 3);
  const layers: StackLayer[] = [];
  const counts = { conv: 0, pool: 0, fc: 0 };
  for (let index = 0; index < windows; index++) {
    const previous = layers[index - 1];
    const kind = !previous || previous.kind === 'pool' || random() < 0.4 ? 'conv' : 'pool';
    counts[kind] += 1;
    const name = `${kind}${counts[kind]}`;
    if (kind === 'conv') {
      const kernel = pick(random, index === 0 ? [3, 5, 7] : [1, 3, 3, 5]);
      const stride = random() < 0.25 ? 2 : 1;
      layers.push({ name, kind, kernel, stride, padding: (kernel - 1) / 2 });
    } else {
      const kernel = pick(random, [2, 3]);
      layers.push({ name, kind, kernel, stride: 2, padding: 0 });
    }
  }
  const fullyConnected = pick(random, [0, 1, 1, 2, 2]);
  for (let index = 1; index <= fullyConnected; index++) {
    layers.push({ name: `fc${index}`, kind: 'fc', features: pick(random, [64, 128, 256]) });
  }
  const convs = layers.filter((layer) => layer.kind === 'conv' && layer.kernel > 1);
  const previousOf = (convs[convs.length - 1] ?? layers[0]!).name;
  return { input: pick(random, [16, 24, 28, 32, 48, 56, 64]), layers, previousOf };
}

/** Whole-number sizes all the way (no input rows dropped by a floor), and a last feature map of 2 to 8. */
function workable(parameters: ReceptiveFieldParameters): boolean {
  let analysis: Analysis;
  try {
    analysis = analyzeNetwork(stackNetwork(parameters), { explain: false });
  } catch {
    return false;
  }
  const spatial = analysis.layers.filter((row) => row.output.length === 3);
  const last = spatial[spatial.length - 1]!;
  return (
    analysis.warnings.length === 0 &&
    spatial.every((row) => row.output[1]! >= 2) &&
    last.output[1]! <= 8 &&
    new Set(parameters.layers.map((layer) => layer.kind)).has('pool')
  );
}

function generate(seed: number): Problem<ReceptiveFieldParameters> {
  const random = mulberry32(seed);
  for (;;) {
    const parameters = drawParameters(random);
    if (workable(parameters))
      return receptiveFieldProblem(variantId(receptiveFieldTemplateId, seed), seed, parameters);
  }
}

/** The student's previous row, where given, else the true one. */
function previousField(
  parameters: ReceptiveFieldParameters,
  fields: ReadonlyMap<string, FieldSize>,
  index: number,
  given: GivenValues,
): FieldSize {
  const name = parameters.layers[index - 1]!.name;
  const truth = fields.get(name)!;
  return {
    size: givenNumber(given[rfId(name)], truth.size),
    jump: givenNumber(given[jumpId(name)], truth.jump),
  };
}

function workSolution(problem: Problem<ReceptiveFieldParameters>, given?: GivenValues): Solution {
  const { parameters } = problem;
  const { steps, fields } = work(parameters);
  const answers: Record<string, number> = {};
  parameters.layers.forEach((layer, index) => {
    const field =
      given && index > 0
        ? nextField(steps, index, previousField(parameters, fields, index, given), 'accumulated')
        : fields.get(layer.name)!;
    answers[rfId(layer.name)] = field.size;
    if (hasJump(layer)) answers[jumpId(layer.name)] = field.jump;
  });
  const asked = parameters.layers.find((layer) => layer.name === parameters.previousOf)!;
  answers[previousId(asked.name)] = asked.kind === 'fc' ? 1 : asked.kernel;
  const ids = (name: string) => fieldsOfLayer(parameters, name).filter((id) => id in answers);
  return {
    answers,
    steps: [
      fieldRuleStep([]),
      ...fieldLayerSteps(steps, fields, ids, parameters.input),
      previousFieldStep(parameters, asked),
    ],
  };
}

function fieldsOfLayer(parameters: ReceptiveFieldParameters, name: string): string[] {
  const layer = parameters.layers.find((candidate) => candidate.name === name)!;
  return hasJump(layer) ? [rfId(name), jumpId(name)] : [rfId(name)];
}

function previousFieldStep(parameters: ReceptiveFieldParameters, asked: StackLayer) {
  const kernel = asked.kind === 'fc' ? 1 : asked.kernel;
  const before = parameters.layers[parameters.layers.indexOf(asked) - 1];
  const map = before ? before.name : 'input';
  return {
    text: {
      zh: `在前一层上的感受野等于当前层的核大小：${asked.name} 的神经元看到前一层（${map}）特征图上 $${kernel} \\times ${kernel}$ 个像素；在输入图像上的感受野则逐层累积。`,
      en: `On the previous layer the field is the current layer’s kernel size: a ${asked.name} neuron sees $${kernel} \\times ${kernel}$ pixels of the feature map before it (${map}); on the input image the field accumulates layer by layer.`,
    },
    formula: `R^{\\mathrm{prev}}_{\\mathrm{${asked.name}}} = k = ${kernel}`,
    fields: [previousId(asked.name)],
  };
}

/**
 * Each row worked under each jump misconception, from the input (a student who keeps the misconception all the
 * way) and, with `given`, from the student's own previous row (one slip in this row).
 */
function workMistakes(problem: Problem<ReceptiveFieldParameters>, given?: GivenValues): MistakeValue[] {
  const { parameters } = problem;
  const { steps, fields } = work(parameters);
  const values: MistakeValue[] = [];
  for (const [belief, code] of jumpMistakes) {
    const chain = fieldsUnder(steps, belief);
    parameters.layers.forEach((layer, index) => {
      const wrong = chain.get(layer.name)!;
      values.push({ code, field: rfId(layer.name), value: wrong.size });
      if (belief === 'own-stride' && hasJump(layer)) {
        values.push({ code, field: jumpId(layer.name), value: wrong.jump });
      }
      if (given && index > 0) {
        const local = nextField(steps, index, previousField(parameters, fields, index, given), belief);
        values.push({ code, field: rfId(layer.name), value: local.size });
      }
    });
  }
  return values;
}

export const receptiveFieldDefinition: TemplateDefinition<ReceptiveFieldParameters> = {
  id: receptiveFieldTemplateId,
  title: { zh: '感受野与累积步长', en: 'Receptive field and jump of a layer stack' },
  tags: ['receptive-field'],
  generate,
  solve: keptPerProblem(workSolution),
  mistakes: keptPerProblem(workMistakes),
};

export const receptiveFieldTemplate: ProblemTemplate<ReceptiveFieldParameters> =
  defineTemplate(receptiveFieldDefinition);
