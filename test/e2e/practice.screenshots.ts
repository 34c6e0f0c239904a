import { expect, test } from '@playwright/test';
import { convByHand, homework4 } from '../../src/shared/problems/templates/conv-by-hand.ts';
import {
  answer,
  diagnosisWords,
  expectStatus,
  field,
  fillGrid,
  openPractice,
  openProblem,
} from './practice-page.ts';

/**
 * The Practice pictures in docs/screenshots: the list, a homework grid half wrong with its windows lit and the
 * diagnosis (Chinese), the homework's sigmoid problem with a read-as note, a right value and hints
 * (English), and the homework's parameter count with the bias forgotten (both languages).
 */
const folder = 'docs/screenshots';

test('Practice in Chinese: the list, and a convolution by hand with the flipped kernel', async ({ page }) => {
  test.setTimeout(180_000);
  await openPractice(page, 'zh');
  await page.screenshot({ path: `${folder}/practice-list-zh.png` });
  await openProblem(page, 'problem:homework-4');
  const flipped = convByHand
    .mistakes(homework4)
    .find((each) => each.code === 'kernel-flipped' && each.field === 'a');
  await fillGrid(page, 'a', flipped!.value as number[][]);
  await expect(field(page, 'a')).toHaveAttribute('data-status', 'wrong');
  await field(page, 'a').locator('input.cell.wrong').first().hover();
  await field(page, 'a').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${folder}/practice-grid-zh.png` });
});

test('Practice in English: the sigmoid problem with read-as notes and a hint', async ({ page }) => {
  await openPractice(page, 'en');
  await openProblem(page, 'problem:homework-1');
  await answer(page, 'derivative', 's(1-s)');
  await answer(page, 'sigma0', '1/2');
  await answer(page, 'slope0', '0.5');
  await page.keyboard.press('Escape');
  await page.keyboard.press('h');
  await expect(field(page, 'slope0')).toHaveAttribute('data-status', /wrong|unreadable/);
  await page.screenshot({ path: `${folder}/practice-sigmoid-en.png`, fullPage: true });
});

for (const language of ['zh', 'en'] as const) {
  test(`Practice in ${language}: homework-2 with the bias forgotten`, async ({ page }) => {
    await openPractice(page, language);
    await openProblem(page, 'problem:homework-2');
    await answer(page, 'output', '32x32x10');
    await answer(page, 'params', '750');
    await expectStatus(page, 'output', 'right');
    await expect(field(page, 'params').getByTestId('diagnoses')).toContainText(
      diagnosisWords('bias-forgotten', language),
    );
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${folder}/practice-bias-forgotten-${language}.png`, fullPage: true });
  });
}
