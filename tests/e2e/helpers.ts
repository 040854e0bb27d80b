// Shared by the end-to-end specs. The events come from the site's own /timeline.json, so the tests
// follow whatever the pipeline wrote instead of hard-coding it.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Timeline, TimelineEvent } from '../../src/lib/extract/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-01-05" → "5 January 2022", from the digits (no time zone involved). */
export function longDate(value: string): string {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export const dayOf = (value: string) => value.slice(0, 10);

/** Whole days from one "YYYY-MM-DD" to another. */
export function daysBetween(from: string, to: string): number {
  const utc = (value: string) => Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10));
  return Math.round((utc(dayOf(to)) - utc(dayOf(from))) / 86_400_000);
}

/** "5 January 2022" → "2022-01-05". */
export function isoFromLong(text: string): string {
  const [day, month, year] = text.replace(/,.*$/, '').split(' ');
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export async function loadTimeline(page: Page): Promise<Timeline> {
  const response = await page.request.get('/timeline.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Timeline;
}

export function byTime(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : 1));
}

export async function waitForMapIdle(page: Page) {
  await page.waitForFunction(() => (window as { __mapIdle?: boolean }).__mapIdle === true, null, { timeout: 45_000 });
}

export type TestMap = {
  project(lngLat: [number, number]): { x: number; y: number };
  eventPoint(eventId: string): { x: number; y: number } | null;
  selected(): string;
};

/** Console errors and requests to anything but this server, collected for the whole test. */
export function watch(page: Page) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    // Reading pixels back from WebGL makes Chromium warn about GPU stalls: expected in these tests.
    if (message.type() === 'error' && !/GPU stall due to ReadPixels/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(request.url());
  });
  return { errors, foreign };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every `step`-th pixel of the map canvas as [r, g, b] (the WebGL canvas copied into a 2D one). */
export async function mapPixels(page: Page, step: number): Promise<Array<[number, number, number]>> {
  return page
    .getByRole('region', { name: 'Map' })
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement, every: number) => {
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d')!;
      context.drawImage(canvas, 0, 0);
      const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
      const samples: Array<[number, number, number]> = [];
      for (let i = 0; i < pixels.length; i += 4 * every) samples.push([pixels[i], pixels[i + 1], pixels[i + 2]]);
      return samples;
    }, step);
}

/** axe-core violations of serious or critical impact on the page as it is now, as "rule: targets". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
