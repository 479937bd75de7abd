import assert from 'node:assert/strict';
import { withArticleName } from '../../../src/review/articleField';
import { parseSidecar } from '../../../src/core/sidecar';

const SIDECAR = [
  '# checked by the night desk',
  'version: 1',
  'article: tram-depot.md  # keep in step with the file name',
  'claims:',
  '  - id: c-depot',
  '    status: verified',
  '    origin: detected',
  '    anchor:',
  '      quote: The depot will house 48 trams.',
  '      prefix: ""',
  '      suffix: ""',
  '      start: 0',
  '      end: 30',
  '',
].join('\n');

describe('withArticleName', () => {
  it('changes only the article line, keeping its comment', () => {
    const renamed = withArticleName(SIDECAR, 'tram-depot-2027.md');
    assert.equal(renamed, SIDECAR.replace('article: tram-depot.md ', 'article: tram-depot-2027.md '));
  });

  it('quotes names YAML would read as something else, changing that line only', () => {
    for (const name of ['true', '2027', 'notes: final.md', '#draft.md']) {
      const renamed = withArticleName(SIDECAR, name);
      assert.ok(renamed, name);
      const parsed = parseSidecar(renamed);
      assert.ok(parsed.ok && parsed.sidecar.article === name, name);
      const changed = renamed.split('\n').filter((line, i) => line !== SIDECAR.split('\n')[i]);
      assert.deepEqual(changed, [`article: ${JSON.stringify(name)}  # keep in step with the file name`]);
    }
  });

  it('keeps CRLF line endings', () => {
    const crlf = SIDECAR.replace(/\n/g, '\r\n');
    const renamed = withArticleName(crlf, 'bus-lanes.md');
    assert.ok(renamed);
    assert.equal(renamed, crlf.replace('article: tram-depot.md ', 'article: bus-lanes.md '));
  });

  it('returns the text unchanged when the name is already right, and undefined for a malformed file', () => {
    assert.equal(withArticleName(SIDECAR, 'tram-depot.md'), SIDECAR);
    assert.equal(withArticleName('version: 1\narticle: [broken\n', 'x.md'), undefined);
  });

  it('gives up (undefined) on a layout it cannot edit on one line', () => {
    const block = SIDECAR.replace('article: tram-depot.md  # keep in step with the file name', 'article: >-\n  tram-depot.md');
    assert.equal(withArticleName(block, 'other.md'), undefined);
  });
});
