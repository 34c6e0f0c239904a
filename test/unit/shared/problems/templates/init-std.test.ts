import { describe, expect, it } from 'vitest';

/** 1,000 seeds of grading take seconds alone, more on a loaded machine. */
const propertyTimeout = 120_000;
import type { InitLayer, InitStdProblem } from '../../../../../src/shared/problems/templates/init-std.ts';
import { fansOf, initStd } from '../../../../../src/shared/problems/templates/init-std.ts';
import { checkTemplateProperties } from '../template-properties.ts';

function problemOf(layer: InitLayer): InitStdProblem {
  return { ...initStd.generate(1), parameters: layer };
}

const conv: InitLayer = { kind: 'conv', inChannels: 64, outChannels: 256, kernel: 3 };

describe('init-std', () => {
  it('counts the fans as PyTorch does, from the weight shape', () => {
    expect(fansOf(conv)).toEqual({ fanIn: 576, fanOut: 2304 });
    expect(fansOf({ kind: 'linear', inFeatures: 4096, outFeatures: 1000 })).toEqual({
      fanIn: 4096,
      fanOut: 1000,
    });
  });

  it('gives Kaiming √(2/fan_in) and Xavier √(2/(fan_in + fan_out)), right to 3 significant figures', () => {
    const problem = problemOf(conv);
    const { answers } = initStd.solve(problem);
    expect(answers.kaiming).toBeCloseTo(0.058926, 6);
    expect(answers.xavier).toBeCloseTo(0.026352, 6);
    const grade = initStd.grade(problem, {
      fan_in: '576',
      fan_out: '2,304',
      kaiming: '0.0589',
      xavier: '0.0264',
    });
    expect(grade.credit).toBe(1);
    expect(initStd.grade(problem, { kaiming: '0.058' }).fields[2]!.correct).toBe(false);
  });

  it('names the fan and gain mistakes, and follows through from a wrong fan_in', () => {
    const problem = problemOf(conv);
    const field = (answer: Record<string, string>, id: string) =>
      initStd.grade(problem, answer).fields.find((graded) => graded.id === id)!;
    expect(field({ fan_in: '64' }, 'fan_in').diagnoses).toEqual(['fan-kernel-forgotten']);
    expect(field({ fan_in: '576', kaiming: String(1 / Math.sqrt(576)) }, 'kaiming').diagnoses).toEqual([
      'gain-forgotten',
    ]);
    expect(field({ fan_in: '576', kaiming: '0.0295' }, 'kaiming').diagnoses).toEqual(['fan-out-for-fan-in']);
    expect(field({ xavier: '0.0456' }, 'xavier').diagnoses).toEqual(['uniform-bound-for-std']);
    expect(field({ fan_in: '64', kaiming: '0.177' }, 'kaiming')).toMatchObject({
      correct: true,
      followThrough: true,
    });
  });

  it(
    'holds the template properties over 1,000 seeds, with layers of the course’s sizes',
    () => {
      checkTemplateProperties(
        initStd,
        ['fan-out-for-fan-in', 'gain-forgotten', 'fan-kernel-forgotten', 'uniform-bound-for-std'],
        (problem) => {
          const { fanIn, fanOut } = fansOf(problem.parameters);
          for (const fan of [fanIn, fanOut]) {
            expect(Number.isInteger(fan) && fan >= 3 && fan <= 25_088).toBe(true);
          }
          const { answers } = initStd.solve(problem);
          for (const std of [answers.kaiming, answers.xavier] as number[])
            expect(std > 0.005 && std < 1).toBe(true);
        },
      );
    },
    propertyTimeout,
  );
});
