import { expect, test } from '@playwright/test';

test('the app icon is the favicon and the header’s logo, in both languages', async ({ page, request }) => {
  await page.goto('/');
  const links = await page
    .locator('link[rel="icon"]')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLLinkElement).href));
  expect(links).toHaveLength(2);
  for (const link of links) {
    const response = await request.get(link);
    expect(response.status(), link).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/(svg\+xml|png)/);
  }
  const logo = page.locator('header img.logo');
  await expect(logo).toBeVisible();
  expect(
    await logo.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth)),
  ).toBe(256);
  for (const language of ['中文', 'English']) {
    await page.getByRole('button', { name: language }).click();
    // The app's header is the page's banner (a card's own <header> is not).
    await page
      .getByRole('banner')
      .screenshot({ path: test.info().outputPath(`header-${language === 'English' ? 'en' : 'zh'}.png`) });
  }
});
