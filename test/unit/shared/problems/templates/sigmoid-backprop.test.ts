import { describe, expect, it } from 'vitest';

/** 1,000 seeds of grading take seconds alone, more on a loaded machine. */
const propertyTimeout = 120_000;
import {
  homework1,
  pointOf,
  sigmoidBackprop,
  type SigmoidBackpropProblem,
} from '../../../../../src/shared/problems/templates/sigmoid-backprop.ts';
import { checkTemplateProperties } from '../template-properties.ts';

function field(problem: SigmoidBackpropProblem, answer: Record<string, string>, id: string) {
  return sigmoidBackprop.grade(problem, answer).fields.find((candidate) => candidate.id === id)!;
}

/** A number as a student writes it: to 4 decimals. */
function typed(value: number): string {
  return String(Number(value.toFixed(4)));
}

describe('sigmoid-backprop: homework-1', () => {
  it("reproduces the homework's numbers through grade", () => {
    expect(homework1.fields.map((spec) => spec.id)).toEqual(['derivative', 'sigma0', 'slope0', 'gradient']);
    const grade = sigmoidBackprop.grade(homework1, {
      derivative: 'σ(x)(1 − σ(x))',
      sigma0: '0.5',
      slope0: '0.25',
      gradient: '1',
    });
    expect(grade.credit).toBe(1);
    expect(grade.fields.map((graded) => graded.expected)).toEqual(['σ·(1 - σ)', '0.5', '0.25', '1']);
    expect(sigmoidBackprop.solve(homework1).answers).toEqual({
      derivative: 'σ(1 - σ)',
      sigma0: 0.5,
      slope0: 0.25,
      gradient: 1,
    });
    expect(homework1.prompt.zh).toContain('$\\frac{\\partial \\mathcal{L}}{\\partial \\sigma} = 4.0$');
  });

  it('takes the derivative in x or in σ, and names the wrong formulas', () => {
    for (const text of ['s(1-s)', 'σ·(1-σ)', 'e^-x/(1+e^-x)^2']) {
      expect(field(homework1, { derivative: text }, 'derivative').correct, text).toBe(true);
    }
    const named = (text: string) => field(homework1, { derivative: text }, 'derivative').diagnoses;
    expect(named('1-σ')).toEqual(['sigmoid-one-minus']);
    expect(named('σ^2')).toEqual(['sigmoid-squared']);
    expect(named('1/(1+e^-x)')).toEqual(['sigmoid-itself']);
    const unreadable = field(homework1, { derivative: 'σ(1-' }, 'derivative');
    expect(unreadable.error).toMatchObject({ code: 'expression-unreadable', at: 4 });
  });

  it('marks the gradient right by follow-through from the student’s own slope', () => {
    const grade = sigmoidBackprop.grade(homework1, { sigma0: '0.5', slope0: '0.5', gradient: '2' });
    const [, , slope, gradient] = grade.fields;
    expect(slope!.correct).toBe(false);
    expect(slope!.diagnoses).toEqual(['sigmoid-one-minus', 'sigmoid-itself']);
    expect(gradient).toMatchObject({ correct: true, followThrough: true });
    expect(grade.credit).toBe(0.5);
    expect(field(homework1, { slope0: '0.25', gradient: '2' }, 'gradient').diagnoses).toEqual([
      'sigmoid-one-minus',
      'sigmoid-itself',
    ]);
  });

  it('works the homework’s steps: 0.5, 0.5 × 0.5 = 0.25, 4.0 × 0.25 = 1', () => {
    const formulas = sigmoidBackprop.solve(homework1).steps.map((step) => step.formula);
    expect(formulas[1]).toBe('\\sigma(0) = \\frac{1}{1 + e^{-(0)}} = \\frac{1}{1 + 1} = 0.5');
    expect(formulas[2]).toContain('= 0.5 \\times 0.5 = 0.25');
    expect(formulas[3]).toContain('= 4.0 \\times 0.25 = 1');
  });
});

describe('sigmoid-backprop: variants over 1,000 seeds', () => {
  it(
    'hold the template properties shared by every template',
    () => {
      checkTemplateProperties(
        sigmoidBackprop,
        ['sigmoid-one-minus', 'sigmoid-squared', 'sigmoid-itself'],
        (problem) => expect([1, 2, 3, 4, 9]).toContain(problem.parameters.k),
      );
    },
    propertyTimeout,
  );

  const seeds = Array.from({ length: 1000 }, (_, index) => index * 104_729 + 3);

  it(
    'stay at points worked by hand, with the same problem for the same seed',
    () => {
      expect(sigmoidBackprop.generate(7)).toEqual(sigmoidBackprop.generate(7));
      const points = new Set<number>();
      for (const seed of seeds) {
        const { parameters } = sigmoidBackprop.generate(seed);
        expect([1, 2, 3, 4, 9]).toContain(parameters.k);
        expect(Math.abs(parameters.upstream)).toBeGreaterThanOrEqual(0.5);
        expect(Math.abs(parameters.upstream)).toBeLessThanOrEqual(10);
        points.add(pointOf(parameters));
      }
      expect(points.size).toBeGreaterThan(5);
    },
    propertyTimeout,
  );

  it(
    'grade their own solution, rounded to 4 decimals, in full credit and undiagnosed',
    () => {
      for (const seed of seeds) {
        const problem = sigmoidBackprop.generate(seed);
        const { answers } = sigmoidBackprop.solve(problem);
        const grade = sigmoidBackprop.grade(problem, {
          derivative: 's(1-s)',
          sigma0: typed(answers.sigma0 as number),
          slope0: typed(answers.slope0 as number),
          gradient: typed(answers.gradient as number),
        });
        expect(grade.credit, `seed ${seed}`).toBe(1);
        expect(grade.fields.flatMap((graded) => graded.diagnoses)).toEqual([]);
      }
    },
    propertyTimeout,
  );

  it(
    'diagnose every mistake that differs from the answer as itself, never as right',
    () => {
      for (const seed of seeds) {
        const problem = sigmoidBackprop.generate(seed);
        const { answers } = sigmoidBackprop.solve(problem);
        for (const mistake of sigmoidBackprop.mistakes(problem)) {
          const text = typeof mistake.value === 'number' ? typed(mistake.value) : String(mistake.value);
          const truth = answers[mistake.field];
          if (typeof truth === 'number' && Math.abs((mistake.value as number) - truth) < 1e-9) continue;
          // The other fields answered right, so nothing is graded by follow-through.
          const answer = {
            sigma0: typed(answers.sigma0 as number),
            slope0: typed(answers.slope0 as number),
            [mistake.field]: text,
          };
          const graded = field(problem, answer, mistake.field);
          expect(graded.correct, `seed ${seed} ${mistake.code} ${mistake.field}`).toBe(false);
          expect(graded.diagnoses).toContain(mistake.code);
        }
      }
    },
    propertyTimeout,
  );
});
