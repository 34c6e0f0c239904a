import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatNumber,
  formatText,
  locale,
} from '../../../src/renderer/lib/i18n/locale.svelte.ts';

describe('numbers in both languages', () => {
  it('groups thousands, keeps up to three decimals, or exactly the digits asked for', () => {
    expect(formatNumber(60_965_224, 'en')).toBe('60,965,224');
    expect(formatNumber(60_965_224, 'zh')).toBe('60,965,224');
    expect(formatNumber(0.123456, 'en')).toBe('0.123');
    expect(formatNumber(1234.5, 'en', 2)).toBe('1,234.50');
    expect(formatNumber(2, 'zh', 1)).toBe('2.0');
    // A format asked with digits does not change the one asked without (each is kept apart).
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    // At most the digits asked for, none added: the browse table's stability and difficulty.
    expect(formatDecimal(12.46, 'zh', 1)).toBe('12.5');
    expect(formatDecimal(12, 'en', 1)).toBe('12');
    expect(formatDecimal(12_345.67, 'en', 1)).toBe('12,345.7');
  });

  it('formats the numbers of a text and follows the current language', () => {
    expect(formatText('{params} parameters', { params: 37_752_832 }, 'en')).toBe('37,752,832 parameters');
    locale.current = 'zh';
    expect(locale.number(0.5, 2)).toBe('0.50');
    expect(locale.number(1_000_000)).toBe('1,000,000');
  });
});
