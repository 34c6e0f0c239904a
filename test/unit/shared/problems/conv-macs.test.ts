import { describe, expect, it } from 'vitest';
import { convMacs } from '../../../../src/shared/problems/templates/conv-macs.ts';
import { checkTemplateProperties } from './template-properties.ts';

describe('conv-macs', () => {
  it('holds the template properties over 1,000 seeds, with counts worth working by hand', () => {
    checkTemplateProperties(convMacs, ['flops-doubled', 'flops-halved', 'bias-forgotten'], (problem) => {
      const { macs } = convMacs.solve(problem).answers;
      expect(macs).toBeGreaterThanOrEqual(1_000_000);
      expect(macs).toBeLessThanOrEqual(2_000_000_000);
    });
  });

  const inceptionBranch2 = {
    size: 28,
    inChannels: 256,
    outChannels: 192,
    kernel: 3,
    stride: 1,
    padding: 1,
    bias: false,
    flopsWithBias: false,
  };

  it('counts the homework’s 3×3 branch: 346,816,512 MACs, twice that in FLOPs, 346.8 M right', () => {
    const problem = { ...convMacs.generate(1), parameters: inceptionBranch2 };
    expect(convMacs.solve(problem).answers).toEqual({ macs: 346_816_512, flops: 693_633_024 });
    const grade = convMacs.grade(problem, { macs: '346.8M', flops: '693.6M' });
    expect(grade.credit).toBe(1);
    expect(convMacs.grade(problem, { macs: '693.6M', flops: '346.8M' }).fields).toMatchObject([
      { correct: false, diagnoses: ['flops-doubled'] },
      { correct: false, diagnoses: ['flops-halved'] },
    ]);
  });

  it('follows a wrong MACs count through to FLOPs', () => {
    const problem = { ...convMacs.generate(1), parameters: inceptionBranch2 };
    const grade = convMacs.grade(problem, { macs: '300M', flops: '600M' });
    expect(grade.fields[1]).toMatchObject({ correct: true, followThrough: true });
    expect(grade.credit).toBe(0.5);
  });

  it('counts the bias adds in FLOPs when asked, and names FLOPs without them bias-forgotten', () => {
    const parameters = { ...inceptionBranch2, inChannels: 3, bias: true, flopsWithBias: true };
    const problem = { ...convMacs.generate(1), parameters };
    // 28·28·192 outputs × 27 multiply-adds; the bias adds are 28·28·192 = 150,528.
    expect(convMacs.solve(problem).answers).toEqual({ macs: 4_064_256, flops: 8_128_512 + 150_528 });
    expect(convMacs.grade(problem, { macs: '4,064,256', flops: '8,128,512' }).fields[1]!.diagnoses).toEqual([
      'bias-forgotten',
    ]);
  });
});
