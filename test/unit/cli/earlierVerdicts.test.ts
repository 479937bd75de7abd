import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importedVerdictsIn } from '../../../src/cli/earlierVerdicts';
import { runReport } from '../../../src/cli/report';
import { runSimilar } from '../../../src/cli/similar';
import { serializeSidecar } from '../../../src/core/sidecar';
import { captureIO } from './captureIO';
import { claimOn } from './fixtures';
import { CLAIM_REVIEW_ARGS as OPTIONS, FIRST, NOW, SECOND, TRAM } from './claimReviewFixtures';

describe('CLI: ClaimReview files as earlier verdicts', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-imports-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an export read in another workspace gives the same claims as earlier verdicts; a malformed file is said at line:col', async () => {
    fs.writeFileSync(path.join(dir, 'tram.md'), TRAM);
    fs.writeFileSync(path.join(dir, 'tram.md.factcheck.yaml'), serializeSidecar({ version: 2, article: 'tram.md', claims: [
      claimOn(TRAM, 'c-1', FIRST, 'verified'), claimOn(TRAM, 'c-2', SECOND, 'false'),
    ] }));
    const other = path.join(dir, 'other-desk');
    fs.mkdirSync(path.join(other, 'imports'), { recursive: true });
    const exported = captureIO();
    assert.equal(await runReport([...OPTIONS, '--out', path.join(other, 'imports', 'northline.claimreview.json'), path.join(dir, 'tram.md')], exported.io, NOW), 0, exported.stderr());
    fs.writeFileSync(path.join(other, 'imports', 'broken.claimreview.json'), '{\n  "@type": "ClaimReview",\n  "claimReviewed": "x"\n  "url": 1\n}\n');
    fs.writeFileSync(path.join(other, 'package.json'), '{ not json');

    const { io, stderr } = captureIO();
    const found = importedVerdictsIn([other], io);
    assert.deepEqual(found.verdicts.map(v => [v.article, v.quote, v.status, v.publisher, v.url]), [
      ['imports/northline.claimreview.json', FIRST, 'verified', 'Northline News', 'https://northline.example.org/tram#c-1'],
      ['imports/northline.claimreview.json', SECOND, 'false', 'Northline News', 'https://northline.example.org/tram#c-2'],
    ]);
    assert.equal(found.problems, true);
    assert.equal(stderr(), `${path.join(other, 'imports', 'broken.claimreview.json')}:4:3: not valid JSON: expected ',' or '}', found '"'\n`);

    // the other desk's new article repeats the false claim: `similar` shows the imported fact-check as checked before
    fs.writeFileSync(path.join(other, 'draft.md'), `${SECOND}\n`);
    const similar = captureIO();
    assert.equal(await runSimilar(['--json', '--in', other, '--all-sentences', path.join(other, 'draft.md')], similar.io), 0);
    const [claim] = JSON.parse(similar.stdout()).claims;
    assert.deepEqual(
      claim.matches.slice(0, 1).map((m: Record<string, unknown>) => [m.article, m.status, m.quote, m.publisher, m.url]),
      [['imports/northline.claimreview.json', 'false', SECOND, 'Northline News', 'https://northline.example.org/tram#c-2']],
    );
  });
  it('takes a ClaimReview file given by name, and reads nothing from a folder without any', () => {
    const file = path.join(dir, 'one.claimreview.jsonld');
    fs.writeFileSync(file, JSON.stringify({ '@type': 'ClaimReview', claimReviewed: 'Rents rose.', reviewRating: { alternateName: 'True' } }));
    fs.mkdirSync(path.join(dir, 'empty'));
    const { io, stderr } = captureIO();
    assert.deepEqual(importedVerdictsIn([file], io).verdicts.map(v => [v.article, v.status]), [['one.claimreview.jsonld', 'verified']]);
    assert.deepEqual(importedVerdictsIn([path.join(dir, 'empty')], io), { verdicts: [], problems: false });
    assert.equal(stderr(), '');
  });
});
