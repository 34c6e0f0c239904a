import type { Problem, ProblemTemplate } from './problem.ts';
import { type PracticeChoice, practiceChoices } from './skills.ts';
import { convByHand, homework4 } from './templates/conv-by-hand.ts';
import { convLayer, homework2 } from './templates/conv-layer.ts';
import { convMacs } from './templates/conv-macs.ts';
import { convOutputSize } from './templates/conv-output-size.ts';
import { convParams } from './templates/conv-params.ts';
import { initStd } from './templates/init-std.ts';
import { homework3, inception } from './templates/inception.ts';
import { poolingOutput } from './templates/pooling-output.ts';
import { homework1, sigmoidBackprop } from './templates/sigmoid-backprop.ts';
import { alexnetTableTemplate } from './templates/alexnet-table.ts';
import { homework5 } from './templates/homework-5.ts';
import { homework6 } from './templates/homework-6.ts';
import { kernelStackTemplate } from './templates/kernel-stack.ts';
import { receptiveFieldTemplate } from './templates/receptive-field.ts';

/**
 * Every problem template, one module each (src/shared/problems/templates), and the homework's fixed instances
 * by id. A new template is one import and one line in each list; the other branches add theirs here.
 */
export const templates: readonly ProblemTemplate<unknown>[] = [
  convOutputSize,
  convParams,
  convMacs,
  poolingOutput,
  convLayer,
  convByHand,
  sigmoidBackprop,
  initStd,
  receptiveFieldTemplate,
  alexnetTableTemplate,
  kernelStackTemplate,
  inception,
];

/** 作业二's worked problems, `homework-1` … `homework-6`, as fixed instances of their templates. */
const homework: readonly Problem<unknown>[] = [
  homework1,
  homework2,
  homework3,
  homework4,
  homework5,
  homework6,
];

export function templateById(id: string): ProblemTemplate<unknown> | null {
  return templates.find((template) => template.id === id) ?? null;
}

/** Every problem a student can practise: the homework's problems first, then every template. */
export function registeredChoices(): PracticeChoice[] {
  return practiceChoices(templates, homework);
}

/** A problem with the template that grades it. */
export interface RegisteredProblem {
  template: ProblemTemplate<unknown>;
  problem: Problem<unknown>;
}

/** The fixed instances, in the homework's order. */
export function homeworkProblems(): RegisteredProblem[] {
  return homework.flatMap((problem) => {
    const template = templateById(problem.template);
    return template ? [{ template, problem }] : [];
  });
}

/**
 * A problem by id: a fixed instance (`homework-2`) or a template's variant (`conv-params#1234`, a seed from 0
 * to 2³² − 1). Null when no template or instance has that id.
 */
export function problemById(id: string): RegisteredProblem | null {
  const fixed = homeworkProblems().find((entry) => entry.problem.id === id);
  if (fixed) return fixed;
  const match = /^([a-z0-9-]+)#(\d{1,10})$/.exec(id);
  if (!match) return null;
  const template = templateById(match[1]!);
  const seed = Number(match[2]);
  if (!template || seed > 0xffffffff) return null;
  return { template, problem: template.generate(seed) };
}
