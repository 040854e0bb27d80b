import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadTimeline, watch } from './helpers';

// Issue 5 in the browser: pasting an article runs the pipeline in a Web Worker and adds its events;
// an editor's correction is saved through the editing API (a scratch review file in these tests,
// see playwright.config.ts) and is there again after a reload.

const article = readFileSync('tests/fixtures/other-crises/quake-2023-02-06.txt', 'utf8');

test('pasting an article adds its events to the map and the list, and they stay after a reload', async ({ page }) => {
  const seen = watch(page);
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.getByLabel(/Paste an article/).fill(article);
  await page.getByRole('button', { name: 'Add to map' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added \d+ events? from “Pasted article”/ })).toBeVisible({ timeout: 60_000 });
  // The new events are in 2023, after the seed's: jump to the end of the axis.
  const slider = page.getByRole('slider', { name: 'Time' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('list', { name: 'Events' })).toContainText(/2,300 killed/);
  await page.reload();
  await page.getByRole('slider', { name: 'Time' }).focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('list', { name: 'Events' })).toContainText(/2,300 killed/);
  await page.getByRole('button', { name: /Remove the \d+ added events/ }).click();
  await expect(page.getByRole('list', { name: 'Events' })).not.toContainText(/2,300 killed/);
  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('an editor corrects an event and the correction survives a reload', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const target = timeline.events.find((e) => e.category === 'declaration') ?? timeline.events[0];
  await page.goto(`/?t=${target.end.slice(0, 10)}&event=${target.id}`);
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toContainText(target.title);
  await page.getByText('Correct this event').click();
  const form = page.getByRole('form', { name: 'Correct this event' });
  await form.getByLabel('Title').fill('Corrected in an end-to-end test');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await expect(details).toContainText('Corrected in an end-to-end test', { timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Corrected in an end-to-end test', { timeout: 20_000 });
  // Take it back, so the other tests see the pipeline's own timeline.
  const undo = await page.request.post('/api/review', { data: { eventId: target.id, correction: null } });
  expect(undo.ok()).toBe(true);
});
