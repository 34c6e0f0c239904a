import type { Locator } from '@playwright/test';

/** 'network big', 'input 3x32x32', then 4,998 layers alternating `conv 8 k3 p1` and `relu`: 5,000 lines. */
export const bigNetwork = [
  'network big',
  'input 3x32x32',
  ...Array.from({ length: 4_998 }, (_, index) => (index % 2 === 0 ? 'conv 8 k3 p1' : 'relu')),
].join('\n');

/** conv1 3·8·9 + 8 = 224, then 2,498 convs of 8·8·9 + 8 = 584 (the CLI's `analyze` says the same). */
export const bigParams = '1,459,056';

/** Pastes text over the editor's selection, as CodeMirror takes a paste: a `paste` event's clipboard data. */
export async function paste(editor: Locator, text: string): Promise<void> {
  await editor.evaluate((content, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    content.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}
