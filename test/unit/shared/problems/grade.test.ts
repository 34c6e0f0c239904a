import { describe, expect, it } from 'vitest';
import type {
  FieldSpec,
  GivenValues,
  MistakeValue,
  Problem,
} from '../../../../src/shared/problems/problem.ts';
import { defineTemplate } from '../../../../src/shared/problems/template.ts';

/**
 * A tiny test-only template: a square's side, its area (worked from the side, so it follows through), the
 * share of a frame a square of side 1 leaves, and a layer name. Its mistakes are stand-ins with real codes:
 * `flops-doubled` is twice the area, `stride-ignored` is 2·side (the same as the area when the side is 2).
 */
interface Square {
  side: number;
}

const fields: FieldSpec[] = [
  { id: 'side', label: { zh: '边长', en: 'Side' }, kind: 'integer' },
  { id: 'area', label: { zh: '面积', en: 'Area' }, kind: 'integer', dependsOn: ['side'] },
  { id: 'share', label: { zh: '比例', en: 'Share' }, kind: 'number', tolerance: { absolute: 0.0005 } },
  { id: 'layer', label: { zh: '层', en: 'Layer' }, kind: 'choice', choices: ['conv1', 'pool5|MAX POOL3'] },
];

function sideOf(problem: Problem<Square>, given?: GivenValues): number {
  const side = given?.side;
  return typeof side === 'number' ? side : problem.parameters.side;
}

const square = defineTemplate<Square>({
  id: 'square',
  title: { zh: '正方形', en: 'Square' },
  tags: [],
  generate: (seed) => ({
    id: `square#${seed}`,
    template: 'square',
    seed,
    parameters: { side: seed },
    prompt: { zh: '正方形', en: 'A square' },
    fields,
    hints: [],
  }),
  solve(problem, given) {
    const side = sideOf(problem, given);
    return {
      answers: { side: problem.parameters.side, area: side * side, share: 0.775424, layer: 'pool5' },
      steps: [],
    };
  },
  mistakes(problem, given): MistakeValue[] {
    const side = sideOf(problem, given);
    return [
      { code: 'flops-doubled', field: 'area', value: 2 * side * side },
      { code: 'stride-ignored', field: 'area', value: 2 * side },
      { code: 'reduction-complement', field: 'share', value: 1 - 0.775424 },
      { code: 'pool-has-params', field: 'layer', value: 'conv1' },
    ];
  },
});

const right = { side: '4', area: '16', share: '77.54%', layer: 'pool5' };

function field(grade: ReturnType<typeof square.grade>, id: string) {
  const found = grade.fields.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

describe('the shared grader', () => {
  it('gives full credit to the right answers, undiagnosed, with how each was read', () => {
    const grade = square.grade(square.generate(4), right);
    expect(grade.credit).toBe(1);
    expect(grade.fields.map((graded) => [graded.id, graded.correct, graded.diagnoses])).toEqual([
      ['side', true, []],
      ['area', true, []],
      ['share', true, []],
      ['layer', true, []],
    ]);
    expect(field(grade, 'share')).toMatchObject({ read: '0.7754', notes: [{ code: 'percent' }] });
    expect(field(grade, 'area').expected).toBe('16');
  });

  it('marks a field right by follow-through when it is right for the student’s own earlier value', () => {
    const grade = square.grade(square.generate(4), { ...right, side: '5', area: '25' });
    expect(field(grade, 'side')).toMatchObject({ correct: false, followThrough: false });
    expect(field(grade, 'area')).toMatchObject({ correct: true, followThrough: true, diagnoses: [] });
    expect(grade.credit).toBe(0.75);
  });

  it('marks the true value right without follow-through even after a wrong earlier value', () => {
    const grade = square.grade(square.generate(4), { ...right, side: '5', area: '16' });
    expect(field(grade, 'area')).toMatchObject({ correct: true, followThrough: false });
  });

  it('does not follow through from an earlier value that is unreadable or left out', () => {
    const answers: Record<string, string>[] = [{ side: 'five', area: '25' }, { area: '25' }];
    for (const answer of answers) {
      expect(field(square.grade(square.generate(4), answer), 'area')).toMatchObject({
        correct: false,
        followThrough: false,
      });
    }
  });

  it('names the mistake that produces a wrong value', () => {
    const grade = square.grade(square.generate(4), { ...right, area: '32', layer: 'conv1', share: '22.5%' });
    expect(field(grade, 'area')).toMatchObject({ correct: false, diagnoses: ['flops-doubled'] });
    expect(field(grade, 'layer').diagnoses).toEqual(['pool-has-params']);
    expect(field(grade, 'share').diagnoses).toEqual(['reduction-complement']);
    expect(field(grade, 'area').read).toBe('32');
  });

  it('diagnoses a dependent field against the student’s own earlier value too', () => {
    const grade = square.grade(square.generate(4), { ...right, side: '5', area: '50' });
    expect(field(grade, 'area')).toMatchObject({
      correct: false,
      followThrough: false,
      diagnoses: ['flops-doubled'],
    });
  });

  it('leaves a wrong value that no mistake explains undiagnosed', () => {
    expect(field(square.grade(square.generate(4), { ...right, area: '17' }), 'area').diagnoses).toEqual([]);
  });

  it('never diagnoses a right answer, and drops a mistake that gives the right answer', () => {
    // Side 2: 2·side = side² = 4, so `stride-ignored` cannot be told apart from the right area.
    const grade = square.grade(square.generate(2), { ...right, side: '2', area: '4' });
    expect(field(grade, 'area')).toMatchObject({ correct: true, diagnoses: [] });
    const side3 = square.grade(square.generate(3), { ...right, side: '3', area: '6' });
    expect(field(side3, 'area').diagnoses).toEqual(['stride-ignored']);
  });

  it('says what it could not read instead of marking it wrong', () => {
    const grade = square.grade(square.generate(4), { ...right, area: '1,6', layer: 'fc9' });
    expect(field(grade, 'area')).toMatchObject({
      answered: true,
      correct: false,
      read: null,
      diagnoses: [],
      error: { code: 'decimal-comma' },
    });
    expect(field(grade, 'layer').error).toEqual({
      code: 'unknown-choice',
      text: 'fc9',
      choices: ['conv1', 'pool5'],
    });
    expect(grade.credit).toBe(0.5);
  });

  it('grades a field left out or left blank as unanswered, not right', () => {
    const grade = square.grade(square.generate(4), { side: '4', area: '  ' });
    expect(field(grade, 'area')).toMatchObject({
      answered: false,
      correct: false,
      read: null,
      diagnoses: [],
    });
    expect(field(grade, 'layer')).toMatchObject({ answered: false, correct: false });
    expect(field(grade, 'layer').error).toBeUndefined();
    expect(grade.credit).toBe(0.25);
  });

  it('gives no credit to an empty answer', () => {
    expect(square.grade(square.generate(4), {}).credit).toBe(0);
  });

  it('refuses a solution that leaves a field unanswered, naming the template and the field', () => {
    const broken = defineTemplate<Square>({
      ...square,
      solve: (problem, given) => {
        const { area: _area, ...answers } = square.solve(problem, given).answers;
        return { answers, steps: [] };
      },
    });
    expect(() => broken.grade(broken.generate(4), right)).toThrow(
      'template square: its solution has no answer for field area',
    );
  });
});
