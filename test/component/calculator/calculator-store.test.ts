import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../../src/shared/engine/engine-error.ts';
import { parseNetworkText } from '../../../src/shared/nn/dsl/parse.ts';
import { CalculatorStore } from '../../../src/renderer/features/calculator/calculator-store.svelte.ts';
import { addLayer, replaceLayer } from '../../../src/renderer/features/calculator/network-edit.ts';
import { fakeEngine, memoryStorage } from './fake-engine.ts';

let stores: CalculatorStore[] = [];

function makeStore(delayMs = 0, initial?: Parameters<typeof memoryStorage>[0]) {
  const engine = fakeEngine(delayMs);
  const memory = memoryStorage(initial);
  const store = new CalculatorStore({
    host: engine.host,
    storage: memory.storage,
    saveDelayMs: 5,
    typingDelayMs: 5,
  });
  stores.push(store);
  return { store, ...engine, ...memory };
}

afterEach(() => {
  for (const store of stores) store.dispose();
  stores = [];
  vi.useRealTimers();
});

const problem2 = 'network problem2\ninput 3x32x32\nconv1: conv 10 k5 p2\n';

describe('CalculatorStore', () => {
  it('opens AlexNet-2012 the first time, through the engine, without explanations', async () => {
    const { store, requests } = makeStore();
    await store.load();
    expect(store.preset).toBe('alexnet2012');
    expect(store.analysis?.totals.params.total).toBe(60_965_224);
    expect(requests[0]!.payload).toMatchObject({ source: { type: 'text' }, input: null, explain: false });
    expect(store.analysis?.layers.every((layer) => layer.explanations === null)).toBe(true);
    expect(store.fieldLayer).toBe('pool5');
  });

  for (const text of ['input 3x8x8\n__proto__ toString\n', `input 3x8x8\n${'a: add {\n{\n'.repeat(1700)}`]) {
    it(`opens saved text that does not read in the text editor, with its problem: ${JSON.stringify(text.slice(12, 30))}`, async () => {
      const { store } = makeStore(0, { ...defaults(), text });
      await store.load();
      expect(store.mode).toBe('text');
      expect(store.text).toBe(text);
      expect(store.parsed?.ok).toBe(false);
      expect(store.problem?.kind).toBe('syntax');
    });
  }

  it('restores the last network and switches, and saves changes', async () => {
    const { store, saved } = makeStore(0, {
      text: problem2,
      preset: null,
      mode: 'text',
      dtype: 'fp16',
      compute: 'flops',
      memory: ['bytes'],
    });
    await store.load();
    expect(store.mode).toBe('text');
    expect(store.analysis?.layers[1]).toMatchObject({ output: [10, 32, 32], params: { total: 760 } });
    expect(store.analysis?.dtype).toBe('fp16');
    store.toggleMemory('megabytes');
    store.toggleMemory('bytes');
    store.toggleMemory('megabytes');
    expect(store.memory).toEqual(['megabytes']);
    await vi.waitFor(() => expect(saved.get('calculator')).toMatchObject({ memory: ['megabytes'] }));
    store.setText(`${problem2}relu\n`);
    await vi.waitFor(() => expect(saved.get('calculator')).toMatchObject({ text: `${problem2}relu\n` }));
  });

  it('reads and analyses typed text after a pause; a key during an analysis aborts it', async () => {
    const { store, requests, reads } = makeStore(20, { ...defaults(), text: problem2 });
    await store.load();
    store.setText('input 3x32x32\nconv 10 k5');
    store.setText('input 3x32x32\nconv 10 k');
    store.setText('input 3x32x32\nconv 10 k5 p');
    const earlier = store.pending;
    expect(requests).toHaveLength(1);
    await vi.waitFor(() => expect(requests).toHaveLength(2), { interval: 1 });
    expect(reads.map((read) => read.text)).toEqual([problem2, 'input 3x32x32\nconv 10 k5 p']);
    store.setText('input 3x32x32\nconv 10 k5 p2');
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests.slice(1).map((request) => request.signal?.aborted)).toEqual([true, false]);
    // Whoever waited before the last key waits for the last key's analysis.
    await earlier;
    expect(store.problem).toBeNull();
    expect(store.analysis?.layers[1]?.output).toEqual([10, 32, 32]);
    expect(store.parsed?.ok && store.parsed.network?.layers).toHaveLength(1);
  });

  it('reads only the outline of the text while the text editor shows, and the whole network for the layer list', async () => {
    const { store, reads } = makeStore(0, { ...defaults(), mode: 'text', text: problem2 });
    await store.load();
    expect(store.parsed).toEqual({ ok: true, input: [3, 32, 32], network: null });
    expect(store.inputShape).toEqual([3, 32, 32]);
    store.setMode('layers');
    await store.pending;
    expect(reads).toHaveLength(2);
    expect(store.parsed?.ok && store.parsed.network?.layers.map((layer) => layer.name)).toEqual(['conv1']);
    // Back to the text: the network read stays until the next edit reads an outline again.
    store.setMode('text');
    expect(reads).toHaveLength(2);
    store.setText(`${problem2}relu\n`);
    await vi.waitFor(() => expect(reads).toHaveLength(3));
    await store.pending;
    expect(store.parsed).toEqual({ ok: true, input: [3, 32, 32], network: null });
  });

  it('shows busy only when an answer takes longer than the delay', async () => {
    vi.useFakeTimers();
    const { store } = makeStore(400, { ...defaults(), text: problem2 });
    const loading = store.load();
    await vi.advanceTimersByTimeAsync(100);
    expect(store.busy).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(store.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(300);
    await loading;
    expect(store.busy).toBe(false);
  });

  it('keeps the last valid analysis when the network turns invalid, naming the layer and the line', async () => {
    const { store } = makeStore(0, { ...defaults(), text: problem2 });
    await store.load();
    store.setText('network p\ninput 3x32x32\n\nbig: conv 10 k40\n');
    await store.pending;
    expect(store.problem).toMatchObject({ kind: 'network', layer: 'big', field: 'kernel' });
    expect(store.problem?.reason.code).toBe('windowTooLarge');
    // The engine names the line of the layer it rejects: the editor marks it without reading the text itself.
    expect(store.problem?.line).toBe(4);
    expect(store.analysis?.layers[1]?.params.total).toBe(760);
    store.setText('network p\ninput 3x32x32\nconv 10 k5 q2\n');
    await store.pending;
    expect(store.problem).toMatchObject({ kind: 'syntax', line: 3, column: 12 });
    expect(store.parsed?.ok).toBe(false);
  });

  it('asks the engine for one layer’s explanation when a number is clicked', async () => {
    const { store, requests } = makeStore(0, { ...defaults(), text: problem2 });
    await store.load();
    await store.explain('conv1', 'params');
    expect(requests.at(-1)!.payload.explain).toEqual(['conv1']);
    expect(store.formula?.explanation?.substituted).toBe(
      '10 \\times \\frac{3}{1} \\times 5 \\times 5 + 10 = 760',
    );
    store.explainTotal('params');
    expect(store.formula).toMatchObject({
      layer: null,
      key: 'params',
      explanation: { notes: [{ code: 'layerSum', total: 'params' }] },
    });
    store.setText(`${problem2}relu\n`);
    expect(store.formula).toBeNull();
  });

  it('edits from the layer list go through the printer and read back; the input line follows the fields', async () => {
    const { store } = makeStore(0, { ...defaults(), text: problem2 });
    await store.load();
    const network = (store.parsed?.ok && store.parsed.network) || parseNetworkText(problem2);
    expect(store.applyNetwork(addLayer(network, 'relu', 0))).toBe(true);
    expect(store.text).toContain('relu1: relu');
    const edited = (store.parsed?.ok && store.parsed.network) || network;
    store.applyNetwork(replaceLayer(edited, 0, { ...edited.layers[0]!, name: 'stem' }));
    expect(store.text).toContain('stem: conv 10 k5 p2');
    expect(store.text).toMatch(/relu1: relu\n/);
    store.setInput([1, 28, 28]);
    await store.pending;
    expect(store.inputShape).toEqual([1, 28, 28]);
    expect(store.analysis?.layers[1]?.output).toEqual([10, 28, 28]);
    const broken = { ...edited, layers: [{ name: 'j', kind: 'concat', inputs: ['input'], attributes: {} }] };
    expect(store.applyNetwork(broken)).toBe(false);
    expect(store.editRefusal).toMatchObject({ code: 'joinNeedsBranches', keyword: 'concat' });
    expect(store.text).toContain('stem: conv 10 k5 p2');
  });

  it('reports an engine failure with its code, and recovers on the next change', async () => {
    const engine = fakeEngine();
    let crashes = 1;
    const host = {
      run: (...args: Parameters<typeof engine.host.run>) =>
        args[0] === 'nn:analyze' && crashes-- > 0
          ? Promise.reject(new EngineError('WORKER_CRASHED', 'The engine worker stopped.'))
          : engine.host.run(...args),
    } as typeof engine.host;
    const store = new CalculatorStore({
      host,
      storage: memoryStorage({ ...defaults(), text: problem2 }).storage,
    });
    stores.push(store);
    await store.load();
    expect(store.failure).toEqual({ code: 'WORKER_CRASHED', refusal: null });
    expect(store.analysis).toBeNull();
    store.setText(`${problem2}relu\n`);
    await store.pending;
    expect(store.failure).toBeNull();
    expect(store.analysis?.totals.params.total).toBe(760);
  });
});

function defaults() {
  return {
    text: '',
    preset: null,
    mode: 'layers' as const,
    dtype: 'fp32' as const,
    compute: 'macs' as const,
    memory: ['elements' as const],
  };
}
