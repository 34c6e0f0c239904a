import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markerRange } from '../../../src/renderer/features/calculator/network-text-marker.ts';

const document = Text.of(['network p', 'input 3x32x32', '  conv 8 k3 zz', '']);
const marked = (line: number, column: number | null): string => {
  const range = markerRange(document, line, column);
  return document.sliceString(range.from, range.to);
};

describe('markerRange', () => {
  it('marks the word a syntax problem starts at', () => {
    expect(marked(3, 13)).toBe('zz');
    expect(marked(2, 1)).toBe('input');
    expect(marked(2, 6)).toBe('');
  });

  it("marks a rejected layer's line without its indentation", () => {
    expect(marked(3, null)).toBe('conv 8 k3 zz');
  });

  it('stays inside the text when the problem is older than the text', () => {
    expect(marked(9, 1)).toBe('');
    expect(markerRange(document, 9, 1)).toEqual({ from: document.length, to: document.length });
    expect(marked(1, 99)).toBe('');
    expect(markerRange(document, 1, 99)).toEqual({ from: 9, to: 9 });
    expect(marked(0, 1)).toBe('network');
  });
});
