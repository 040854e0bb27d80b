/**
 * RFC 4180 CSV reading with the character offsets of every row, so that an imported row can be
 * cited like a sentence (source offsets point into the file). A single pass, no regular expressions.
 */
export interface CsvRow {
  cells: string[];
  start: number;
  end: number;
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let rowStart = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  rowStart = i;
  let quoted = false;
  let cellStarted = false;
  const endRow = (end: number) => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ cells, start: rowStart, end });
    cells = [];
    cell = '';
    cellStarted = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
      i++;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      cellStarted = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow(i);
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      rowStart = i;
    } else {
      cell += c;
      cellStarted = true;
      i++;
    }
  }
  if (quoted) throw new CsvError(`a quoted cell starting in the row at offset ${rowStart} is never closed`);
  if (cell !== '' || cells.length) endRow(text.length);
  return rows;
}

/** Rows as objects keyed by the lower-cased header names. */
export function csvRecords(text: string): Array<{ values: Record<string, string>; start: number; end: number; line: number }> {
  const rows = parseCsv(text);
  if (!rows.length) throw new CsvError('the CSV file is empty');
  const header = rows[0].cells.map((h) => h.trim().toLowerCase());
  return rows.slice(1).map((row, index) => ({
    values: Object.fromEntries(header.map((name, i) => [name, (row.cells[i] ?? '').trim()])),
    start: row.start,
    end: row.end,
    line: index + 2
  }));
}
