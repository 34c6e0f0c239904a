import { expect, test, type Page } from '@playwright/test';
import { openLab } from './convlab-page.ts';

/**
 * The convolution lab's pictures in docs/screenshots, in Chinese and in English: the animation half-way through
 * the homework's problem 4(a), the true-convolution comparison, the image panel with Sobel, and its messages: a
 * broken setup and an engine refusal (the calculator's are in calculator.screenshots.ts).
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

for (const language of ['zh', 'en'] as const) {
  test(`the lab's messages in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await openLab(page, language);
    await page.getByLabel(language === 'zh' ? '空洞率' : 'Dilation').fill('9');
    await page.getByLabel(language === 'zh' ? '输入 第 1 行第 2 列' : 'Input row 1, column 2').fill('abc');
    await expect(page.getByRole('alert').first()).toBeVisible();
    await page.screenshot({ path: `${folder}/convlab-error-${language}.png` });

    // An engine refusal: a custom image kernel over the size limit, worded from the refusal's data.
    await page.goto('about:blank');
    await openLab(page, language);
    await page.getByRole('tab', { name: language === 'zh' ? '图像滤波' : 'Image' }).click();
    await page
      .getByRole('combobox', { name: language === 'zh' ? '卷积核' : 'Kernel', exact: true })
      .selectOption({ label: language === 'zh' ? '自定义' : 'Custom' });
    const row = Array(33).fill('1').join(' ');
    await page
      .getByLabel(language === 'zh' ? '自定义卷积核' : 'Custom kernel')
      .fill(Array(33).fill(row).join('\n'));
    await expect(page.getByTestId('filter-problem')).toContainText(language === 'zh' ? '33×33' : '33x33');
    await page.getByTestId('filter-problem').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${folder}/convlab-refusal-${language}.png` });
  });
}
