import { describe, expect, it } from 'vitest';

/** 1,000 seeds of grading take seconds alone, more on a loaded machine. */
const propertyTimeout = 120_000;
import { conv2d } from '../../../../../src/shared/conv/conv2d.ts';
import { tensorFromNested } from '../../../../../src/shared/conv/tensor.ts';
import type { Cell } from '../../../../../src/shared/input/reading.ts';
import {
  convByHand,
  homework4,
  inputWindow,
  type ConvByHandProblem,
} from '../../../../../src/shared/problems/templates/conv-by-hand.ts';

type Matrix = readonly (readonly number[])[];

/** A matrix as a student types it in a text box: one row per line, cells split by spaces. */
function typed(matrix: Matrix): string {
  return matrix.map((row) => row.join(' ')).join('\n');
}

function answerOf(problem: ConvByHandProblem): Record<string, Matrix> {
  return convByHand.solve(problem).answers as Record<string, Matrix>;
}

function gradeField(problem: ConvByHandProblem, field: string, matrix: Matrix) {
  const grade = convByHand.grade(problem, { [field]: typed(matrix) });
  return grade.fields.find((candidate) => candidate.id === field)!;
}

function withCell(matrix: Matrix, cell: Cell, value: number): number[][] {
  return matrix.map((row, rowIndex) =>
    row.map((old, column) => (rowIndex === cell.row && column === cell.column ? value : old)),
  );
}

const homeworkA = [
  [20, 50, 80, 110, 40],
  [100, 160, 180, 200, 40],
  [180, 240, 260, 280, 40],
  [260, 320, 340, 360, 40],
  [0, -130, -140, -150, -160],
];
const homeworkB = [
  [160, 200],
  [320, 360],
];

describe('conv-by-hand: homework-4', () => {
  it("reproduces the homework's two matrices through grade, in full credit", () => {
    expect(homework4.fields.map((field) => [field.id, field.kind, field.size])).toEqual([
      ['a', 'matrix', [5, 5]],
      ['b', 'matrix', [2, 2]],
    ]);
    const grade = convByHand.grade(homework4, { a: typed(homeworkA), b: '[[160, 200], [320, 360]]' });
    expect(grade.credit).toBe(1);
    expect(grade.fields.map((field) => [field.correct, field.diagnoses, field.expected])).toEqual([
      [
        true,
        [],
        '[[20, 50, 80, 110, 40], [100, 160, 180, 200, 40], [180, 240, 260, 280, 40], [260, 320, 340, 360, 40], [0, -130, -140, -150, -160]]',
      ],
      [true, [], '[[160, 200], [320, 360]]'],
    ]);
    expect(homework4.prompt.zh).toContain('a) padding=1, stride=1, 请计算卷积后的结果');
  });

  it('diagnoses the flipped kernel of (a) as kernel-flipped and marks its wrong cells', () => {
    const flipped = conv2d(
      tensorFromNested([[homework4.parameters.input]]),
      tensorFromNested([[homework4.parameters.kernel]]),
      null,
      { stride: [1, 1], padding: [1, 1, 1, 1], dilation: [1, 1], groups: 1, flipKernel: true },
    );
    const matrix = Array.from({ length: 5 }, (_, row) =>
      Array.from(flipped.data.subarray(row * 5, row * 5 + 5)),
    );
    const graded = gradeField(homework4, 'a', matrix);
    expect(graded.correct).toBe(false);
    expect(graded.diagnoses).toEqual(['kernel-flipped']);
    expect(graded.cells!.flat().filter((right) => !right).length).toBeGreaterThan(0);
    expect(graded.cells).toEqual(homeworkA.map((row, r) => row.map((value, c) => value === matrix[r]![c])));
  });

  it('diagnoses a cell holding its neighbour window as window-misplaced, naming the cell', () => {
    const graded = gradeField(homework4, 'a', withCell(homeworkA, { row: 1, column: 2 }, 200));
    expect(graded.diagnoses).toEqual(['window-misplaced']);
    expect(graded.misplacedCells).toEqual([{ row: 1, column: 2 }]);
    expect(graded.cells![1]).toEqual([true, true, false, true, true]);
    const strided = gradeField(homework4, 'b', withCell(homeworkB, { row: 0, column: 1 }, 180));
    expect(strided.misplacedCells).toEqual([{ row: 0, column: 1 }]);
  });

  it('reads a (b) computed without the stride, a 3×3, and says stride-ignored', () => {
    const graded = gradeField(homework4, 'b', [
      [160, 180, 200],
      [240, 260, 280],
      [320, 340, 360],
    ]);
    expect(graded.diagnoses).toEqual(['stride-ignored']);
    expect(graded.cells).toEqual([
      [false, false],
      [false, false],
    ]);
  });

  it('gives the input window of an output cell, padding cells marked', () => {
    expect(inputWindow(homework4, 'a', { row: 0, column: 0 })).toEqual([
      { row: -1, column: -1, inPadding: true },
      { row: -1, column: 0, inPadding: true },
      { row: 0, column: -1, inPadding: true },
      { row: 0, column: 0, inPadding: false },
    ]);
    expect(
      inputWindow(homework4, 'b', { row: 1, column: 1 }).map(({ row, column }) => [row, column]),
    ).toEqual([
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
    ]);
    expect(() => inputWindow(homework4, 'b', { row: 2, column: 0 })).toThrow(
      /homework-4: part b has no output cell \(2, 0\)/,
    );
    expect(() => inputWindow(homework4, 'c', { row: 0, column: 0 })).toThrow(/homework-4: no part c/);
  });

  it("works every cell in the steps, with the homework's first window and the two results", () => {
    const { steps } = convByHand.solve(homework4);
    const formulas = steps.map((step) => step.formula ?? '');
    expect(formulas).toContain('y_{0,0} = 0 \\cdot (-1) + 0 \\cdot 0 + 0 \\cdot 1 + 10 \\cdot 2 = 20');
    expect(formulas).toContain(
      'H_{out} = \\left\\lfloor \\frac{4 + 2 \\cdot 0 - 1 \\cdot (2 - 1) - 1}{2} \\right\\rfloor + 1 = 2',
    );
    expect(steps.filter((step) => step.fields).map((step) => step.fields)).toEqual([['a'], ['b']]);
    expect(steps.filter((step) => /^y_\{\d/.test(step.formula ?? '')).length).toBe(25 + 4);
    expect(homework4.hints.length).toBeGreaterThanOrEqual(3);
  });
});

describe('conv-by-hand: variants over 1,000 seeds', () => {
  const seeds = Array.from({ length: 1000 }, (_, index) => index * 7919 + 1);

  it(
    'are the same for the same seed, and numbers a student can work by hand',
    () => {
      expect(convByHand.generate(42)).toEqual(convByHand.generate(42));
      for (const seed of seeds) {
        const problem = convByHand.generate(seed);
        const { input, kernel, bias, parts } = problem.parameters;
        expect([4, 5]).toContain(input.length);
        expect([2, 3]).toContain(kernel.length);
        expect(input.flat().every((value) => Number.isInteger(value) && value >= 0 && value <= 9)).toBe(true);
        expect(kernel.flat().every((value) => Number.isInteger(value) && Math.abs(value) <= 2)).toBe(true);
        expect(Math.abs(bias)).toBeLessThanOrEqual(3);
        expect(parts.map((part) => part.id)).toEqual(['a', 'b']);
        for (const field of problem.fields) {
          const [rows, columns] = field.size!;
          expect(rows).toBeGreaterThanOrEqual(2);
          expect(columns).toBeLessThanOrEqual(6);
        }
        for (const matrix of Object.values(answerOf(problem))) {
          expect(matrix.flat().every((value) => Number.isInteger(value) && Math.abs(value) <= 200)).toBe(
            true,
          );
        }
      }
    },
    propertyTimeout,
  );

  it(
    'grade their own solution in full credit, undiagnosed',
    () => {
      for (const seed of seeds) {
        const problem = convByHand.generate(seed);
        const answers = answerOf(problem);
        const grade = convByHand.grade(problem, { a: typed(answers.a!), b: typed(answers.b!) });
        expect(grade.credit, `seed ${seed}`).toBe(1);
        expect(grade.fields.every((field) => field.diagnoses.length === 0 && field.correct)).toBe(true);
      }
    },
    propertyTimeout,
  );

  it(
    'diagnose every whole-matrix mistake that differs from the answer as itself, never as right',
    () => {
      const seen = new Set<string>();
      for (const seed of seeds) {
        const problem = convByHand.generate(seed);
        const answers = answerOf(problem);
        for (const mistake of convByHand.mistakes(problem)) {
          if (mistake.cell) continue;
          const value = mistake.value as Matrix;
          if (JSON.stringify(value) === JSON.stringify(answers[mistake.field])) continue;
          const graded = gradeField(problem, mistake.field, value);
          expect(graded.correct, `seed ${seed} ${mistake.code}`).toBe(false);
          expect(graded.diagnoses, `seed ${seed}`).toContain(mistake.code);
          seen.add(mistake.code);
        }
      }
      expect([...seen].sort()).toEqual([
        'bias-not-added',
        'kernel-flipped',
        'padding-forgotten',
        'stride-ignored',
      ]);
    },
    propertyTimeout,
  );

  it(
    'diagnose a misplaced window in one cell, naming that cell',
    () => {
      for (const seed of seeds) {
        const problem = convByHand.generate(seed);
        const answers = answerOf(problem);
        const misplaced = convByHand.mistakes(problem).filter((mistake) => mistake.cell);
        expect(misplaced.length).toBeGreaterThan(0);
        const mistake = misplaced[seed % misplaced.length]!;
        const cell = mistake.cell!;
        const graded = gradeField(
          problem,
          mistake.field,
          withCell(answers[mistake.field]!, cell, mistake.value as number),
        );
        expect(graded.correct).toBe(false);
        expect(graded.diagnoses).toContain('window-misplaced');
        expect(graded.misplacedCells).toContainEqual(cell);
        expect(graded.cells![cell.row]![cell.column]).toBe(false);
        expect(graded.cells!.flat().filter((right) => !right).length).toBe(1);
      }
    },
    propertyTimeout,
  );
});
