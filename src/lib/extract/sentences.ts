/**
 * Sentence segmentation with offsets into the document body.
 * Intl.Segmenter does the language work; on top of it, blank lines and line breaks between
 * paragraphs are hard boundaries (news copy often drops the final period of a headline or caption),
 * and whitespace is trimmed so that `body.slice(start, end) === text`.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by line breaks) the sentence belongs to. */
  paragraph: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(body: string, ranges?: Array<[number, number]>): Sentence[] {
  const sentences: Sentence[] = [];
  const blocks = ranges ?? paragraphRanges(body);
  blocks.forEach(([blockStart, blockEnd], paragraph) => {
    const block = body.slice(blockStart, blockEnd);
    for (const { segment, index } of segmenter.segment(block)) {
      let start = blockStart + index;
      let end = start + segment.length;
      while (start < end && isSpace(body.charCodeAt(start))) start++;
      while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
      if (end > start) sentences.push({ start, end, text: body.slice(start, end), paragraph });
    }
  });
  return sentences;
}

/** Blocks of text separated by line breaks, as [start, end) offsets; empty blocks are skipped. */
export function paragraphRanges(body: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body[i] === '\n') {
      if (body.slice(start, i).trim()) ranges.push([start, i]);
      start = i + 1;
    }
  }
  return ranges;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2028 || code === 0x2029;
}
