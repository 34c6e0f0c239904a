import { expect, test } from '@playwright/test';
import { convByHand, homework4 } from '../../src/shared/problems/templates/conv-by-hand.ts';
import { defineTemplate } from '../../src/shared/problems/template.ts';
import { alexnetTableDefinition } from '../../src/shared/problems/templates/alexnet-table.ts';
import { homework6 } from '../../src/shared/problems/templates/homework-6.ts';
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
 * The Practice screen through the WebHost, keyboard first: each box is graded as it is typed, a wrong number
 * is diagnosed with the catalogue's message, a grid lights the windows of its wrong cells, a later row is
 * graded against the student's own earlier one, and a finished problem is in the review schedule. The wrong
 * answers are the templates' own recomputations (their `mistakes` and `solve`), so the spec names no number
 * the engine did not give.
 */

const alexnet = defineTemplate(alexnetTableDefinition);

function mistakeValue(code: string, fieldId: string) {
  const found = convByHand.mistakes(homework4).find((each) => each.code === code && each.field === fieldId);
  if (!found) throw new Error(`homework-4 has no ${code} value for ${fieldId}`);
  return found.value as number[][];
}

for (const language of ['en', 'zh'] as const) {
  const words =
    language === 'en'
      ? { flipped: 'The kernel was flipped', followThrough: 'Follow-through', readAs: 'read as 11' }
      : { flipped: '把卷积核旋转了 180°', followThrough: '不重复扣分', readAs: '识别为 11' };

  test(`homework-2: 750 parameters is diagnosed as the bias forgotten, and 760 turns the field green (${language})`, async ({
    page,
  }) => {
    await openPractice(page, language);
    await openProblem(page, 'problem:homework-2');
    // The homework's own numbers: 10 filters of 5×5×3 weights are 750, and with their biases 760.
    await answer(page, 'params', '750');
    await expectStatus(page, 'params', 'wrong');
    await expect(field(page, 'params').getByTestId('diagnoses')).toContainText(
      diagnosisWords('bias-forgotten', language),
    );
    await answer(page, 'params', '760');
    await expectStatus(page, 'params', 'right');
    await expect(field(page, 'params').getByTestId('diagnoses')).toHaveCount(0);
  });

  test(`homework-4(a): a matrix worked with the flipped kernel is diagnosed, and its wrong cells' windows light up (${language})`, async ({
    page,
  }) => {
    // Fifty cells typed one key at a time, each graded as typed.
    test.setTimeout(180_000);
    await openPractice(page, language);
    await openProblem(page, 'problem:homework-4');
    const flipped = mistakeValue('kernel-flipped', 'a');
    await fillGrid(page, 'a', flipped);
    await expectStatus(page, 'a', 'wrong');
    await expect(field(page, 'a').getByTestId('diagnoses')).toContainText(words.flipped);
    const right = convByHand.solve(homework4).answers['a'] as number[][];
    const wrong = flipped.flatMap((row, r) => row.filter((value, c) => value !== right[r]![c])).length;
    expect(wrong).toBeGreaterThan(0);
    await expect(field(page, 'a').locator('.cell.wrong')).toHaveCount(wrong);
    await expect(
      field(page, 'a').locator('[data-testid="input-cell"][data-lit="true"]').first(),
    ).toBeVisible();
    // Fixing the cells turns the grid green, cell by cell.
    await fillGrid(page, 'a', right);
    await expectStatus(page, 'a', 'right');
    await expect(field(page, 'a').locator('[data-testid="input-cell"][data-lit="true"]')).toHaveCount(0);
  });

  test(`homework-6: a wrong pool1 receptive field makes conv2's answer from it right by follow-through (${language})`, async ({
    page,
  }) => {
    await openPractice(page, language);
    await openProblem(page, 'problem:homework-6');
    await answer(page, 'rf.conv1', '11');
    await expectStatus(page, 'rf.conv1', 'right');
    await expect(field(page, 'rf.conv1').getByTestId('read-as')).toHaveText(words.readAs);
    await answer(page, 'rf.pool1', '15');
    await expectStatus(page, 'rf.pool1', 'wrong');
    const fromWrongPool1 = alexnet.solve(homework6, { 'rf.pool1': 15 }).answers['rf.conv2'];
    await answer(page, 'rf.conv2', String(fromWrongPool1));
    await expectStatus(page, 'rf.conv2', 'follow-through');
    await expect(field(page, 'rf.conv2')).toContainText(words.followThrough);
  });
}

test('keys: H shows a hint outside a box but types an h inside one; S the solution; Ctrl+Enter finishes', async ({
  page,
}) => {
  await openPractice(page, 'en');
  await openProblem(page, 'problem:homework-6');
  const box = field(page, 'rf.conv1').locator('input');
  await box.focus();
  await page.keyboard.type('h');
  await expect(box).toHaveValue('h');
  await expect(page.getByTestId('practice-hints')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('h');
  await expect(page.getByTestId('practice-hints').locator('li')).toHaveCount(1);
  await box.fill('11');
  await page.keyboard.press('Enter');
  await expect(field(page, 'rf.pool1').locator('input')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('practice-result')).toBeVisible();
  await page.keyboard.press('s');
  await expect(page.getByTestId('practice-solution')).toBeVisible();
});

test('a finished practice is in the review schedule: Today counts the skill as learning, and Review asks it again', async ({
  page,
}) => {
  await openPractice(page, 'en');
  await expect(page.locator('button[data-item="problem:homework-6"]')).toContainText('not tried yet');
  await openProblem(page, 'problem:homework-6');
  await answer(page, 'rf.conv1', '11');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('practice-rating')).toContainText('Again');
  await page.getByRole('button', { name: /Back to the list/ }).click();
  await expect(page.locator('button[data-item="problem:homework-6"]')).toContainText('last score');
  await page.getByRole('link', { name: 'Today' }).click();
  const learning = page.locator(
    '[data-testid="today-deck"][data-deck="problems"] td[data-column="learning"]',
  );
  await expect(learning).toHaveText('1');
  // Stored: a reload keeps the attempt and the card's schedule.
  await page.reload();
  await expect(learning).toHaveText('1');
});
