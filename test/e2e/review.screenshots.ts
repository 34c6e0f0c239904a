import { expect, test, type Page } from '@playwright/test';

/**
 * The Today and Review pictures in docs/screenshots, taken after the steps a first-time student takes: new
 * cards of the concept deck and the homework's questions, in turn.
 */
const folder = 'docs/screenshots';

// Each run walks through many cards on a shared, slow machine: more than the default minute.
test.describe.configure({ timeout: 180_000 });

async function openToday(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.goto('/');
  const choice = page.getByRole('button', { name: language === 'en' ? 'English' : '中文' });
  await choice.click();
  await choice.blur();
  await expect(page.getByTestId('today-deck')).toHaveCount(3);
}

async function expectCard(page: Page, cardId: string): Promise<void> {
  await expect(page.getByTestId('review-card')).toHaveAttribute('data-card', cardId);
}

async function flipAndGrade(page: Page, cardId: string): Promise<void> {
  await expectCard(page, cardId);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('review-answer')).toBeVisible();
  await page.keyboard.press('3');
}

async function answerMcq(page: Page, cardId: string, letter: string): Promise<void> {
  await expectCard(page, cardId);
  await page.keyboard.press(letter);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mcq-verdict')).toBeVisible();
  await page.keyboard.press('Enter');
}

/** A problem card, finished unanswered (Ctrl+Enter) and left for the next card (Ctrl+Enter). */
async function finishProblem(page: Page, cardId: string): Promise<void> {
  await expectCard(page, cardId);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('practice-result')).toBeVisible();
  await page.keyboard.press('Control+Enter');
}

test('Today and Review in Chinese', async ({ page }) => {
  await openToday(page, 'zh');
  await page.screenshot({ path: `${folder}/today-zh.png` });
  await page.keyboard.press('Enter');
  await expectCard(page, 'cnn-sigmoid-definition#c1');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('cloze-answer').locator('.katex')).toBeVisible();
  await page.screenshot({ path: `${folder}/review-cloze-math-zh.png` });
  await page.keyboard.press('3');
  // The sigmoid definition's c2 is buried for the day once c1 is graded.
  await answerMcq(page, 'hw2-mcq-1', 'B');
  // The decks take turns: a problem card follows each homework question.
  await finishProblem(page, 'problem:homework-1');
  await flipAndGrade(page, 'cnn-sigmoid-derivative#c1');
  await answerMcq(page, 'hw2-mcq-2', 'C');
  await finishProblem(page, 'problem:homework-2');
  await flipAndGrade(page, 'cnn-sigmoid-derivative-maximum');
  await answerMcq(page, 'hw2-mcq-3', 'B');
  await finishProblem(page, 'problem:homework-3');
  await expectCard(page, 'cnn-sigmoid-backprop-step');
  await page.keyboard.press('Control+1');
  await expect(page.getByTestId('card-flagged')).toBeVisible();
  await page.screenshot({ path: `${folder}/review-question-zh.png` });
});

test('Today and Review in English', async ({ page }) => {
  await openToday(page, 'en');
  await page.screenshot({ path: `${folder}/today-en.png` });
  await page.keyboard.press('Enter');
  await flipAndGrade(page, 'cnn-sigmoid-definition#c1');
  await expectCard(page, 'hw2-mcq-1');
  await page.keyboard.press('C');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mcq-verdict')).toBeVisible();
  await page.screenshot({ path: `${folder}/review-mcq-en.png`, fullPage: true });
  await page.keyboard.press('Enter');
  await finishProblem(page, 'problem:homework-1');
  await flipAndGrade(page, 'cnn-sigmoid-derivative#c1');
  await answerMcq(page, 'hw2-mcq-2', 'C');
  await finishProblem(page, 'problem:homework-2');
  await flipAndGrade(page, 'cnn-sigmoid-derivative-maximum');
  await answerMcq(page, 'hw2-mcq-3', 'B');
  await finishProblem(page, 'problem:homework-3');
  await expectCard(page, 'cnn-sigmoid-backprop-step');
  await page.keyboard.press('Space');
  await expect(page.locator('button[data-rating="good"]')).toBeVisible();
  await page.screenshot({ path: `${folder}/review-answer-en.png` });
});

/** A date `days` after the machine's today, as a date field takes it. */
function isoAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

for (const language of ['zh', 'en'] as const) {
  test(`Today with exam plans, and Settings, in ${language}`, async ({ page }) => {
    await openToday(page, language);
    const dates = page.getByTestId('exam').locator('input[type="date"]');
    await dates.nth(0).fill(isoAhead(21));
    await expect(page.getByTestId('exam-plan')).toHaveCount(1, { timeout: 30_000 });
    await dates.nth(1).fill(isoAhead(10));
    await expect(page.getByTestId('exam-plan')).toHaveCount(2, { timeout: 30_000 });
    await expect(page.getByTestId('plan-chart')).toHaveCount(2);
    // From the top, the date field left: a full-page picture of a scrolled page draws the sticky header mid-page.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: `${folder}/today-exam-${language}.png`, fullPage: true });

    await page.getByRole('link', { name: language === 'zh' ? '设置' : 'Settings' }).click();
    await page.locator('#setting-desiredRetention').fill('1.2');
    await page.getByRole('button', { name: language === 'zh' ? '保存' : 'Save' }).click();
    await expect(page.getByTestId('settings-problem')).toBeVisible();
    await page.screenshot({ path: `${folder}/settings-${language}.png` });
  });
}
