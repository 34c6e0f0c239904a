import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNetworkText } from '../../../../src/shared/nn/dsl/parse.ts';
import { limits } from '../../../../src/shared/nn/limits.ts';
import { tryReadNetworkJson } from '../../../../src/shared/nn/network-json.ts';
import { wordReason } from '../../../../src/shared/nn/reason-messages.ts';
import { analyzeSource } from '../../../../src/shared/nn/source.ts';

/** The problem of a text that must not read, with its words in both languages. */
function problemOf(text: string) {
  const parsed = readNetworkText(text);
  if (parsed.ok) throw new Error(`expected a problem for ${JSON.stringify(text.slice(0, 80))}`);
  expect(wordReason(parsed.problem.reason, 'zh')).not.toBe('');
  expect(wordReason(parsed.problem.reason, 'en')).not.toBe('');
  return parsed.problem;
}

describe('hostile input to the description language (issue 12, crashes 5 and 6)', () => {
  // Words that are keys of Object.prototype once crashed the parser or read as "unknown layer Object".
  for (const [line, reason] of [
    ['__proto__ toString', { code: 'unknownLayer', word: '__proto__', guess: null }],
    ['hasOwnProperty length', { code: 'unknownLayer', word: 'hasOwnProperty', guess: null }],
    ['__proto__ __proto__', { code: 'unknownLayer', word: '__proto__', guess: null }],
    ['constructor name', { code: 'unknownLayer', word: 'constructor', guess: null }],
    ['toString', { code: 'unknownLayer', word: 'toString', guess: null }],
    ['pool __proto__', { code: 'twoWordKeyword', word: 'pool', options: ['max', 'avg'] }],
    ['pool constructor k3', { code: 'twoWordKeyword', word: 'pool', options: ['max', 'avg'] }],
    ['conv 4 k3 __proto__', { code: 'notUnderstood', keyword: 'conv', text: '__proto__' }],
    ['relu <- __proto__', { code: 'undefinedReference', name: '__proto__' }],
    ['conv 4 constructor', { code: 'notUnderstood', keyword: 'conv', text: 'constructor' }],
  ] as const) {
    it(`input 3x8x8 then ${line}`, () => {
      const problem = problemOf(`input 3x8x8\n${line}`);
      expect(problem).toMatchObject({ kind: 'syntax', line: 2, reason });
    });
  }

  it('layers named after prototype keys are ordinary names', () => {
    const parsed = readNetworkText(
      'input 3x8x8\n__proto__: relu\nconstructor: relu\ntoString: add <- __proto__ constructor',
    );
    expect(parsed.ok && parsed.network.layers.map((layer) => layer.name)).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
  });

  it('1,700 nested add blocks (19 KB) are refused with the nesting limit, not a stack overflow', () => {
    const text = `input 3x8x8\n${'a: add {\n{\n'.repeat(1700)}`;
    expect(text.length).toBeLessThan(limits.textLength);
    const problem = problemOf(text);
    expect(problem.reason).toEqual({ code: 'tooDeep', limit: limits.nesting });
    expect(problem.line).toBe(2 + 2 * limits.nesting);
    expect(wordReason(problem.reason, 'zh')).toContain(`嵌套超过 ${limits.nesting} 层`);
  });

  it('blocks nested up to the limit still read', () => {
    const depth = limits.nesting;
    // One-letter block names keep the scoped names (a.a.a…) under the name length limit.
    const text = `input 3x8x8\n${'a: add {\n{\n'.repeat(depth)}relu\n${'}\n{}\n}\n'.repeat(depth)}`;
    const parsed = readNetworkText(text);
    expect(parsed.ok ? parsed.network.layers.length : parsed.problem).toBe(depth + 1);
  });

  it('a text over the size limit is a tooLarge problem, not an exception', () => {
    const parsed = readNetworkText('#'.repeat(limits.textLength + 1));
    expect(parsed).toMatchObject({ ok: false, tooLarge: true, problem: { reason: { code: 'textTooLong' } } });
  });
});

describe('hostile JSON networks', () => {
  for (const [name, network, code] of [
    ['a __proto__ kind', { input: [3, 8, 8], layers: [{ name: 'a', kind: '__proto__' }] }, 'unknownKind'],
    ['a constructor kind', { input: [3, 8, 8], layers: [{ name: 'a', kind: 'constructor' }] }, 'unknownKind'],
    [
      'an own __proto__ attribute',
      JSON.parse('{"input":[3,8,8],"layers":[{"name":"a","kind":"relu","__proto__":{"inplace":true}}]}'),
      'unknownAttribute',
    ],
    [
      'a toString attribute',
      { input: [3, 8, 8], layers: [{ name: 'a', kind: 'conv2d', outChannels: 4, kernel: 3, toString: 1 }] },
      'unknownAttribute',
    ],
    ['layers as a string', { layers: '__proto__' }, 'layersNotArray'],
    ['null', null, 'notAnObject'],
  ] as const) {
    it(name, () => {
      const read = tryReadNetworkJson(network);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem.reason.code).toBe(code);
    });
  }

  it('a conv whose kernel is inherited from Object.prototype is still missing its kernel', () => {
    const read = tryReadNetworkJson({
      input: [3, 8, 8],
      layers: [{ name: 'a', kind: 'conv2d', outChannels: 4 }],
    });
    expect(!read.ok && read.problem.reason).toEqual({ code: 'fieldRequired', field: 'kernel' });
  });
});

/** Grammar-shaped text: keywords, attributes, braces and names, so the parser gets deep, not only early errors. */
const grammarWords = [
  ...[
    'conv',
    'deconv',
    'pool',
    'max',
    'avg',
    'maxpool',
    'fc',
    'add',
    'concat',
    'relu',
    'bn',
    'flatten',
    'gap',
  ],
  ...['dropout', 'k3', 'k1x7', 's2', 'p1', 'p0,1,0,1', 'd2', 'g2', 'dw', 'nobias', 'ceil', 'same', 'valid'],
  ...['op1', '16', '0', '-1', '0.5', '1e9', 'x', '{', '}', '{}', ';', ':', '<-', '\n', 'input', 'network'],
  ...['3x8x8', '3x4x4', '784', '#', 'a', 'b', 'a:', 'b:', '__proto__', 'constructor', 'toString', 'input:'],
  ...['hasOwnProperty', 'valueOf', 'ｋ３', '\u0000', '\t'],
];

const grammarText = fc
  .array(fc.constantFrom(...grammarWords), { maxLength: 80 })
  .chain((words) =>
    // Mutations: a word dropped, doubled or swapped for arbitrary text, as a student's typos would.
    fc.tuple(
      fc.constant(words),
      fc.nat(),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('drop', 'double', 'swap'),
    ),
  )
  .map(([words, at, junk, how]) => {
    const index = words.length ? at % words.length : 0;
    const mutated = [...words];
    if (how === 'drop') mutated.splice(index, 1);
    if (how === 'double') mutated.splice(index, 0, words[index] ?? junk);
    if (how === 'swap') mutated[index] = junk;
    return mutated.join(' ');
  });

describe('the parsers never throw (fast-check, 10,000 inputs each)', () => {
  it('description language: arbitrary and grammar-mutated text reads or gives a worded problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }), grammarText),
        (text) => {
          const parsed = readNetworkText(text);
          if (!parsed.ok) {
            expect(wordReason(parsed.problem.reason, 'zh')).not.toBe('');
            return;
          }
          // A network that reads must also analyse to a value or a problem, never a throw.
          const outcome = analyzeSource(
            { type: 'text', text },
            { input: [3, 16, 16], dtype: 'fp32', explain: false },
          );
          if (!outcome.ok) expect(wordReason(outcome.problem.reason, 'en')).not.toBe('');
        },
      ),
      { numRuns: 10_000 },
    );
  });

  const key = fc.constantFrom(
    ...['name', 'kind', 'inputs', 'outChannels', 'kernel', 'stride', 'padding', 'groups', 'bias', 'p'],
    ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'outFeatures', 'outputSize', 'inplace'],
  );
  const kind = fc.constantFrom(
    'conv2d',
    'linear',
    'relu',
    'add',
    'concat',
    'max_pool2d',
    'dropout',
    '__proto__',
  );
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    kind,
    fc.constantFrom(3, [3, 3], [1, 1, 1, 1], 'same', 'depthwise', true, -1, 1e308, Number.NaN),
  );
  const layer = fc.dictionary(key, value, { maxKeys: 6 });
  const network = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({
      input: fc.oneof(fc.constant([3, 8, 8]), fc.jsonValue({ maxDepth: 1 })),
      layers: fc.array(layer, { maxLength: 6 }),
    }),
  );

  it('JSON networks: arbitrary and layer-shaped values read or give a worded problem', () => {
    fc.assert(
      fc.property(network, (json) => {
        const read = tryReadNetworkJson(json);
        if (!read.ok) {
          expect(wordReason(read.problem.reason, 'zh')).not.toBe('');
          return;
        }
        const outcome = analyzeSource(
          { type: 'json', network: json },
          { input: [3, 8, 8], dtype: 'fp32', explain: false },
        );
        if (!outcome.ok) expect(wordReason(outcome.problem.reason, 'en')).not.toBe('');
      }),
      { numRuns: 10_000 },
    );
  });
});
