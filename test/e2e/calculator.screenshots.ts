import { expect, test, type Page } from '@playwright/test';

/** The Layer calculator's pictures in docs/screenshots, in both languages, after the steps a student takes. */
const folder = 'docs/screenshots';

const words = {
  zh: { language: '中文', screen: '层计算器', text: '描述语言', params: '参数量' },
  en: { language: 'English', screen: 'Layer calculator', text: 'Text', params: 'Params' },
} as const;

async function open(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.goto('/#/calculator');
  await page.getByRole('button', { name: words[language].language }).click();
  await page.getByRole('link', { name: words[language].screen }).click();
  await expect(page.getByTestId('analysis-table')).toBeVisible();
}

for (const language of ['zh', 'en'] as const) {
  test(`calculator screens in ${language}`, async ({ page }) => {
    await open(page, language);
    await page.getByRole('combobox').first().selectOption('alexnet2012');
    await expect(page.getByTestId('total-params')).toHaveText('60,965,224');
    await page.screenshot({ path: `${folder}/calculator-alexnet2012-${language}.png`, fullPage: true });

    const table = page.getByTestId('analysis-table');
    await table.scrollIntoViewIfNeeded();
    await table.locator('tr[data-layer="fc6"] td[data-column="params"] button').click();
    await expect(page.getByTestId('formula-substituted').locator('.katex').first()).toBeVisible();
    await page.getByTestId('formula-popover').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${folder}/calculator-formula-${language}.png` });
    await page.keyboard.press('Escape');

    const view = page.getByTestId('rf-view');
    await view.getByRole('combobox').selectOption('conv5');
    await view.getByRole('spinbutton').first().fill('12');
    await view.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${folder}/calculator-receptive-field-${language}.png` });

    await page.getByRole('button', { name: words[language].text }).click();
    const editor = page.getByRole('textbox', {
      name: language === 'en' ? 'Network description' : '网络描述',
    });
    await editor.fill('network problem2\ninput 3x32x32\nconv1: conv 10 k40\nrelu\n');
    await expect(page.getByTestId('problem')).toContainText('conv1');
    await page.getByTestId('calculator').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${folder}/calculator-error-${language}.png`, fullPage: true });
  });
}
