// What issue #6 promises a reader: playback with speeds, stepping, filters, selection kept in step
// between map and list, reduced motion, a phone layout, a page without WebGL, themes, and no serious
// accessibility violations.
import { expect, test, type Page } from '@playwright/test';
import { byTime, dayOf, daysBetween, isoFromLong, loadTimeline, mapPixels, seriousViolations, waitForMapIdle, watch, type TestMap } from './helpers';

const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });
const list = (page: Page) => page.getByRole('list', { name: 'Events' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });

async function shownDay(page: Page): Promise<string> {
  return isoFromLong((await slider(page).getAttribute('aria-valuetext'))!);
}

async function toStart(page: Page) {
  await slider(page).focus();
  await page.keyboard.press('Home');
}

test('speed changes how fast playback runs; it stops at the end and says Play again', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  const firstDay = dayOf(events[0].start);
  await page.goto('/');

  await page.getByLabel('Speed').selectOption('0.5');
  await toStart(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Pause' }).click();
  // Half speed: 2.4 s per day, so 1.5 s cannot reach two days on (time never runs ahead of the clock).
  const slow = daysBetween(firstDay, await shownDay(page));
  expect(slow).toBeLessThan(2);

  // 4x: 0.3 s per day instead of 1.2 s. Playback follows the wall clock (frames may be late on a
  // busy machine, never early), so the whole run must take well under what 1x would need.
  const lastDay = events.reduce((latest, event) => (dayOf(event.end) > latest ? dayOf(event.end) : latest), firstDay);
  const atNormalSpeedMs = daysBetween(firstDay, lastDay) * 1200;
  await page.getByLabel('Speed').selectOption('4');
  await toStart(page);
  const started = Date.now();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
  expect(Date.now() - started).toBeLessThan(atNormalSpeedMs * 0.75);
  expect(await shownDay(page)).toBe(lastDay);
});

test('while playing, the date is announced politely', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Speed').selectOption('2');
  await toStart(page);
  await page.getByRole('button', { name: 'Play' }).click();
  const live = page.locator('[aria-live="polite"]');
  await expect(live).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}: \d+ events? so far$/);
});

test('previous and next event step through the events one at a time and select them', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  await page.goto('/');
  await toStart(page);
  const next = page.getByRole('button', { name: 'Next event' });
  const previous = page.getByRole('button', { name: 'Previous event' });

  await next.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[0].title);
  await expect(page).toHaveURL(new RegExp(`[?&]event=${events[0].id}`));
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await next.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[1].title);
  expect(await shownDay(page)).toBe(dayOf(events[1].start));
  await previous.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[0].title);
  // Focus stays on the control, so the reader can keep stepping from the keyboard.
  await expect(previous).toBeFocused();
});

test('category filters hide events from the list and the totals, and bring them back', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  // The category with the most events, so the filter visibly removes something.
  const tally = new Map<string, number>();
  for (const event of events) tally.set(event.category, (tally.get(event.category) ?? 0) + 1);
  const [category] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0];
  const ofCategory = events.filter((event) => event.category === category);

  await page.goto('/');
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(list(page).getByRole('listitem')).toHaveCount(events.length);
  const chip = page.getByRole('group', { name: 'Show categories' }).getByRole('button', { name: new RegExp(`^${category.split('-')[0]}`, 'i') });
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(list(page).getByRole('listitem')).toHaveCount(events.length - ofCategory.length);
  for (const event of ofCategory) await expect(list(page).getByRole('button', { name: event.title, exact: false })).toHaveCount(0);
  await chip.click();
  await expect(list(page).getByRole('listitem')).toHaveCount(events.length);
});

test('running totals add up the counts of the events shown so far', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  const withArrests = events.find((event) => (event.counts?.arrested ?? 0) > 0);
  test.skip(!withArrests, 'no arrests reported');
  await page.goto(`/?t=${dayOf(withArrests!.start)}`);
  const expected = events
    .filter((event) => dayOf(event.start) <= dayOf(withArrests!.start))
    .reduce((sum, event) => sum + Math.max(event.counts?.arrested ?? 0, event.counts?.detained ?? 0), 0);
  await expect(page.getByText('Reported so far:').locator('..')).toContainText(`${expected.toLocaleString('en-GB')} arrested`);
  await toStart(page);
  if (dayOf(events[0].start) < dayOf(withArrests!.start)) {
    await expect(page.getByText('Reported so far:').locator('..')).toContainText('0 arrested');
  }
});

test('selecting in the list selects on the map and moves the map to it; details mark the quote', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const places = new Map(timeline.places.map((place) => [place.id, place]));
  const atPoint = byTime(timeline.events).find((event) => places.get(event.placeIds[0]) && !places.get(event.placeIds[0])!.geometry);
  test.skip(!atPoint, 'no event at a point place');
  const seen = watch(page);
  await page.goto('/');
  await waitForMapIdle(page);
  const canvas = page.getByRole('region', { name: 'Map' }).locator('canvas');
  const box = (await canvas.boundingBox())!;

  await list(page).getByRole('button', { name: atPoint!.title }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ctMap: TestMap }).__ctMap.selected())).toBe(atPoint!.id);
  await waitForMapIdle(page);
  // The map eased to the event: its marker is near the middle of the map now.
  const point = (await page.evaluate((id) => (window as unknown as { __ctMap: TestMap }).__ctMap.eventPoint(id), atPoint!.id))!;
  expect(Math.abs(point.x - box.width / 2)).toBeLessThan(box.width / 4);
  expect(Math.abs(point.y - box.height / 2)).toBeLessThan(box.height / 4);

  // Date and place words of the quote are marked, and nothing of the quote is lost.
  const quote = details(page).locator('blockquote');
  await expect(quote).toHaveText(atPoint!.quote);
  await expect(quote.locator('mark').first()).toBeVisible();
  await expect(details(page)).toContainText(/to the (day|hour)|approximate/);
  await expect(details(page)).toContainText(/point: |area: |whole country: /);
  expect(seen.errors).toEqual([]);
});

test('hovering a marker shows its title', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const places = new Map(timeline.places.map((place) => [place.id, place]));
  const atPoint = byTime(timeline.events).find((event) => places.get(event.placeIds[0]) && !places.get(event.placeIds[0])!.geometry);
  test.skip(!atPoint, 'no event at a point place');
  await page.goto(`/?t=${dayOf(atPoint!.start)}`);
  await waitForMapIdle(page);
  const box = (await page.getByRole('region', { name: 'Map' }).locator('canvas').boundingBox())!;
  const point = (await page.evaluate((id) => (window as unknown as { __ctMap: TestMap }).__ctMap.eventPoint(id), atPoint!.id))!;
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await expect(page.locator('.maplibregl-popup')).toHaveText(atPoint!.title);
  await page.mouse.move(box.x + 2, box.y + box.height - 2);
  await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
});

test('with reduced motion, playback moves in whole days with nothing in between', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  const firstDay = dayOf(events[0].start);
  const lastDay = events.reduce((latest, event) => (dayOf(event.end) > latest ? dayOf(event.end) : latest), firstDay);
  const dayCount = daysBetween(firstDay, lastDay);
  await page.goto('/');
  await page.getByLabel('Speed').selectOption('4');
  await toStart(page);
  await page.getByRole('button', { name: 'Play' }).click();
  const input = slider(page);
  const max = Number(await input.getAttribute('max'));
  const positions: number[] = [];
  for (let i = 0; i < 25; i++) {
    positions.push(Number(await input.inputValue()) / (max / dayCount));
    await page.waitForTimeout(60);
  }
  // Every sampled position is a whole day, and time did move.
  for (const position of positions) expect(Math.abs(position - Math.round(position))).toBeLessThan(1e-6);
  expect(new Set(positions.map(Math.round)).size).toBeGreaterThan(1);
});

test('without reduced motion, playback glides between days', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  const firstDay = dayOf(events[0].start);
  const lastDay = events.reduce((latest, event) => (dayOf(event.end) > latest ? dayOf(event.end) : latest), firstDay);
  const dayCount = daysBetween(firstDay, lastDay);
  await page.goto('/');
  await toStart(page);
  await page.getByRole('button', { name: 'Play' }).click();
  const input = slider(page);
  const max = Number(await input.getAttribute('max'));
  let between = false;
  for (let i = 0; i < 40 && !between; i++) {
    const days = Number(await input.inputValue()) / (max / dayCount);
    between = Math.abs(days - Math.round(days)) > 0.01;
    if (!between) await page.waitForTimeout(50);
  }
  expect(between).toBe(true);
});

test('on a 360 px phone: no horizontal scrolling, a 44 px slider thumb, details as a bottom sheet', async ({ page }) => {
  const timeline = await loadTimeline(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForMapIdle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const thumb = await slider(page).evaluate((element) => parseFloat(getComputedStyle(element, '::-webkit-slider-thumb').height));
  expect(thumb).toBeGreaterThanOrEqual(44);
  expect((await slider(page).boundingBox())!.height).toBeGreaterThanOrEqual(44);

  const event = byTime(timeline.events)[0];
  await page.goto(`/?event=${event.id}`);
  const sheet = (await details(page).boundingBox())!;
  expect(sheet.y + sheet.height).toBeGreaterThan(740 - 2);
  expect(sheet.width).toBeGreaterThanOrEqual(359);
  const stillNoOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(stillNoOverflow).toBeLessThanOrEqual(0);
});

test('without WebGL, a plain notice replaces the map and everything else works', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  const seen = watch(page);
  await page.goto('/');
  const map = page.getByRole('region', { name: 'Map' });
  await expect(map).toContainText('WebGL');
  await expect(map.locator('canvas')).toHaveCount(0);
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(list(page).getByRole('listitem')).toHaveCount(events.length);
  await list(page).getByRole('button', { name: events[0].title }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(events[0].title);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(seen.errors).toEqual([]);
});

/** Mean brightness (0..255) of the map's canvas, read back through a 2D copy. */
async function mapBrightness(page: Page): Promise<number> {
  await waitForMapIdle(page);
  const samples = await mapPixels(page, 11);
  return samples.reduce((sum, [r, g, b]) => sum + (r + g + b) / 3, 0) / samples.length;
}

test('the theme follows the system until the reader picks one, the map follows, and the pick survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-theme-effective', 'dark');
  const darkMap = await mapBrightness(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(root).toHaveAttribute('data-theme-effective', 'light');
  await expect.poll(() => mapBrightness(page), { timeout: 30_000 }).toBeGreaterThan(darkMap + 60);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(root).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
});

test('keyboard focus is visible on the controls', async ({ page }) => {
  await page.goto('/');
  await slider(page).focus();
  await page.keyboard.press('Shift+Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCount(1);
  const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations on / (${scheme})`, async ({ page }) => {
    const timeline = await loadTimeline(page);
    await page.emulateMedia({ colorScheme: scheme });
    // With an event open, so the details panel is scanned too.
    await page.goto(`/?event=${byTime(timeline.events)[0].id}`);
    await waitForMapIdle(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
