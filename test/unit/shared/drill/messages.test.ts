import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../../src/shared/deck/localized-text.ts';
import { drillErrorCodes } from '../../../../src/shared/drill/drill-error.ts';
import { drillMessages, formatClock } from '../../../../src/shared/drill/messages.ts';

describe('drill messages', () => {
  it('has every string in both languages, every error code included', () => {
    expect(Object.keys(drillMessages.errors).sort()).toEqual([...drillErrorCodes].sort());
    for (const group of Object.values(drillMessages)) {
      for (const text of Object.values(group)) {
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('fills templates, leaving a missing value visible', () => {
    expect(fillTemplate(drillMessages.labels.questionOf.en, { index: 3, total: 7 })).toBe('Question 3 of 7');
    expect(fillTemplate(drillMessages.labels.score.zh, { score: 6 })).toBe('得分：6 / {total}');
  });
});

describe('formatClock', () => {
  it('shows m:ss, h:mm:ss from an hour, rounding up so 0:00 only at zero', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(10 * 60_000)).toBe('10:00');
    expect(formatClock(3_600_000 + 61_000)).toBe('1:01:01');
    expect(formatClock(-5)).toBe('0:00');
  });
});
