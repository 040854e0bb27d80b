/**
 * Stage 1: a raw file becomes a document: front matter read, HTML turned into text, and the
 * page furniture (section label, headline, "Leave a Reply" footers, share buttons) marked so later
 * stages skip it. The body text is never rewritten after that: every offset the pipeline reports
 * (quotes, sources) points into `body`, so a reader can always find the words in the original.
 */
import { formatYmd, isValidDate } from './calendar';
import { stableHash } from './hash';
import { paragraphRanges } from './sentences';

export interface RawDocument {
  path: string;
  text: string;
}

export interface ParsedDocument {
  id: string;
  path: string;
  title: string;
  published: string | null;
  url?: string;
  source?: string;
  language?: string;
  /** Text after the front matter (HTML already converted to text). All offsets point here. */
  body: string;
  /** Paragraphs of prose, as [start, end) in body: headline and boilerplate left out. */
  content: Array<[number, number]>;
  /** The headline paragraph, when the body starts with one. */
  headline: [number, number] | null;
  /**
   * A wire dateline opening the first paragraph ("ALMATY, Jan 11 (Reuters) - "): it says where the
   * reporter filed from and when, not where or when the events happened.
   */
  dateline: [number, number] | null;
  /** Lines recognised as page furniture, with the reason. */
  boilerplate: Array<{ start: number; end: number; reason: string }>;
  /** Non-fatal remarks (unreadable front matter date …). */
  warnings: string[];
}

export class DocumentError extends Error {}

/** Decodes file bytes as UTF-8, refusing binary data rather than producing mojibake. */
export function decodeDocumentBytes(bytes: Uint8Array): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new DocumentError('binary data (NUL bytes), not a text document');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new DocumentError('not valid UTF-8 text');
  }
}

export function parseDocument(raw: RawDocument): ParsedDocument {
  if (raw.text.includes('\u0000')) throw new DocumentError('binary data (NUL bytes), not a text document');
  const isHtml = /\.html?$/i.test(raw.path) || /^\s*<(!doctype html|html[\s>])/i.test(raw.text.slice(0, 200));
  const { meta, rest } = isHtml ? { meta: {} as Record<string, string>, rest: raw.text } : readFrontMatter(raw.text);
  let body = rest;
  const htmlMeta: Record<string, string> = {};
  if (isHtml) {
    const converted = htmlToText(raw.text);
    body = converted.text;
    Object.assign(htmlMeta, converted.meta);
  }
  body = body.replace(/\r\n?/g, '\n');
  if (!body.trim()) throw new DocumentError('the document has no text');

  const warnings: string[] = [];
  const fields = { ...htmlMeta, ...meta };
  let published: string | null = null;
  if (fields.published || fields.date) {
    published = normaliseDate(fields.published ?? fields.date);
    if (!published) warnings.push(`front matter date "${fields.published ?? fields.date}" is not a date; ignored`);
  }

  const paragraphs = paragraphRanges(body);
  const boilerplate: ParsedDocument['boilerplate'] = [];
  const keep: Array<[number, number]> = [];
  for (const range of paragraphs) {
    const reason = boilerplateReason(body.slice(range[0], range[1]));
    if (reason) boilerplate.push({ start: range[0], end: range[1], reason });
    else keep.push(range);
  }
  // Short unpunctuated lines after the last paragraph of prose are footer links and labels.
  while (keep.length > 1 && isFooterLine(body.slice(keep[keep.length - 1][0], keep[keep.length - 1][1]))) {
    const [start, end] = keep.pop()!;
    boilerplate.push({ start, end, reason: 'footer line after the article' });
  }

  let headline: [number, number] | null = null;
  let title = (fields.title ?? '').trim();
  if (keep.length > 1 && looksLikeHeadline(body.slice(keep[0][0], keep[0][1]))) {
    headline = keep.shift()!;
    const headlineText = stripSectionLabel(body.slice(headline[0], headline[1]).trim());
    if (!title) title = headlineText;
  }
  if (!title) title = fallbackTitle(raw.path, body, keep);

  const dateline = keep.length ? findDateline(body, keep[0][0]) : null;

  return {
    id: `doc-${stableHash(body)}`,
    path: raw.path,
    title,
    published,
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.source ? { source: fields.source } : {}),
    ...(fields.language ? { language: fields.language } : {}),
    body,
    content: keep,
    headline,
    dateline,
    boilerplate: boilerplate.sort((a, b) => a.start - b.start),
    warnings
  };
}

// "ALMATY, Jan 11 (Reuters) - ", "NEW YORK (AP) — ", "Nur-Sultan, 10 January 2022 –": a place in capitals
// (or a capitalised place followed by a date), an optional agency in brackets, then a dash.
const DATELINE = /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}|[A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+){0,2}(?=,\s*(?:\d|[A-Z][a-z]{2})))(?:,\s*[^()\n–—-]{1,40}?)?(?:\s*\([^()\n]{1,40}\))?\s*[-–—]{1,2}\s/u;

function findDateline(body: string, start: number): [number, number] | null {
  const m = DATELINE.exec(body.slice(start, start + 120));
  return m ? [start, start + m[0].length] : null;
}

/** Minimal YAML front matter: `key: value` lines between `---` fences (what newsroom exports write). */
export function readFrontMatter(text: string): { meta: Record<string, string>; rest: string } {
  const opening = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!opening) return { meta: {}, rest: text };
  const afterOpening = opening[0].length;
  const closing = /^(---|\.\.\.)[ \t]*$/m;
  const tail = text.slice(afterOpening);
  const match = closing.exec(tail);
  if (!match) throw new DocumentError('front matter starts with "---" but is never closed');
  const meta: Record<string, string> = {};
  const lines = tail.slice(0, match.index).split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new DocumentError(`front matter line ${i + 2} is not "key: value": ${line.slice(0, 60)}`);
    const key = line.slice(0, colon).trim().toLowerCase();
    let value = line.slice(colon + 1).trim();
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) {
      value = value.slice(1, -1);
    }
    meta[key] = value;
  }
  let rest = tail.slice(match.index + match[0].length);
  if (rest.startsWith('\r\n')) rest = rest.slice(2);
  else if (rest.startsWith('\n')) rest = rest.slice(1);
  return { meta, rest };
}

/** Accepts YYYY-MM-DD, full ISO timestamps, and YYYY/MM/DD; returns a real calendar date or null. */
export function normaliseDate(value: string): string | null {
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? formatYmd(y, mo, d) : null;
}

const FURNITURE = [
  /^leave a (reply|replay|comment)\b/i,
  /^(share|tweet|email|print)( (this|on|via)\b.*)?$/i,
  /^(related( articles| stories| posts)?|read more|see also|advertisement|sponsored|subscribe\b.*|sign up\b.*)$/i,
  /^(posted|filed|published) (in|under|on)\b.{0,80}$/i,
  /^tags?:/i,
  /^(copyright|©)/i,
  /^(click|tap) here\b/i,
  /^(you may also like|most read|trending)\b/i
];

function boilerplateReason(paragraph: string): string | null {
  const text = paragraph.trim();
  for (const pattern of FURNITURE) if (pattern.test(text)) return 'page furniture';
  return null;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isFooterLine(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= 4 && !/[.!?…"”»)]$/.test(t);
}

function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  // A headline is short and does not read as a finished sentence of body copy.
  return wordCount(t) <= 30 && !/[a-z0-9,;]\.$/.test(t);
}

/** "Central – Talk of a coup …" → "Talk of a coup …": a one- or two-word section label before a dash or bar. */
function stripSectionLabel(headline: string): string {
  const m = /^([A-Z][\w&]*(?: [A-Z][\w&]*)?)\s+[–—|-]\s+(.+)$/u.exec(headline);
  return m && wordCount(m[2]) >= 3 ? m[2].trim() : headline;
}

function fallbackTitle(path: string, body: string, content: Array<[number, number]>): string {
  if (content.length) {
    const first = body.slice(content[0][0], content[0][1]).trim();
    return first.length > 90 ? `${first.slice(0, 87).trimEnd()}…` : first;
  }
  return path.split(/[\\/]/).pop() ?? path;
}

const DROP_ELEMENTS = ['script', 'style', 'noscript', 'nav', 'footer', 'header', 'aside', 'form', 'svg', 'template', 'button', 'iframe'];
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote',
  'tr', 'table', 'figure', 'figcaption', 'pre', 'main', 'dd', 'dt', 'hr'
]);

/**
 * HTML → plain text with paragraph breaks, plus the metadata newsroom pages carry.
 * A linear scan with indexOf (no backtracking patterns over the whole page).
 */
export function htmlToText(html: string): { text: string; meta: Record<string, string> } {
  const meta: Record<string, string> = {};
  let out = '';
  let i = 0;
  const lower = html.toLowerCase();
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += decodeEntities(html.slice(i));
      break;
    }
    out += decodeEntities(html.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, gt);
    const nameMatch = /^\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
    const name = nameMatch ? nameMatch[1].toLowerCase() : '';
    const closing = tag.startsWith('/');
    i = gt + 1;
    if (!closing && (name === 'title' || name === 'h1')) {
      const end = lower.indexOf(`</${name}`, i);
      const inner = decodeEntities(stripTags(html.slice(i, end < 0 ? html.length : end))).trim();
      if (name === 'title' && inner && !meta.title) meta.title = inner;
      if (name === 'h1' && inner) {
        meta.title = inner;
        out += `\n${inner}\n`;
      }
      i = end < 0 ? html.length : html.indexOf('>', end) + 1;
      continue;
    }
    if (!closing && name === 'meta') {
      const property = attribute(tag, 'property') ?? attribute(tag, 'name') ?? '';
      const content = attribute(tag, 'content');
      if (content && /^(article:published_time|date|pubdate|dc\.date)$/i.test(property)) meta.published ??= content;
      if (content && /^og:url$/i.test(property)) meta.url ??= content;
      if (content && /^og:site_name$/i.test(property)) meta.source ??= content;
      continue;
    }
    if (!closing && name === 'time') {
      const datetime = attribute(tag, 'datetime');
      if (datetime) meta.published ??= datetime;
    }
    if (!closing && name === 'html') {
      const lang = attribute(tag, 'lang');
      if (lang) meta.language = lang;
    }
    if (!closing && DROP_ELEMENTS.includes(name) && !tag.endsWith('/')) {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) out += '\n';
  }
  const text = out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, index, lines) => line || (index > 0 && lines[index - 1]))
    .join('\n')
    .trim();
  return { text, meta };
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

function attribute(tag: string, name: string): string | null {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  const m = re.exec(tag);
  return m ? decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') : null;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', eacute: 'é'
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}
