import { expect, test, type Page } from '@playwright/test';
import { storedRows } from './stored-rows.ts';

/** The homework's answer key, in question order. */
const seedKey = ['B', 'C', 'B', 'B', 'A', 'D', 'D'];

async function openFresh(page: Page, language: 'zh' | 'en' = 'en'): Promise<void> {
  await page.goto('/#/drill');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await page.getByRole('button', { name: language === 'en' ? 'English' : '中文' }).click();
}

/** Starts a drill of all 7 questions in deck order with unshuffled options, so display letters are the key's. */
async function startUnshuffled(
  page: Page,
  mode: 'Exam mode' | 'Practice (no timer)' = 'Exam mode',
): Promise<void> {
  await page.getByLabel('Shuffle the options').uncheck();
  await page.getByRole('radio', { name: new RegExp(mode.replace(/[()]/g, '\\$&')) }).check();
  await page.getByRole('button', { name: 'Start the drill' }).click();
  await expect(page.getByTestId('drill-run')).toBeVisible();
}

/** Answers with the keyboard: the letter, then Enter (next, or submit on the last question). */
async function answerByKeyboard(page: Page, letters: string[]): Promise<void> {
  for (const [index, letter] of letters.entries()) {
    await expect(page.getByText(`Question ${index + 1} of 7`)).toBeVisible();
    await page.keyboard.press(letter);
    await expect(page.locator(`button.option[data-letter="${letter}"]`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Enter');
  }
}

/** Which questions the unfinished drill saved in IndexedDB has marked. */
async function savedMarks(page: Page): Promise<boolean[]> {
  const records = await storedRows<{ status: string; state: { questions: { marked: boolean }[] } }>(
    page,
    'drillSessions',
  );
  const unfinished = records.filter((record) => record.status !== 'finished').at(-1);
  return unfinished?.state.questions.map((question) => question.marked) ?? [];
}

test('a drill answered by the seed key scores 7/7', async ({ page }) => {
  await openFresh(page);
  await startUnshuffled(page);
  await answerByKeyboard(page, seedKey);
  await expect(page.getByTestId('score')).toHaveText('Score: 7 / 7');
  await expect(page.getByTestId('review-entry')).toHaveCount(7);
  await expect(page.getByRole('button', { name: 'Retry the wrong ones' })).toBeDisabled();
});

test('one wrong answer shows in the review with its explanation, and can be retried', async ({ page }) => {
  await openFresh(page);
  await startUnshuffled(page);
  const answers = [...seedKey];
  answers[3] = 'C'; // question 4: σ(x)² instead of σ(x)(1 − σ(x))
  await answerByKeyboard(page, answers);
  await expect(page.getByTestId('score')).toHaveText('Score: 6 / 7');
  await page.getByRole('button', { name: /Only the missed ones/ }).click();
  const missed = page.getByTestId('review-entry');
  await expect(missed).toHaveCount(1);
  await expect(missed).toHaveAttribute('data-item-id', 'hw2-mcq-4');
  await expect(missed.getByText('Your answer: C')).toBeVisible();
  await expect(missed.getByTestId('explanation')).toBeVisible();
  await expect(missed.locator('.katex').first()).toBeVisible();
  await page.getByRole('button', { name: 'Retry the wrong ones' }).click();
  await expect(page.getByText('Question 1 of 1')).toBeVisible();
});

test('the history survives a reload and opens a review', async ({ page }) => {
  await openFresh(page);
  await startUnshuffled(page, 'Practice (no timer)');
  await answerByKeyboard(page, seedKey);
  await expect(page.getByTestId('score')).toHaveText('Score: 7 / 7');
  // The score shows at once; the finished drill is saved just after (a reload must not race that write).
  await expect
    .poll(async () => (await storedRows<{ status: string }>(page, 'drillSessions')).map((row) => row.status))
    .toEqual(['finished']);
  await page.reload();
  await page.getByRole('link', { name: 'History' }).click();
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('7 / 7 (100%)');
  await rows.first().getByRole('button', { name: 'Review' }).click();
  await expect(page.getByTestId('score')).toHaveText('Score: 7 / 7');
});

test('the language switch changes the UI and keeps the math rendered', async ({ page }) => {
  await openFresh(page, 'zh');
  await expect(page.getByRole('button', { name: '开始练习' })).toBeVisible();
  await page.getByLabel('打乱选项顺序').uncheck();
  await page.getByRole('button', { name: '开始练习' }).click();
  await expect(page.getByText('第 1 题，共 7 题')).toBeVisible();
  await expect(page.getByTestId('stem').locator('.katex').first()).toBeVisible();
  await expect(page.getByTestId('stem')).toContainText('瓶颈层');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Question 1 of 7')).toBeVisible();
  await expect(page.getByTestId('stem').locator('.katex').first()).toBeVisible();
  await expect(page.getByTestId('stem')).not.toContainText('瓶颈层');
  await page.reload();
  await expect(page.getByRole('link', { name: 'History' })).toBeVisible();
});

test('a drill paused by closing the app resumes after a reload with its answers', async ({ page }) => {
  await openFresh(page);
  await startUnshuffled(page);
  await page.keyboard.press('B');
  await page.keyboard.press('Enter');
  await page.keyboard.press('M');
  await expect.poll(() => savedMarks(page)).toEqual([false, true, false, false, false, false, false]);
  await page.reload();
  const unfinished = page.getByTestId('unfinished-drill');
  await expect(unfinished).toContainText('1 of 7 answered');
  await unfinished.getByRole('button', { name: 'Back to this drill' }).click();
  await expect(page.getByTestId('paused')).toBeVisible();
  await page.keyboard.press('P');
  await expect(page.getByText('Question 2 of 7')).toBeVisible();
  await expect(page.getByTestId('question-grid').getByRole('button', { name: /^2: .*Marked/ })).toBeVisible();
});

test('exam mode submits by itself when the countdown reaches zero', async ({ page }) => {
  await page.clock.install();
  await openFresh(page);
  await page.getByLabel('minutes').fill('1');
  await startUnshuffled(page);
  await page.keyboard.press('B');
  await expect(page.getByTestId('countdown')).toHaveText('1:00');
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('countdown')).toHaveText('0:30');
  await page.keyboard.press('P');
  await page.clock.runFor(120_000);
  await expect(page.getByTestId('countdown')).toHaveText('0:30');
  await page.keyboard.press('P');
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('score')).toHaveText('Score: 1 / 7');
  await expect(page.getByText('Time ran out: submitted automatically')).toBeVisible();
});
