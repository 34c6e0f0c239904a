import { describe, expect, it } from 'vitest';
import { problemById } from '../../../../src/shared/problems/registry.ts';
import { homework3, inception } from '../../../../src/shared/problems/templates/inception.ts';
import { checkTemplateProperties } from './template-properties.ts';

/** The homework's answers, as it rounds them. */
const homeworkAnswer = {
  branch1: '25.7M',
  branch2: '346.8M',
  branch3: '481.7M',
  total: '854.2M',
  bottleneck_branch2: '99.5M',
  bottleneck_branch3: '66.6M',
  bottleneck_total: '191.8M',
  reduction: '77.5 %',
};

function verdict(answer: Record<string, string>, field: string) {
  return inception.grade(homework3, answer).fields.find((graded) => graded.id === field)!;
}

describe('inception and homework-3', () => {
  it('holds the template properties over 1,000 seeds', () => {
    checkTemplateProperties(
      inception,
      ['branch-left-out', 'reduction-left-out', 'reduction-complement', 'flops-doubled'],
      (problem) => {
        const { answers } = inception.solve(problem);
        const reduction = answers.reduction as number;
        expect(reduction).toBeGreaterThan(0);
        expect(reduction).toBeLessThan(1);
        expect(answers.bottleneck_total as number).toBeLessThan(answers.total as number);
        for (const id of ['branch1', 'branch2', 'branch3']) {
          expect(answers[id] as number).toBeGreaterThanOrEqual(1_000_000);
        }
      },
    );
  });

  it('reproduces the homework’s numbers field by field through grade', () => {
    const grade = inception.grade(homework3, homeworkAnswer);
    expect(grade.credit).toBe(1);
    expect(grade.fields.map(({ id, expected, correct }) => ({ id, expected, correct }))).toEqual([
      { id: 'branch1', expected: '25,690,112', correct: true },
      { id: 'branch2', expected: '346,816,512', correct: true },
      { id: 'branch3', expected: '481,689,600', correct: true },
      { id: 'total', expected: '854,196,224', correct: true },
      { id: 'bottleneck_branch2', expected: '99,549,184', correct: true },
      { id: 'bottleneck_branch3', expected: '66,633,728', correct: true },
      { id: 'bottleneck_total', expected: '191,873,024', correct: true },
      { id: 'reduction', expected: expect.stringMatching(/^0\.7753/) as string, correct: true },
    ]);
    expect(problemById('homework-3')).toEqual({ template: inception, problem: homework3 });
  });

  it('takes the homework’s roundings: 191.9M, and 77.54%, 0.775 or 77.5 for the reduction', () => {
    expect(verdict({ bottleneck_total: '191.9M' }, 'bottleneck_total').correct).toBe(true);
    for (const reduction of ['77.54%', '0.775', '77.5', '77.5%']) {
      expect(verdict({ reduction }, 'reduction').correct, reduction).toBe(true);
    }
    expect(verdict({ bottleneck_total: '192.1M' }, 'bottleneck_total').correct).toBe(false);
    expect(verdict({ reduction: '78%' }, 'reduction').correct).toBe(false);
  });

  it('follows through: a total from the student’s own wrong branch, a reduction from their own totals', () => {
    const total = verdict({ ...homeworkAnswer, branch2: '350M', total: '857.4M' }, 'total');
    expect(total).toMatchObject({ correct: true, followThrough: true });
    const reduction = verdict(
      { ...homeworkAnswer, bottleneck_total: '200M', reduction: '76.59%' },
      'reduction',
    );
    expect(reduction).toMatchObject({ correct: true, followThrough: true });
  });

  it('diagnoses a total against the student’s own branches: 25.7M + 350M leaves branch 3 out', () => {
    const total = verdict({ ...homeworkAnswer, branch2: '350M', total: '375.7M' }, 'total');
    expect(total).toMatchObject({ correct: false, followThrough: false, diagnoses: ['branch-left-out'] });
  });

  it('names the homework’s likely mistakes', () => {
    const cases: [string, string, string][] = [
      ['total', '372.5M', 'branch-left-out'],
      ['bottleneck_branch2', '86.7M', 'reduction-left-out'],
      ['bottleneck_total', '172.6M', 'reduction-left-out'],
      ['reduction', '22.46%', 'reduction-complement'],
      ['branch2', '693.6M', 'flops-doubled'],
    ];
    for (const [field, text, code] of cases) {
      expect(verdict({ ...homeworkAnswer, [field]: text }, field), `${field} ${text}`).toMatchObject({
        correct: false,
        diagnoses: [code],
      });
    }
  });

  it('states the homework verbatim, with its English translation', () => {
    expect(homework3.prompt.zh).toContain('输入特征图大小为 $28 \\times 28 \\times 256$');
    expect(homework3.prompt.zh).toContain('先用 $1 \\times 1$ 卷积 将通道从 256 压缩到 64');
    expect(homework3.prompt.en).toContain('reduces the channels from 256 to 32');
    expect(homework3).toMatchObject({ id: 'homework-3', template: 'inception', seed: null });
  });
});
