/**
 * Golden test: the pipeline over seeds/ must give exactly tests/golden/seeds.json, which a person
 * checked by hand. A difference fails and writes tests/golden/seeds-changed.json to diff against.
 * To accept a reviewed change: UPDATE_GOLDEN=1 npx vitest run tests/golden
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectDocuments } from '../../src/cli/main';
import { buildTimeline } from '../../src/lib/extract/pipeline';
import { loadGeoparser } from '../../src/lib/server/pipeline-node';

// A fixed "today" keeps the year inference reproducible; any date from 2022-01-10 to 2028-01-09 gives 2022.
const TODAY = '2026-11-25';

describe('golden: seeds/ → Timeline JSON', () => {
  it('matches the reviewed expectation', () => {
    const { documents } = collectDocuments(['seeds']);
    const actual = JSON.stringify(buildTimeline(documents, loadGeoparser(), { today: TODAY }), null, 2) + '\n';
    const expectedPath = 'tests/golden/seeds.json';
    const changedPath = 'tests/golden/seeds-changed.json';
    if (process.env.UPDATE_GOLDEN || (!existsSync(expectedPath) && !process.env.CI)) {
      writeFileSync(expectedPath, actual);
    }
    expect(existsSync(expectedPath), `${expectedPath} is missing`).toBe(true);
    const expected = readFileSync(expectedPath, 'utf8');
    if (actual !== expected) writeFileSync(changedPath, actual);
    else if (existsSync(changedPath)) unlinkSync(changedPath);
    expect(JSON.parse(actual), `output changed: diff ${expectedPath} ${changedPath}`).toEqual(JSON.parse(expected));
  });
});
