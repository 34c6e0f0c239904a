import { expect, test, type Page } from '@playwright/test';

/**
 * The Today and Review pictures in docs/screenshots, taken after the steps a first-time student takes: new
 * cards of the concept deck and the homework's questions, in turn.
 */
const folder = 'docs/screenshots';

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
  await answerMcq(page, 'hw2-mcq-1', 'B');
  await finishProblem(page, 'problem:homework-1');
  await flipAndGrade(page, 'cnn-sigmoid-definition#c2');
  await answerMcq(page, 'hw2-mcq-2', 'C');
  await finishProblem(page, 'problem:homework-4');
  await flipAndGrade(page, 'cnn-sigmoid-derivative#c1');
  await answerMcq(page, 'hw2-mcq-3', 'B');
  await finishProblem(page, 'problem:homework-5');
  await expectCard(page, 'cnn-sigmoid-derivative-maximum');
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
  await flipAndGrade(page, 'cnn-sigmoid-definition#c2');
  await answerMcq(page, 'hw2-mcq-2', 'C');
  await finishProblem(page, 'problem:homework-4');
  await flipAndGrade(page, 'cnn-sigmoid-derivative#c1');
  await answerMcq(page, 'hw2-mcq-3', 'B');
  await finishProblem(page, 'problem:homework-5');
  await expectCard(page, 'cnn-sigmoid-derivative-maximum');
  await page.keyboard.press('Space');
  await expect(page.locator('button[data-rating="good"]')).toBeVisible();
  await page.screenshot({ path: `${folder}/review-answer-en.png` });
});
