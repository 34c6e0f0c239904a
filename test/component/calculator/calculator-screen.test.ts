import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import CalculatorScreen from '../../../src/renderer/features/calculator/CalculatorScreen.svelte';
import { CalculatorStore } from '../../../src/renderer/features/calculator/calculator-store.svelte.ts';
import { fakeEngine, memoryStorage } from './fake-engine.ts';

let store: CalculatorStore | undefined;

async function renderScreen(text?: string) {
  const settings = text
    ? {
        text,
        preset: null,
        mode: 'layers' as const,
        dtype: 'fp32' as const,
        compute: 'macs' as const,
        memory: ['elements' as const],
      }
    : undefined;
  store = new CalculatorStore({ host: fakeEngine().host, storage: memoryStorage(settings).storage });
  await store.load();
  render(CalculatorScreen, { props: { store } });
  // The table is first drawn one task after the summary (CalculatorScreen.svelte says why).
  if (store.analysis) await screen.findByTestId('analysis-table');
  return store;
}

function cell(layer: string, column: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(
    `tbody tr[data-layer="${layer}"] td[data-column="${column}"]`,
  );
  if (!found) throw new Error(`no cell ${layer} ${column}`);
  return found;
}

afterEach(() => {
  cleanup();
  store?.dispose();
  locale.current = 'zh';
});

describe('CalculatorScreen', () => {
  it('shows the table of the preset, with bottlenecks, in Chinese first', async () => {
    await renderScreen();
    expect(screen.getByRole('heading', { name: '层计算器' })).toBeTruthy();
    expect(cell('fc6', 'params').textContent?.trim()).toBe('37,752,832');
    expect(
      within(cell('fc6', 'params').closest('tr')!).getByTestId('bottleneck-params').textContent,
    ).toContain('参数瓶颈');
    expect(screen.getByTestId('preset-note').textContent).toContain('分组 = 2');
  });

  it('validates a layer field in place and sends only valid values', async () => {
    locale.current = 'en';
    const current = await renderScreen('network p\ninput 3x32x32\nconv1: conv 10 k5 p2\n');
    await fireEvent.click(screen.getByRole('button', { name: 'Edit conv1' }));
    const kernel = screen.getByLabelText('Kernel');
    await fireEvent.input(kernel, { target: { value: '-1' } });
    expect(screen.getByText('Must not be negative (this is -1).')).toBeTruthy();
    expect(current.text).toContain('conv1: conv 10 k5 p2');
    await fireEvent.input(kernel, { target: { value: '3' } });
    expect(current.text).toContain('conv1: conv 10 k3 p2');
    await fireEvent.input(screen.getByLabelText('Output channels (filters)'), {
      target: { value: '１,０２４' },
    });
    expect(current.text).toContain('conv1: conv 1024 k3 p2');
    expect(screen.getByTestId('read-as').textContent).toBe(
      'read as 1,024: full-width characters read as ASCII, thousands separators',
    );
    const name = screen.getByLabelText('Name');
    await fireEvent.input(name, { target: { value: 'input' } });
    expect(screen.getByText('"input" names the network input; choose another name')).toBeTruthy();
  });

  it('lists the inputs of branches and joins only, and leaves the inputs field of a chain link empty', async () => {
    locale.current = 'en';
    await renderScreen(
      'network p\ninput 3x8x8\na: conv 4 k1\nb: relu\nc: conv 4 k1 <- input\nsum: add <- b c\n',
    );
    const inputsOf = (layer: string) =>
      document.querySelector(`li[data-layer="${layer}"] .inputs`)?.textContent?.trim() ?? null;
    expect(['a', 'b', 'c', 'sum'].map(inputsOf)).toEqual([null, null, '← input', '← b, c']);
    await fireEvent.click(screen.getByRole('button', { name: 'Edit b' }));
    expect(screen.getByLabelText<HTMLInputElement>('Inputs').value).toBe('');
    await fireEvent.click(screen.getByRole('button', { name: 'Edit c' }));
    expect(screen.getByLabelText<HTMLInputElement>('Inputs').value).toBe('input');
  });

  it('says why the text refused a list edit in the UI language', async () => {
    const current = await renderScreen('network p\ninput 3x8x8\na: conv 4 k1\n');
    current.editRefusal = { code: 'inputNameTaken' };
    await waitFor(() =>
      expect(screen.getByText(/这次修改无法写成描述语言/).textContent).toContain('「input」是网络输入的名字'),
    );
  });

  it('opens the formula of a clicked number, and closes it with Escape', async () => {
    locale.current = 'en';
    await renderScreen('network p\ninput 3x32x32\nconv1: conv 10 k5 p2\n');
    const button = within(cell('conv1', 'params')).getByRole('button');
    await fireEvent.click(button);
    const popover = await screen.findByTestId('formula-popover');
    await waitFor(() =>
      expect(within(popover).getByTestId('formula-substituted').textContent).toContain('760'),
    );
    expect(within(popover).getByRole('heading').textContent).toBe('Parameters of conv1');
    await fireEvent.keyDown(popover, { key: 'Escape' });
    expect(screen.queryByTestId('formula-popover')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('says what is wrong with an empty network and with a text that does not read', async () => {
    locale.current = 'en';
    const current = await renderScreen('network p\ninput 3x32x32\n');
    expect(screen.getByTestId('empty-network').textContent).toContain('no layers yet');
    expect(screen.getByTestId('empty-table')).toBeTruthy();
    current.setText('network p\ninput 3x32x32\nconv 8 k3 zz\n');
    await current.pending;
    await waitFor(() => expect(screen.getByTestId('problem').textContent).toContain('Line 3, column 11'));
    expect(screen.getByRole('button', { name: 'Edit the text' })).toBeTruthy();
  });
});
