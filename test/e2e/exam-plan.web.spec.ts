import { expect, test } from '@playwright/test';
import { homework2Deck } from '../../src/shared/deck/seed/homework2.ts';
import { cardsForItem } from '../../src/shared/srs/card.ts';
import { planForExam } from '../../src/shared/srs/exam-plan.ts';
import { Scheduler } from '../../src/shared/srs/scheduler.ts';
import { defaultSrsSettings } from '../../src/shared/srs/settings.ts';
import { dayOfDate } from '../../src/shared/srs/study-day.ts';

/**
 * A student sets an exam date on Today and sees the plan: "N cards a day until <date>" and a bar for each
 * day ahead. The window's clock is fixed (and its time zone set), so the spec can make the same plan with
 * the pure planner from the same cards and expect its numbers, not numbers copied from a run.
 */

// Beijing, 2 December 2026 at 10:00; the exam on 12 December is ten study days ahead.
const timeZone = 'Asia/Shanghai';
const now = Date.UTC(2026, 11, 2, 2);
const examDate = '2026-12-12';
test.use({ timezoneId: timeZone });

/** The plan the app should make for the homework deck: its new cards, installed at `now`, as main.ts does. */
function expectedPlan() {
  const scheduler = new Scheduler({ ...defaultSrsSettings, utcOffsetMinutes: 8 * 60 });
  const cards = homework2Deck.items.flatMap((item, position) =>
    cardsForItem(item, homework2Deck.id, position, now),
  );
  return planForExam(scheduler, cards, dayOfDate(2026, 12, 12), now);
}

for (const language of ['en', 'zh'] as const) {
  const words =
    language === 'en'
      ? {
          button: 'English',
          examDate: `Exam date of ${homework2Deck.title.en}`,
          plan: (count: number) => `${count} cards a day until 12 December`,
          bar: (date: string, count: number) => `${date}: ${count} cards`,
          firstDay: '2 December',
        }
      : {
          button: '中文',
          examDate: `「${homework2Deck.title.zh}」的考试日期`,
          plan: (count: number) => `每天 ${count} 张卡片，直到 12月12日`,
          bar: (date: string, count: number) => `${date}：${count} 张卡片`,
          firstDay: '12月2日',
        };

  test(`a student sets an exam date and sees the plan and its chart, kept after a reload (${language})`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(now);
    await page.goto('/');
    await page.getByRole('button', { name: words.button }).click();
    await expect(page.getByTestId('today-deck')).toHaveCount(3);

    const plan = expectedPlan();
    expect(plan.total).toBeGreaterThan(0);
    expect(plan.days).toHaveLength(10);
    await page.getByLabel(words.examDate).fill(examDate);

    const exam = page.locator(`[data-testid="exam"][data-deck="${homework2Deck.id}"]`);
    const expectPlanShown = async () => {
      await expect(exam.getByTestId('exam-plan')).toHaveText(words.plan(plan.perDay), { timeout: 30_000 });
      const chart = exam.getByTestId('plan-chart');
      await expect(chart).toBeVisible();
      // One bar per day from today to the eve of the exam, each with its day's count.
      const bars = chart.locator('rect');
      await expect(bars).toHaveCount(plan.days.length);
      const counts = await bars.locator('title').allTextContents();
      expect(counts[0]).toBe(words.bar(words.firstDay, plan.days[0]!.cardIds.length));
      const shown = counts.map((text) => Number(/(\d+)\D*$/.exec(text)?.[1]));
      expect(shown).toEqual(plan.days.map((day) => day.cardIds.length));
      // Spread: no day carries more than the day's share plus one.
      expect(Math.max(...shown)).toBeLessThanOrEqual(plan.perDay + 1);
    };
    await expectPlanShown();
    await expect(page.getByLabel(words.examDate)).toHaveValue(examDate);

    await page.reload();
    await expect(page.getByLabel(words.examDate)).toHaveValue(examDate);
    await expectPlanShown();
  });
}
