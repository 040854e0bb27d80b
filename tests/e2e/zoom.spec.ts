// Issue #6, hours: zooming the time axis in so a few days fill the slider, stepping it by hours, and
// a link to an hour. The seed's events are whole days, but the slider itself works in hours.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { byTime, dayOf, longDate, loadTimeline } from './helpers';

const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });
const zoomIn = (page: Page) => page.getByRole('button', { name: 'Zoom in on time' });
const zoomOut = (page: Page) => page.getByRole('button', { name: 'Zoom out on time' });

test('zooming in shows hours: hour ticks, hour steps with the arrow keys, the hour in the URL; zooming out goes back to days', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const day = dayOf(byTime(timeline.events)[0].start);
  await page.goto(`/?t=${day}`);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', longDate(day));
  await expect(zoomOut(page)).toHaveAttribute('aria-disabled', 'true');
  const dayTicks = await page.locator('.ticks .tick').count();

  await zoomIn(page).click();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', `${longDate(day)}, 00:00 local time`);
  await expect(page).toHaveURL(new RegExp(`[?&]t=${day}T00%3A00`));
  await expect(zoomOut(page)).toHaveAttribute('aria-disabled', 'false');
  // Hour ticks: many more than the days of the whole axis, and labels with clock times.
  expect(await page.locator('.ticks .tick').count()).toBeGreaterThan(dayTicks);
  await expect(page.locator('.ticks .label').filter({ hasText: /^\d{2}:00$/ }).first()).toBeVisible();

  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', `${longDate(day)}, 02:00 local time`);
  await expect(page).toHaveURL(new RegExp(`[?&]t=${day}T02%3A00`));
  await expect(page.locator('.now')).toHaveText(/^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}, 02:00 local time$/);
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', `${longDate(day)}, 01:00 local time`);
  // Page Up: a day of hours.
  await page.keyboard.press('PageUp');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /, 01:00 local time$/);
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', new RegExp(`^${longDate(day)},`));

  // The keyboard zooms too: - out (back to days), + in.
  await page.keyboard.press('-');
  await expect(zoomOut(page)).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', longDate(day));
  await expect(page).toHaveURL(new RegExp(`[?&]t=${day}(&|$)`));
  await page.keyboard.press('+');
  await expect(zoomOut(page)).toHaveAttribute('aria-disabled', 'false');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', `${longDate(day)}, 00:00 local time`);
});

test('a link with t=…THH:MM opens zoomed in at that hour, and a reload keeps it', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  const day = dayOf(events[Math.floor(events.length / 2)].start);
  await page.goto(`/?t=${day}T15:00`);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', `${longDate(day)}, 15:00 local time`);
  await expect(zoomOut(page)).toHaveAttribute('aria-disabled', 'false');
  await expect(page.locator('.ticks .label').filter({ hasText: /^\d{2}:00$/ }).first()).toBeVisible();
  // The thumb sits inside the zoomed window (not at an end of the whole axis).
  const value = Number(await slider(page).inputValue());
  const max = Number(await slider(page).getAttribute('max'));
  expect(value).toBeGreaterThan(0);
  expect(value).toBeLessThan(max);

  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`[?&]t=${day}T16%3A00`));
  await page.reload();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', `${longDate(day)}, 16:00 local time`);
});

test('zoomed in, playback advances by hours', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const day = dayOf(byTime(timeline.events)[0].start);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/?t=${day}T00:00`);
  await page.getByRole('button', { name: 'Play' }).click();
  // 300 ms per hour at normal speed: within a few seconds the hour moves on, the day has not.
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', `${longDate(day)}, 00:00 local time`, { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const shown = (await slider(page).getAttribute('aria-valuetext'))!;
  expect(shown).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:00 local time$/);
  await expect(page).toHaveURL(/[?&]t=\d{4}-\d{2}-\d{2}T\d{2}%3A00/);
});

test('the zoomed-in time bar passes axe (light and dark)', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const day = dayOf(byTime(timeline.events)[0].start);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/?t=${day}T12:00`);
    await expect(zoomOut(page)).toHaveAttribute('aria-disabled', 'false');
    const results = await new AxeBuilder({ page }).include('.timebar').analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    expect(serious, scheme).toEqual([]);
  }
});
