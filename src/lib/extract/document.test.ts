import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocumentBytes, DocumentError, htmlToText, parseDocument, readFrontMatter } from './document';

const seedPath = 'seeds/000_f9deb4eb91de4261.txt';
const seed = readFileSync(seedPath, 'utf8');

describe('parseDocument on the seed article', () => {
  const doc = parseDocument({ path: seedPath, text: seed });

  it('takes the headline as title without the "Central" section label', () => {
    expect(doc.title).toBe('Talk of a coup attempt in Kazakhstan .. Putin condemns “terrorism”');
    expect(doc.headline).not.toBeNull();
    expect(doc.body.slice(...doc.headline!)).toMatch(/^Central – Talk of a coup/);
  });

  it('marks the "Leave a Replay" footer as boilerplate and keeps every paragraph of prose', () => {
    const furniture = doc.boilerplate.map((b) => doc.body.slice(b.start, b.end));
    expect(furniture).toEqual(['Leave a Replay']);
    const kept = doc.content.map(([s, e]) => doc.body.slice(s, e));
    expect(kept).toHaveLength(10);
    expect(kept[0]).toMatch(/^Kazakh President Kassym-Jomart Tokayev said on Monday/);
    expect(kept.at(-1)).toMatch(/in the west of the country on January 2\.$/);
  });

  it('has no published date and a content-derived id', () => {
    expect(doc.published).toBeNull();
    expect(doc.id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(parseDocument({ path: 'elsewhere.txt', text: seed }).id).toBe(doc.id);
    expect(parseDocument({ path: seedPath, text: seed.replace('7,939', '7,940') }).id).not.toBe(doc.id);
  });
});

describe('front matter', () => {
  it('reads title, published, url, source and language, and offsets point into the body after it', () => {
    const text = '---\ntitle: "Protests spread"\npublished: 2022-01-05T08:00:00Z\nurl: https://example.org/a\nsource: Example News\nlanguage: en\n---\nProtesters gathered in Almaty on Wednesday.\n';
    const doc = parseDocument({ path: 'a.md', text });
    expect(doc).toMatchObject({ title: 'Protests spread', published: '2022-01-05', url: 'https://example.org/a', source: 'Example News', language: 'en' });
    expect(doc.body.startsWith('Protesters gathered')).toBe(true);
  });

  it('refuses front matter that is never closed, with a clear message', () => {
    expect(() => readFrontMatter('---\ntitle: x\nno end')).toThrow(/never closed/);
  });

  it('ignores an impossible published date instead of rolling it over', () => {
    const doc = parseDocument({ path: 'a.md', text: '---\npublished: 2022-02-30\n---\nTroops arrived in Almaty.\n' });
    expect(doc.published).toBeNull();
    expect(doc.warnings[0]).toMatch(/2022-02-30/);
  });
});

describe('bad input', () => {
  it('rejects binary data and invalid UTF-8, and empty documents', () => {
    expect(() => decodeDocumentBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(DocumentError);
    expect(() => decodeDocumentBytes(new Uint8Array([0x41, 0xff, 0xfe, 0x41]))).toThrow(/UTF-8/);
    expect(() => parseDocument({ path: 'empty.txt', text: '  \n\n ' })).toThrow(/no text/);
  });
});

describe('HTML', () => {
  it('keeps article text, drops scripts and navigation, decodes entities, and reads the publication date', () => {
    const html = `<!doctype html><html lang="en"><head><title>Site</title>
      <meta property="article:published_time" content="2022-01-06T10:00:00+06:00">
      <script>alert("x<p>")</script></head><body><nav>Home | World</nav>
      <h1>Unrest in Almaty</h1><p>Police &amp; troops <b>clashed</b> with protesters on Wednesday.</p>
      <footer>© News</footer></body></html>`;
    const { text, meta } = htmlToText(html);
    expect(text).toContain('Police & troops clashed with protesters on Wednesday.');
    expect(text).not.toMatch(/alert|Home \| World|© News/);
    expect(meta).toMatchObject({ title: 'Unrest in Almaty', published: '2022-01-06T10:00:00+06:00', language: 'en' });
    const doc = parseDocument({ path: 'page.html', text: html });
    expect(doc.published).toBe('2022-01-06');
  });
});

describe('datelines', () => {
  const body = (first: string) => parseDocument({ path: 'a.md', text: `---\ntitle: t\n---\n${first}\n\nMore text follows here.\n` });
  it('finds wire datelines and leaves ordinary first sentences alone', () => {
    for (const [text, dateline] of [
      ['ALMATY, Jan 11 (Reuters) - Kazakh authorities said on Tuesday that 7,939 people were detained.', 'ALMATY, Jan 11 (Reuters) - '],
      ['NEW YORK (AP) — The city braced for the storm.', 'NEW YORK (AP) — '],
      ['Nur-Sultan, 10 January 2022 – Troops patrolled the capital.', 'Nur-Sultan, 10 January 2022 – ']
    ] as const) {
      const doc = body(text);
      expect(doc.dateline && doc.body.slice(...doc.dateline)).toBe(dateline);
    }
    expect(body('Kazakh President Kassym-Jomart Tokayev said on Monday - in a speech - that order was restored.').dateline).toBeNull();
    expect(body('Protests began in Zhanaozen on January 2.').dateline).toBeNull();
  });
});
