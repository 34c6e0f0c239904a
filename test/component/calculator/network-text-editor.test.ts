import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../../src/renderer/lib/i18n/locale.svelte.ts';
import NetworkTextEditor from '../../../src/renderer/features/calculator/NetworkTextEditor.svelte';

afterEach(cleanup);

describe('NetworkTextEditor', () => {
  it('is a labelled textbox that shows the text, marks the problem and takes new text from outside', async () => {
    locale.current = 'en';
    const typed: string[] = [];
    const view = render(NetworkTextEditor, {
      props: {
        text: 'network p\ninput 3x32x32\nconv 8 k3 zz',
        errorLine: 3,
        errorColumn: 11,
        errorMessage: 'Line 3, column 11: conv does not know "zz"',
        oninput: (text: string) => typed.push(text),
      },
    });
    // The editor is made one task after the component (NetworkTextEditor.svelte says why).
    const editor = await screen.findByRole('textbox', { name: 'Network description' });
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect([...editor.querySelectorAll('.cm-line')].map((line) => line.textContent)).toEqual([
      'network p',
      'input 3x32x32',
      'conv 8 k3 zz',
    ]);
    expect(screen.getByTestId('text-error').textContent).toBe('Line 3, column 11: conv does not know "zz"');
    await waitFor(() => expect(editor.querySelector('.cm-lintRange-error')?.textContent).toBe('zz'));

    await view.rerender({
      text: 'network p\ninput 3x32x32\nconv 8 k3',
      errorLine: null,
      errorColumn: null,
      errorMessage: null,
      oninput: (text: string) => typed.push(text),
    });
    await waitFor(() => expect(editor.getAttribute('aria-invalid')).toBe('false'));
    expect(editor.querySelectorAll('.cm-line')[2]?.textContent).toBe('conv 8 k3');
    expect(editor.querySelector('.cm-lintRange-error')).toBeNull();
    // Text from outside is not echoed back as the student's typing.
    expect(typed).toEqual([]);
  });
});
