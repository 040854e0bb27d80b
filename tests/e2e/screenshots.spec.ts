// The README's pictures: `SCREENSHOTS=1 npx playwright test screenshots` writes docs/screenshot*.png.
// Skipped otherwise, so ordinary test runs never rewrite tracked files.
import { test } from '@playwright/test';
import { byTime, dayOf, loadTimeline, waitForMapIdle } from './helpers';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to refresh docs/screenshot*.png');

const shots = [
  { file: 'docs/screenshot.png', viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const, select: true },
  { file: 'docs/screenshot-dark.png', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const, select: true },
  { file: 'docs/screenshot-phone.png', viewport: { width: 360, height: 740 }, colorScheme: 'light' as const, select: false }
];

for (const shot of shots) {
  test(`screenshot ${shot.file}`, async ({ page }) => {
    const timeline = await loadTimeline(page);
    const events = byTime(timeline.events);
    // The last day shows everything; open the event with the most precise place, for a full details panel.
    const places = new Map(timeline.places.map((place) => [place.id, place]));
    const featured = events.find((event) => places.get(event.placeIds[0])?.kind === 'city') ?? events[0];
    const lastDay = dayOf(events[events.length - 1].start);
    await page.setViewportSize(shot.viewport);
    await page.emulateMedia({ colorScheme: shot.colorScheme, reducedMotion: 'reduce' });
    await page.goto(shot.select ? `/?t=${lastDay}&event=${featured.id}` : `/?t=${dayOf(featured.start)}`);
    await waitForMapIdle(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: shot.file });
  });
}
