import { expect, test, type Page } from '@playwright/test';

/**
 * The convolution lab's pictures in docs/screenshots, in Chinese and in English: the animation half-way through
 * the homework's problem 4(a), the true-convolution comparison, and the image panel with Sobel.
 */
const folder = 'docs/screenshots';

const text = {
  zh: {
    language: '中文',
    example: '例题',
    homework: '作业 4(a)：填充 1，步长 1',
    arithmetic: '卷积算术：严格卷积（核旋转 180°）',
    end: '跳到结尾',
    image: '图像滤波',
    kernel: '卷积核',
    sobel: 'Sobel 幅值',
  },
  en: {
    language: 'English',
    example: 'Example',
    homework: 'Homework 4(a): padding 1, stride 1',
    arithmetic: 'conv_arithmetic: true convolution (kernel rotated 180°)',
    end: 'Skip to the end',
    image: 'Image',
    kernel: 'Kernel',
    sobel: 'Sobel magnitude',
  },
} as const;

for (const language of ['zh', 'en'] as const) {
  const words = text[language];

  async function open(page: Page): Promise<void> {
    await page.goto('/#/convlab');
    await page.getByRole('button', { name: words.language }).click();
    // The first visit loads the screen and the engine (they are not part of the app's start): slow under load.
    await expect(page.getByTestId('step-counter')).toBeVisible({ timeout: 20_000 });
  }

  test(`convolution lab in ${language}`, async ({ page }) => {
    await open(page);
    await page.getByLabel(words.example).selectOption({ label: words.homework });
    for (let step = 0; step < 13; step++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('output-grid').locator('.shown')).toHaveAttribute('data-value', '260');
    await expect(page.getByTestId('step-formula').locator('.katex').first()).toBeVisible();
    await page.screenshot({ path: `${folder}/convlab-matrix-${language}.png` });

    await page.getByLabel(words.example).selectOption({ label: words.arithmetic });
    await expect(page.getByTestId('true-convolution-grid')).toBeVisible();
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('true-convolution-grid').locator('.shown')).toHaveAttribute(
      'data-value',
      '9',
    );
    await page.screenshot({ path: `${folder}/convlab-true-convolution-${language}.png` });

    await page.getByRole('tab', { name: words.image }).click();
    await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
    await page
      .getByRole('combobox', { name: words.kernel, exact: true })
      .selectOption({ label: words.sobel });
    await expect(page.getByTestId('filter-status')).toHaveAttribute('data-state', 'done');
    await page.getByTestId('after-image').evaluate((image: HTMLImageElement) => image.decode());
    await page.screenshot({ path: `${folder}/convlab-image-${language}.png` });
  });
}
