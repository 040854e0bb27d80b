/**
 * The embed's weight, gzip -9, from the built site (build/): what /embed loads before the map (its
 * HTML and the JS/CSS its head links, plus the fonts its CSS needs at once) against what the map adds
 * when the frame scrolls into view (the maplibre chunk(s) imported from the engine, its worker, and
 * the basemap GeoJSON). Run `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt } from './util';

const build = new URL('../../build/', import.meta.url).pathname;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${fmt(bytes / 1024)} KB`;

/** Files a JS module imports statically or dynamically (`from"./x.js"`, `import(\`./x.js\`)`), as build paths. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(file, 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const resolve = (spec: string) => new URL(spec, `file://${dir}`).pathname;
  const staticImports = [...code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)].map((m) => resolve(m[1]));
  const dynamicImports = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]));
  // Vite's preload helper lists the dependencies of dynamic imports in an array of strings.
  const preloadDeps = [...code.matchAll(/["'](_app\/immutable\/[^"']+\.(?:js|css))["']/g)].map((m) => join(build, m[1]));
  return { static: staticImports, dynamic: [...dynamicImports, ...preloadDeps] };
}

/** Every module reachable through static imports from `roots`. */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).static);
  }
  return seen;
}

export async function run(): Promise<void> {
  const html = join(build, 'embed.html');
  if (!existsSync(html)) {
    console.log('build/embed.html is missing: run `npm run build` first.');
    return;
  }
  const page = readFileSync(html, 'utf8');
  const linked = (rel: string) =>
    [...page.matchAll(new RegExp(`<link href="\\.?/?([^"]+)" rel="${rel}"`, 'g'))].map((m) => join(build, m[1]));
  const preloads = linked('modulepreload');
  const styles = linked('stylesheet');
  const initialJs = staticClosure(preloads);
  const before = [html, ...initialJs, ...styles];

  // The map: modules first reached through a dynamic import, minus what is already loaded.
  const lazyRoots = [...initialJs].flatMap((file) => importsOf(file).dynamic).filter((file) => file.endsWith('.js') && !initialJs.has(file));
  const mapJs = [...staticClosure(lazyRoots)].filter((file) => !initialJs.has(file));
  const workers = existsSync(join(build, '_app/immutable/workers'))
    ? readdirSync(join(build, '_app/immutable/workers')).filter((name) => name.startsWith('maplibre')).map((name) => join(build, '_app/immutable/workers', name))
    : [];
  const geo = readdirSync(join(build, 'geo')).filter((name) => name.endsWith('.geojson')).map((name) => join(build, 'geo', name));
  const lazyCss = [...new Set(lazyRoots.flatMap((file) => importsOf(file).dynamic))].filter((file) => file.endsWith('.css') && !styles.includes(file) && existsSync(file));
  const map = [...mapJs, ...lazyCss, ...workers, ...geo];

  const sum = (files: string[]) => files.reduce((total, file) => total + gz(file), 0);
  const beforeBytes = sum(before);
  const mapBytes = sum(map);
  const maplibreCss = styles.filter((file) => readFileSync(file, 'utf8').includes('.maplibregl-'));

  console.log(`/embed before the map: ${kb(beforeBytes)} gz in ${before.length} files (HTML ${kb(gz(html))}, JS ${kb(sum([...initialJs]))}, CSS ${kb(sum(styles))})`);
  if (maplibreCss.length) console.log(`  of which maplibre's CSS, linked from the head by SvelteKit: ${kb(sum(maplibreCss))}`);
  console.log(
    `the map adds:          ${kb(mapBytes)} gz (JS ${kb(sum(mapJs))} in ${mapJs.length} chunk(s), worker ${kb(sum(workers))}, basemap GeoJSON ${kb(sum(geo))}${lazyCss.length ? `, CSS ${kb(sum(lazyCss))}` : ''})`
  );
  console.log(`after the map:         ${kb(beforeBytes + mapBytes)} gz; first load is ${fmt((100 * beforeBytes) / (beforeBytes + mapBytes))}% of it (×${fmt((beforeBytes + mapBytes) / beforeBytes)} lighter)`);
  console.log('(fonts are left out: the browser fetches only the subsets the text needs, before and after alike)');
}
