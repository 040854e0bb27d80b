// The embed as a news site uses it: a host page on ANOTHER origin (a small server on port 4174
// started here) frames http://127.0.0.1:4173/embed and talks to it with postMessage.
import { createServer, type Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { byTime, dayOf, longDate, loadTimeline, seriousViolations, waitForMapIdle, watch } from './helpers';

const APP = 'http://127.0.0.1:4173';
const HOST_PORT = 4174;
const HOST = `http://127.0.0.1:${HOST_PORT}`;

/** A host page: one iframe (query: src, width, height, top spacer, lazy), the host script, and a log of messages. */
function hostPage(query: URLSearchParams): string {
  const src = query.get('src') ?? '/embed';
  const width = Number(query.get('width') ?? 760);
  const height = Number(query.get('height') ?? 640);
  const spacer = Number(query.get('spacer') ?? 0);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body style="margin:0">
<h1>A news article</h1>
<div style="height:${spacer}px"></div>
<iframe id="frame" src="${APP}${src}" title="Crisis timeline" data-crisis-timeline data-auto-height
  style="display:block;width:${width}px;height:${height}px;border:0"></iframe>
<script>
  window.received = [];
  addEventListener('message', (event) => { if (event.origin === '${APP}') window.received.push(event.data); });
</script>
<script src="${APP}/embed.js"></script>
</body></html>`;
}

let server: Server;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', HOST);
    if (url.pathname === '/host.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(url.searchParams));
    } else if (url.pathname === '/frames-app.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><title>Host</title><link rel="icon" href="data:,"><iframe id="frame" src="${APP}/" title="app"></iframe>`
      );
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(HOST_PORT, '127.0.0.1', resolve);
  });
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function openHost(page: Page, options: Record<string, string | number> = {}) {
  const query = new URLSearchParams(Object.entries(options).map(([key, value]) => [key, String(value)]));
  await page.goto(`${HOST}/host.html?${query}`);
  const frame = page.frameLocator('#frame');
  return { frame, received: () => page.evaluate(() => (window as unknown as { received: { type: string; [key: string]: unknown }[] }).received) };
}

async function postToEmbed(page: Page, message: unknown) {
  await page.evaluate(
    ([data, origin]) => (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.postMessage(data, origin as string),
    [message, APP] as const
  );
}

async function waitForMessage(page: Page, predicate: string) {
  // `predicate` is the body of (m) => …, evaluated in the host page.
  await page.waitForFunction(
    (body) => (window as unknown as { received: unknown[] }).received.some(new Function('m', `return ${body}`) as (m: unknown) => boolean),
    predicate,
    { timeout: 30_000 }
  );
}

test('a host page on another origin drives the embed and hears back: ready, setTime, timechange, select, play, pause; deep links', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  const firstDay = dayOf(events[0].start);
  const lastDay = dayOf(events[events.length - 1].start);
  const linked = events[0];
  const seen = watch(page);

  const { frame, received } = await openHost(page, { src: `/embed?t=${firstDay}&event=${encodeURIComponent(linked.id)}` });
  await waitForMessage(page, `m.type === 'crisis-timeline:ready'`);
  const ready = (await received()).find((m) => m.type === 'crisis-timeline:ready')!;
  expect(ready.time).toBe(firstDay);

  // The deep link inside the iframe shows that day and that event.
  const slider = frame.getByRole('slider', { name: 'Time' });
  const details = frame.getByRole('region', { name: 'Event details' });
  await expect(slider).toHaveAttribute('aria-valuetext', longDate(firstDay));
  await expect(details.getByRole('heading', { name: linked.title })).toBeVisible();
  // No site chrome in the embed.
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);

  // setTime from the host: the embed moves, reports the new time, and keeps it in its own URL.
  await postToEmbed(page, { type: 'crisis-timeline:setTime', time: lastDay });
  await expect(slider).toHaveAttribute('aria-valuetext', longDate(lastDay));
  await waitForMessage(page, `m.type === 'crisis-timeline:timechange' && m.time === '${lastDay}'`);
  const embedFrame = page.frames().find((candidate) => candidate.url().startsWith(`${APP}/embed`))!;
  await expect.poll(() => embedFrame.url()).toContain(`t=${lastDay}`);
  await expect(frame.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(events.length);

  // Malformed or foreign messages change nothing.
  await postToEmbed(page, { type: 'crisis-timeline:setTime', time: '2022-02-30' });
  await postToEmbed(page, { type: 'crisis-timeline:setTime', time: '<b>' });
  await postToEmbed(page, { type: 'crisis-timeline:select', eventId: '<img src=x>' });
  await postToEmbed(page, 'crisis-timeline:play');
  await page.waitForTimeout(300);
  await expect(slider).toHaveAttribute('aria-valuetext', longDate(lastDay));
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();

  // select through the host script (static/embed.js); the embed confirms the selection.
  const other = events[events.length - 1];
  await page.evaluate((id) => (window as unknown as { CrisisTimeline: { select(id: string): void } }).CrisisTimeline.select(id), other.id);
  await expect(details.getByRole('heading', { name: other.title })).toBeVisible();
  await waitForMessage(page, `m.type === 'crisis-timeline:select' && m.eventId === ${JSON.stringify(other.id)}`);

  // A reader's choice inside the embed is reported to the host.
  const third = events[Math.floor(events.length / 2)];
  if (third.id !== other.id) {
    await frame.getByRole('list', { name: 'Events' }).getByRole('button', { name: third.title }).first().click();
    await waitForMessage(page, `m.type === 'crisis-timeline:select' && m.eventId === ${JSON.stringify(third.id)}`);
  }

  // play and pause.
  await postToEmbed(page, { type: 'crisis-timeline:play' });
  await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
  await waitForMessage(page, `m.type === 'crisis-timeline:timechange' && m.time < '${lastDay}'`);
  await page.evaluate(() => (window as unknown as { CrisisTimeline: { pause(): void } }).CrisisTimeline.pause());
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();

  expect(seen.errors).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('resize messages size the iframe to its content (auto-height); usable at 300 px wide', async ({ page }) => {
  const { frame, received } = await openHost(page, { width: 300, height: 400 });
  await waitForMessage(page, `m.type === 'crisis-timeline:resize'`);
  await expect(frame.getByRole('list', { name: 'Events' })).toBeVisible();
  // The host script applied the last reported height.
  await expect
    .poll(async () => {
      const heights = (await received()).filter((m) => m.type === 'crisis-timeline:resize').map((m) => m.height as number);
      const applied = await page.locator('#frame').evaluate((element) => element.getBoundingClientRect().height);
      return Math.abs(applied - heights[heights.length - 1]);
    })
    .toBeLessThanOrEqual(1);
  const heights = (await received()).filter((m) => m.type === 'crisis-timeline:resize').map((m) => m.height as number);
  // At 300 px the list runs below the map: the content is taller than the frame the host started with.
  expect(heights[heights.length - 1]).toBeGreaterThan(400);
  const embedFrame = page.frames().find((candidate) => candidate.url().startsWith(`${APP}/embed`))!;
  const overflow = await embedFrame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('controls=0 hides the slider and play button; the host still sets the time', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const events = byTime(timeline.events);
  const firstDay = dayOf(events[0].start);
  const { frame } = await openHost(page, { src: '/embed?controls=0&theme=dark&autoplay=nonsense&bogus=%3Cx%3E' });
  await waitForMessage(page, `m.type === 'crisis-timeline:ready'`);
  await expect(frame.getByRole('list', { name: 'Events' })).toBeVisible();
  await expect(frame.getByRole('slider', { name: 'Time' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Play' })).toHaveCount(0);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await postToEmbed(page, { type: 'crisis-timeline:setTime', time: firstDay });
  await expect(frame.getByText(new RegExp(`^${longDate(firstDay)} ·`))).toBeVisible();
  const onFirstDay = events.filter((event) => dayOf(event.start) <= firstDay).length;
  await expect(frame.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(onFirstDay);
});

test('light first load: the embed shows a summary and the list, and loads the map only when scrolled into view', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(APP)) requested.push(new URL(request.url()).pathname);
  });
  // The map's worker and basemap. (SvelteKit links the CSS of lazily imported modules from the page
  // head, so maplibre's 10 KB of CSS is not deferred; `npm run bench -- embed` counts it as "before".)
  const mapOnly = (path: string) => /maplibre-gl-worker|^\/geo\/.*\.geojson$/.test(path);
  const seen = watch(page);
  await page.setViewportSize({ width: 1000, height: 700 });
  const { frame } = await openHost(page, { spacer: 2000, width: 900, height: 600 });
  await waitForMessage(page, `m.type === 'crisis-timeline:ready'`);
  const map = frame.getByRole('region', { name: 'Map' });
  await expect(map).toContainText(`${timeline.events.length} events`);
  await expect(map.getByRole('button', { name: 'Show the map' })).toBeVisible();
  await expect(frame.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(timeline.events.length);
  await page.waitForTimeout(500);
  expect(requested.filter(mapOnly)).toEqual([]);
  const before = new Set(requested);

  await page.locator('#frame').scrollIntoViewIfNeeded();
  const embedFrame = page.frames().find((candidate) => candidate.url().startsWith(`${APP}/embed`))!;
  await embedFrame.waitForFunction(() => (window as { __mapIdle?: boolean }).__mapIdle === true, null, { timeout: 45_000 });
  await expect(map.locator('canvas')).toBeVisible();
  const after = requested.filter((path) => !before.has(path));
  expect(after.some((path) => /^\/_app\/immutable\/chunks\/.+\.js$/.test(path))).toBe(true);
  expect(after.some((path) => path.includes('maplibre-gl-worker'))).toBe(true);
  // The Content-Security-Policy lets the map, its worker and the theme script run.
  expect(seen.errors).toEqual([]);
});

test('headers: / may not be framed by other origins, /embed may; no inline scripts without a hash', async ({ page, request }) => {
  const app = await request.get('/');
  const appPolicy = app.headers()['content-security-policy'];
  expect(appPolicy).toContain("frame-ancestors 'self'");
  expect(app.headers()['x-frame-options']).toBe('SAMEORIGIN');
  const scriptSrc = /script-src ([^;]*)/.exec(appPolicy)![1];
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).toMatch(/'sha256-/);
  expect(appPolicy).toMatch(/worker-src [^;]*blob:/);

  const embed = await request.get('/embed');
  expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
  expect(embed.headers()['x-frame-options']).toBeUndefined();

  // And the browser enforces it: framed by another origin, / does not load; /embed does.
  await page.goto(`${HOST}/frames-app.html`);
  await page.waitForTimeout(1500);
  const appFrame = page.frames().find((frame) => frame !== page.mainFrame())!;
  expect(await appFrame.locator('[role="slider"]').count()).toBe(0);
  await openHost(page);
  await waitForMessage(page, `m.type === 'crisis-timeline:ready'`);
});

test('oEmbed: discovery link, JSON answer within maxwidth/maxheight, foreign URLs refused', async ({ page, request }) => {
  const timeline = await loadTimeline(page);
  const event = byTime(timeline.events)[0];
  const html = await (await request.get('/')).text();
  const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)![1].replaceAll('&amp;', '&');
  expect(href.startsWith(`${APP}/oembed?`)).toBe(true);
  const discovered = await request.get(href);
  expect(discovered.ok()).toBe(true);
  expect((await discovered.json()).type).toBe('rich');

  const pageUrl = `${APP}/?t=${dayOf(event.start)}&event=${encodeURIComponent(event.id)}`;
  const answer = await request.get(`/oembed?url=${encodeURIComponent(pageUrl)}&maxwidth=400&maxheight=500`);
  expect(answer.ok()).toBe(true);
  expect(answer.headers()['content-type']).toContain('application/json');
  const body = await answer.json();
  expect(body).toMatchObject({ version: '1.0', type: 'rich' });
  expect(body.width).toBeLessThanOrEqual(400);
  expect(body.height).toBeLessThanOrEqual(500);
  expect(body.title).toBe(await page.goto('/').then(() => page.title()));
  expect(body.html).toContain(`src="${APP}/embed?t=${dayOf(event.start)}&amp;event=${encodeURIComponent(event.id)}"`);
  expect(body.html).toMatch(/<iframe [^>]*title="[^"]+"/);

  expect((await request.get(`/oembed?url=${encodeURIComponent('https://elsewhere.example/')}`)).status()).toBe(404);
  expect((await request.get(`/oembed?url=${encodeURIComponent(pageUrl)}&format=xml`)).status()).toBe(501);
  expect((await request.get('/oembed.json')).ok()).toBe(true);
});

test('the Embed button offers a snippet and a link for the view shown', async ({ page }) => {
  const timeline = await loadTimeline(page);
  const event = byTime(timeline.events)[0];
  const day = dayOf(event.start);
  await page.goto(`/?t=${day}&event=${encodeURIComponent(event.id)}`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const snippet = await page.getByLabel('Embed code for this view').inputValue();
  expect(snippet).toContain(`<iframe src="${APP}/embed?t=${day}&amp;event=${encodeURIComponent(event.id)}"`);
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toMatch(/title="[^"]+"/);
  expect(snippet).toContain('aspect-ratio');
  expect(await page.getByLabel('Link to this view').inputValue()).toBe(`${APP}/?t=${day}&event=${encodeURIComponent(event.id)}`);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violations on /embed (${theme})`, async ({ page }) => {
    const timeline = await loadTimeline(page);
    // With an event open and the map loaded (the frame is on screen), so every part is scanned.
    await page.goto(`/embed?theme=${theme}&event=${byTime(timeline.events)[0].id}`);
    await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
    await waitForMapIdle(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
