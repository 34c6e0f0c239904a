import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeNetwork } from '../../../../src/shared/nn/analyze.ts';
import { NetworkError } from '../../../../src/shared/nn/errors.ts';
import { readNetworkJson } from '../../../../src/shared/nn/network-json.ts';

/** One sliding window on one axis (height and width get the same numbers here). */
interface Window {
  kernel: number;
  stride: number;
  dilation: number;
  before: number;
  after: number;
}

type Item =
  { type: 'window'; window: Window } | { type: 'block'; join: 'concat' | 'add'; branches: Window[][] };

const mainWindow = fc
  .record({
    kernel: fc.integer({ min: 1, max: 5 }),
    stride: fc.integer({ min: 1, max: 3 }),
    dilation: fc.integer({ min: 1, max: 3 }),
    before: fc.nat(3),
    after: fc.nat(3),
  })
  .filter((window) => window.before <= window.dilation * (window.kernel - 1) + 1);

/** Branch windows keep the size (stride 1, total padding d(k-1)) but may shift the centre: "not aligned". */
const branchWindow = fc
  .record({
    kernel: fc.integer({ min: 1, max: 5 }),
    dilation: fc.integer({ min: 1, max: 3 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ kernel, dilation, share }): Window => {
    const total = dilation * (kernel - 1);
    const before = Math.round(total * share);
    return { kernel, stride: 1, dilation, before, after: total - before };
  });

const item: fc.Arbitrary<Item> = fc.oneof(
  mainWindow.map((window): Item => ({ type: 'window', window })),
  fc
    .record({
      join: fc.constantFrom('concat' as const, 'add' as const),
      branches: fc.array(fc.array(branchWindow, { maxLength: 2 }), { minLength: 2, maxLength: 3 }),
    })
    .map(({ join, branches }): Item => ({ type: 'block', join, branches })),
);

interface Node {
  name: string;
  inputs: string[];
  window: Window | null;
  join?: 'concat' | 'add';
  /** Output channels: branch convs keep the channels of their fork, so adds always match. */
  channels: number;
}

function build(items: readonly Item[]): Node[] {
  const nodes: Node[] = [];
  let current = 'input';
  let channels = 2;
  const add = (node: Omit<Node, 'name'>): string => {
    const name = `n${nodes.length}`;
    nodes.push({ name, ...node });
    return name;
  };
  for (const entry of items) {
    if (entry.type === 'window') {
      current = add({ inputs: [current], window: entry.window, channels });
      continue;
    }
    const start = current;
    const ends = entry.branches.map((branch) =>
      branch.reduce((previous, window) => add({ inputs: [previous], window, channels }), start),
    );
    current = add({
      inputs: ends,
      window: null,
      join: entry.join,
      channels: entry.join === 'add' ? channels : channels * ends.length,
    });
    channels = nodes.at(-1)!.channels;
  }
  return nodes;
}

function toJson(nodes: readonly Node[]) {
  return {
    input: [2, 96, 96],
    layers: nodes.map((node) =>
      node.window
        ? {
            name: node.name,
            kind: 'conv2d',
            inputs: node.inputs,
            outChannels: node.channels,
            kernel: node.window.kernel,
            stride: node.window.stride,
            dilation: node.window.dilation,
            padding: [node.window.before, node.window.after, node.window.before, node.window.after],
          }
        : { name: node.name, kind: node.join, inputs: node.inputs },
    ),
  };
}

/** The input positions (padding included, so possibly negative) that `positions` of `name` depend on. */
function dependencies(
  byName: ReadonlyMap<string, Node>,
  name: string,
  positions: ReadonlySet<number>,
): Set<number> {
  if (name === 'input') return new Set(positions);
  const node = byName.get(name)!;
  if (!node.window) {
    const union = new Set<number>();
    for (const input of node.inputs)
      for (const position of dependencies(byName, input, positions)) union.add(position);
    return union;
  }
  const { kernel, stride, dilation, before } = node.window;
  const below = new Set<number>();
  for (const position of positions) {
    for (let tap = 0; tap < kernel; tap++) below.add(position * stride - before + tap * dilation);
  }
  return dependencies(byName, node.inputs[0]!, below);
}

describe('receptive fields against an explicit input-dependency walk', () => {
  it('size, start and jump of unit 0 on random stacks with dilation, padding and branches', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), (items) => {
        const nodes = build(items);
        if (nodes.length === 0) return;
        let analysis;
        try {
          analysis = analyzeNetwork(readNetworkJson(toJson(nodes)), { explain: false });
        } catch (thrown) {
          if (thrown instanceof NetworkError && thrown.reason.code === 'windowTooLarge') return;
          throw thrown;
        }
        const byName = new Map(nodes.map((node) => [node.name, node]));
        const last = nodes.at(-1)!.name;
        const unit0 = [...dependencies(byName, last, new Set([0]))];
        const unit1 = [...dependencies(byName, last, new Set([1]))];
        const first = Math.min(...unit0);
        const end = Math.max(...unit0);
        const row = analysis.layers.at(-1)!;
        expect(row.rf.start).toEqual([first, first]);
        expect(row.rf.size).toEqual([end - first + 1, end - first + 1]);
        expect(row.rf.jump).toEqual([Math.min(...unit1) - first, Math.min(...unit1) - first]);
        // Aligned exactly when every join's branches share their centre (all branch strides are 1).
        const centres = (name: string): number => {
          const set = [...dependencies(byName, name, new Set([0]))];
          return (Math.min(...set) + Math.max(...set)) / 2;
        };
        const aligned = nodes.every(
          (node) => node.window || node.inputs.every((input) => centres(input) === centres(node.inputs[0]!)),
        );
        expect(row.rf.aligned).toBe(aligned);
      }),
      { numRuns: 250 },
    );
  });

  it('three stacked 3x3 convs see 7x7, as one 7x7 does (homework choice 3 and 5)', () => {
    const stack = analyzeNetwork(
      readNetworkJson({
        input: [1, 9, 9],
        layers: [1, 2, 3].map((index) => ({ name: `c${index}`, kind: 'conv2d', outChannels: 1, kernel: 3 })),
      }),
    );
    expect(stack.layers.at(-1)!.rf).toMatchObject({ size: [7, 7], jump: [1, 1], start: [0, 0] });
  });
});
