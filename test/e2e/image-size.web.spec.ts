import { expect, test, type Page } from '@playwright/test';
import { encodeBlankPng, encodePng } from '../../scripts/png-encoder.ts';
import { readImageHeader } from '../../src/shared/conv/image/image-header.ts';
import { bmpFile, gifFile } from '../unit/shared/conv/image-header-files.ts';
import { openLab } from './convlab-page.ts';

/** The image panel with its first sample filtered, in the given language. */
async function openImageLab(page: Page, language: 'zh' | 'en'): Promise<void> {
  await openLab(page, language);
  await page.getByRole('tab', { name: language === 'zh' ? '图像滤波' : 'Image' }).click();
  await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
}

function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  return page.getByTestId('image-file').setInputFiles({ name, mimeType: 'image/png', buffer });
}

// 12000 x 12000 is 144 megapixels (576 MB decoded) in an 18 KB file: refused from its header, never decoded.
const huge = encodeBlankPng(12000, 12000);

const tooLarge = {
  en: 'The image is too large: 12000 × 12000 = 144,000,000 pixels, over the limit of 40,000,000 pixels. It was not decoded; the previous image is still open.',
  zh: '图片太大：12000×12000，共 144,000,000 像素，超过了上限 40,000,000 像素。没有解码这张图片，原来的图片保持不变。',
};
const sampleSize = { en: '960 × 640 (0.6 megapixels)', zh: '960 × 640（0.6 百万像素）' };

for (const language of ['en', 'zh'] as const) {
  test(`a 12000 x 12000 PNG is "too large" with its size and the limit, in ${language}`, async ({ page }) => {
    await openImageLab(page, language);
    await openFile(page, 'huge.png', huge);
    await expect(page.getByTestId('open-problem')).toHaveText(tooLarge[language]);
    // The sample stays open and filtered: a refused file changes nothing else.
    await expect(page.getByTestId('image-size')).toHaveText(sampleSize[language]);
    await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
    await page.screenshot({ path: test.info().outputPath(`too-large-${language}.png`) });
  });
}

test('a 30000 x 30000 PNG is too large (not "damaged"); damaged and unknown files keep their own words', async ({
  page,
}) => {
  await openImageLab(page, 'en');
  const problem = page.getByTestId('open-problem');
  await openFile(page, 'enormous.png', encodeBlankPng(30000, 30000));
  await expect(problem).toContainText('The image is too large: 30000 × 30000 = 900,000,000 pixels');

  const lying = Buffer.from(encodeBlankPng(64, 64));
  lying.writeUInt32BE(30000, 16); // a width changed after the IHDR's CRC was made
  await openFile(page, 'lying.png', lying);
  await expect(problem).toHaveText(
    'The header of this PNG file is damaged (at byte 29). The previous image is still open.',
  );

  await openFile(page, 'notes.png', Buffer.from('this is not a picture'));
  await expect(problem).toHaveText(
    'This file is not a PNG, JPEG, GIF, WebP or BMP image. The previous image is still open.',
  );

  await openFile(page, 'cut.png', huge.subarray(0, 20));
  await expect(problem).toHaveText(
    'This PNG file is cut short: it ends inside its header, after 20 bytes. The previous image is still open.',
  );

  // A sound header over data that is not a PNG's: the decoder's refusal, worded as such.
  await openFile(
    page,
    'broken.png',
    Buffer.concat([encodeBlankPng(64, 64).subarray(0, 33), Buffer.alloc(200, 7)]),
  );
  await expect(problem).toContainText(
    'This PNG file has a sound header, but its image data could not be decoded',
  );

  await expect(page.getByTestId('image-size')).toHaveText(sampleSize.en);
  // A file under the limit still opens, and the message goes.
  await openFile(page, 'small.png', encodePng({ width: 3, height: 2, channels: 1, data: new Uint8Array(6) }));
  await expect(page.getByTestId('image-size')).toHaveText('3 × 2 (0 megapixels)');
  await expect(problem).toHaveCount(0);
});

test('the header reader reads the size Chromium decodes, from files Chromium wrote and from hand-built ones', async ({
  page,
}) => {
  await page.goto('/');
  const written = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(37, 23);
    canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
    const files: { type: string; bytes: number[] }[] = [];
    for (const type of ['image/png', 'image/jpeg', 'image/webp']) {
      const blob = await canvas.convertToBlob({ type, quality: 0.9 });
      files.push({ type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] });
    }
    return files;
  });
  expect(written.map((file) => file.type)).toEqual(['image/png', 'image/jpeg', 'image/webp']);
  const built = [gifFile({ width: 5, height: 4 }, { left: 2, top: 1, width: 1, height: 1 }), bmpFile(3, -2)];
  for (const bytes of [...written.map((file) => Uint8Array.from(file.bytes)), ...built]) {
    const decoded = await page.evaluate(
      async (file) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(file)]));
        return { width: bitmap.width, height: bitmap.height };
      },
      [...bytes],
    );
    const header = readImageHeader(bytes);
    expect(header.ok && { width: header.header.width, height: header.header.height }).toEqual(decoded);
  }
});
