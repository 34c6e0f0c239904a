import { expect, test, type Page } from '@playwright/test';
import { bigNetwork, bigParams, paste } from './big-network-page.ts';

/** The Layer calculator's pictures in docs/screenshots, in both languages, after the steps a student takes. */
const folder = 'docs/screenshots';

const words = {
  zh: {
    language: '中文',
    screen: '层计算器',
    text: '描述语言',
    editor: '网络描述',
    newNetwork: '新建空网络',
    addLayer: '添加层',
    layers: '逐层编辑',
  },
  en: {
    language: 'English',
    screen: 'Layer calculator',
    text: 'Text',
    editor: 'Network description',
    newNetwork: 'New empty network',
    addLayer: 'Add layer',
    layers: 'Layers',
  },
} as const;

async function open(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.goto('/#/calculator');
  await page.getByRole('button', { name: words[language].language }).click();
  await page.getByRole('link', { name: words[language].screen }).click();
  // The first visit loads the screen and the engine (they are not part of the app's start): slow under load.
  await expect(page.getByTestId('analysis-table')).toBeVisible({ timeout: 20_000 });
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
    // The app's header is sticky: scroll the view's card to just below it.
    await view.evaluate((element) => {
      const card = element.closest('.card') ?? element;
      window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 72);
    });
    await page.screenshot({ path: `${folder}/calculator-receptive-field-${language}.png` });

    // Problem 2 built by hand, then a kernel too large for the input: the layer, the field and the reason.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: words[language].newNetwork }).click();
    await page.getByRole('button', { name: words[language].addLayer }).click();
    const form = page.getByTestId('layer-form');
    await form.locator('[data-field="outChannels"]').fill('10');
    await form.locator('[data-field="kernel"]').fill('5');
    await form.locator('[data-field="padding"]').fill('2');
    await expect(page.getByTestId('total-params')).toHaveText('760');
    await form.locator('[data-field="kernel"]').fill('40');
    await form.locator('[data-field="padding"]').fill('0');
    await form.locator('[data-field="stride"]').fill('-1');
    await expect(page.getByTestId('problem')).toContainText('conv1');
    await page.screenshot({ path: `${folder}/calculator-error-${language}.png` });

    // The same network as text, with a syntax error: its line highlighted, line and column said.
    await page.getByRole('radio', { name: words[language].text }).click();
    const editor = page.getByRole('textbox', { name: words[language].editor });
    await editor.fill(
      'network problem2\ninput 3x32x32\nconv1: conv 10 k5 s1 p2\nrelu\npool max k2 s2\nfc 10 bias\n',
    );
    await expect(page.getByTestId('text-error')).toContainText('6');
    await page.screenshot({ path: `${folder}/calculator-text-error-${language}.png` });
  });
}

for (const language of ['zh', 'en'] as const) {
  test(`calculator with a 5,000-line network in ${language}`, async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, language);
    await page.getByRole('radio', { name: words[language].text }).click();
    const editor = page.getByRole('textbox', { name: words[language].editor });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await paste(editor, bigNetwork);
    await expect(page.getByTestId('total-params')).toHaveText(bigParams, { timeout: 60_000 });
    await page.screenshot({ path: `${folder}/calculator-big-text-${language}.png` });
    await page.getByRole('radio', { name: words[language].layers }).click();
    await expect(page.locator('li[data-layer="conv1"]')).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `${folder}/calculator-big-layers-${language}.png` });
    // The table, scrolled part way: drawn rows only, the header still on top.
    const table = page.getByTestId('analysis-table');
    await table.evaluate((element) => {
      const scroller = element.parentElement!;
      scroller.scrollTop = scroller.scrollHeight / 2;
      window.scrollTo(0, scroller.getBoundingClientRect().top + window.scrollY - 160);
    });
    await expect(table.locator('tr[data-layer="conv1250"]')).toBeVisible();
    await page.screenshot({ path: `${folder}/calculator-big-table-${language}.png` });
  });
}
