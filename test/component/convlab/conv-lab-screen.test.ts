import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ConvLabScreen from '../../../src/renderer/features/convlab/ConvLabScreen.svelte';
import { ConvLabStore } from '../../../src/renderer/features/convlab/convlab-store.svelte.ts';
import type { ImagePipeline } from '../../../src/renderer/features/convlab/image-pipeline.ts';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import { inProcessHost } from './in-process-host.ts';

/** The matrix panel does not touch images; a pipeline that is never called stands in for the worker. */
const unusedPipeline: ImagePipeline = {
  open: () => Promise.reject(new Error('not used')),
  copyPixels: () => Promise.reject(new Error('not used')),
  render: () => Promise.reject(new Error('not used')),
  release: () => {},
  dispose: () => {},
};

const newLab = () => new ConvLabStore({ host: inProcessHost(), pipeline: unusedPipeline });

function cells(testId: string): string[] {
  return [...screen.getByTestId(testId).querySelectorAll<HTMLElement>('[data-row]')].map(
    (cell) => cell.dataset.value ?? '',
  );
}

afterEach(() => {
  cleanup();
  locale.current = 'zh';
});

describe('ConvLabScreen', () => {
  it('animates the homework example with the keyboard and explains each step', async () => {
    locale.current = 'en';
    render(ConvLabScreen, { props: { store: newLab() } });
    await waitFor(() => expect(screen.getByTestId('step-counter').textContent).toContain('Step 0 of 25'));
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByTestId('step-counter').textContent).toContain('Step 2 of 25');
    expect(cells('output-grid').slice(0, 3)).toEqual(['20', '50', '']);
    expect(screen.getByTestId('step-formula').textContent).toContain('= 50');
    await fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getByTestId('step-counter').textContent).toContain('Step 1 of 25');
  });

  it('says at the field what is wrong with a cell, in Chinese', async () => {
    render(ConvLabScreen, { props: { store: newLab() } });
    await waitFor(() => expect(screen.getByTestId('step-counter').textContent).toContain('25'));
    await fireEvent.input(screen.getByLabelText('卷积核 第 2 行第 1 列'), { target: { value: '1e9' } });
    expect(screen.getByTestId('kernel-editor').textContent).toContain(
      '第 2 行第 1 列：最大为 1,000,000（这里是 1,000,000,000）。',
    );
    expect(screen.getByText('请先修正左侧标红的设置。')).toBeTruthy();
  });

  it('shows the rotated kernel and both results when the true convolution is compared', async () => {
    locale.current = 'en';
    render(ConvLabScreen, { props: { store: newLab() } });
    await fireEvent.change(screen.getByLabelText('Example'), { target: { value: 'arithmetic-valid' } });
    await fireEvent.click(screen.getByLabelText(/Compare with true convolution/));
    await waitFor(() => expect(screen.getByTestId('rotated-kernel-view')).toBeTruthy());
    await fireEvent.click(screen.getByRole('button', { name: 'Skip to the end' }));
    expect(cells('true-convolution-grid')).toEqual(['18', '20', '19', '10', '9', '17', '11', '8', '14']);
    expect(cells('output-grid')).toEqual(['12', '12', '17', '10', '17', '19', '9', '6', '14']);
  });

  it('keeps the lab as it was when the screen is left and shown again, its animation paused', async () => {
    locale.current = 'en';
    const store = newLab();
    const first = render(ConvLabScreen, { props: { store } });
    await fireEvent.change(screen.getByLabelText('Example'), { target: { value: 'arithmetic-valid' } });
    await waitFor(() => expect(screen.getByTestId('step-counter').textContent).toContain('Step 0 of 9'));
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.matrix.playback.playing).toBe(true);
    first.unmount();
    expect(store.matrix.playback.playing).toBe(false);
    const shownAt = store.matrix.playback.done;

    render(ConvLabScreen, { props: { store } });
    expect((screen.getByLabelText('Example') as HTMLSelectElement).value).toBe('arithmetic-valid');
    expect(screen.getByTestId('step-counter').textContent).toContain(`Step ${shownAt} of 9`);
    expect(cells('output-grid').slice(0, 2)).toEqual(['12', '12']);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });
});
