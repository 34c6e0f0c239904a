import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOpCase, runOpCase } from '../../../../src/shared/conv/op-cases.ts';
import { tensorToNested } from '../../../../src/shared/conv/tensor.ts';

interface VectorCase {
  op: string;
  name?: string;
  output: unknown;
}

const vectors = JSON.parse(
  readFileSync(new URL('../../../fixtures/conv_vectors.json', import.meta.url), 'utf8'),
) as { cases: VectorCase[] };

describe('conv_vectors.json (PyTorch float64 on integer data)', () => {
  it('holds the 49 public cases of all four operations', () => {
    expect(vectors.cases).toHaveLength(49);
    expect(new Set(vectors.cases.map((entry) => entry.op))).toEqual(
      new Set(['conv2d', 'maxpool2d', 'avgpool2d', 'conv_transpose2d']),
    );
  });

  it.each(vectors.cases.map((entry, index) => [index, entry.name ?? entry.op, entry] as const))(
    'case %i (%s) comes out exactly',
    (index, _name, entry) => {
      expect(tensorToNested(runOpCase(parseOpCase(entry, `cases[${index}]`)))).toEqual(entry.output);
    },
  );
});
