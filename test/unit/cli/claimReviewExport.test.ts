import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport } from '../../../src/cli/report';
import { validateClaimReview } from '../../../src/core/claimReview/validate';
import { serializeSidecar } from '../../../src/core/sidecar';
import { captureIO } from './captureIO';
import { claimOn } from './fixtures';
import { CLAIM_REVIEW_ARGS as OPTIONS, FIRST, NOW, SECOND, TRAM } from './claimReviewFixtures';

const SAMPLES = path.resolve(__dirname, '../../../samples');

describe('factcheck report --format claimreview', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-claimreview-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the samples' publishable verdicts as valid ClaimReviews, names each refused one, and exits 1 for them", async () => {
    const { io, stdout, stderr } = captureIO();
    const out = path.join(dir, 'samples.claimreview.json');
    const code = await runReport([...OPTIONS, '--out', out, SAMPLES], io, NOW);
    const reviews = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(stdout(), '');
    assert.ok(Array.isArray(reviews) && reviews.length >= 3, stderr());
    for (const review of reviews) assert.deepEqual(validateClaimReview(review).filter(i => i.level === 'error'), []);
    assert.ok(reviews.every((r: { url: string }) => r.url.startsWith('https://northline.example.org/harbour-bridge-funding#c-')));
    // the sample's detached verdict and the one changed since review are refused, by name and reason
    assert.match(stderr(), /harbour-bridge-funding\.md: not exported: “The bridge was built in 1959[^\n]*is detached/);
    assert.match(stderr(), /harbour-bridge-funding\.md:5: not exported: “Marchetti told reporters[^\n]*changed since review/);
    assert.match(stderr(), new RegExp(`factcheck: ${reviews.length} ClaimReviews; not exported: 1 changed since review, 1 detached; \\d+ unverified left out`));
    assert.equal(code, 1);
  });

  it('refuses a verdict whose words changed since review, and exits 0 when every verdict was published', async () => {
    const edited = TRAM.replace('9 km', '12 km');
    fs.writeFileSync(path.join(dir, 'tram.md'), edited);
    const claims = [
      claimOn(edited, 'c-1', FIRST.replace('9 km', '12 km'), 'verified', { reviewed: { quote: FIRST, time: '2026-03-10T08:00:00Z' } }),
      claimOn(edited, 'c-2', SECOND, 'false', { updated: '2026-03-11T08:00:00Z' }),
    ];
    fs.writeFileSync(path.join(dir, 'tram.md.factcheck.yaml'), serializeSidecar({ version: 2, article: 'tram.md', claims }));
    const changed = captureIO();
    assert.equal(await runReport([...OPTIONS, dir], changed.io, NOW), 1);
    const published = JSON.parse(changed.stdout());
    assert.equal(published.claimReviewed, SECOND, 'one ClaimReview is written as an object');
    assert.equal(published.datePublished, '2026-03-11');
    assert.match(changed.stderr(), /^tram\.md:1: not exported: “The city will build a 12 km tram line[^\n]*changed since review: the verdict \(verified\) was given on “The city will build a 9 km tram line/m);

    fs.writeFileSync(path.join(dir, 'tram.md'), TRAM);
    const clean = captureIO();
    assert.equal(await runReport([...OPTIONS, dir], clean.io, NOW), 0, clean.stderr());
    assert.deepEqual(JSON.parse(clean.stdout()).map((r: { claimReviewed: string }) => r.claimReviewed), [FIRST, SECOND]);
  });

  it("publishes a team's status with --rating, and refuses it without", async () => {
    fs.writeFileSync(path.join(dir, 'tram.md'), TRAM);
    fs.writeFileSync(path.join(dir, 'tram.md.factcheck.yaml'), serializeSidecar({ version: 2, article: 'tram.md', claims: [claimOn(TRAM, 'c-1', SECOND, 'misleading')] }));
    const without = captureIO();
    assert.equal(await runReport([...OPTIONS, dir], without.io, NOW), 1);
    assert.match(without.stderr(), /has the status “misleading”, which has no ClaimReview rating/);
    const withRating = captureIO();
    assert.equal(await runReport([...OPTIONS, '--rating', 'misleading=Misleading:2', '--max-claim-length', '40', dir], withRating.io, NOW), 0, withRating.stderr());
    const review = JSON.parse(withRating.stdout());
    assert.deepEqual(review.reviewRating, { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 });
    assert.equal(review.claimReviewed, 'Opponents claim the line will cost…');
  });

  it('exits 2 with the missing setting named, and refuses its options with another format', async () => {
    const missing = captureIO();
    assert.equal(await runReport(['--format', 'claimreview', '--organization', 'Desk', dir], missing.io, NOW), 2);
    assert.match(missing.stderr(), /report --format claimreview: the URL pattern of the published articles is not set/);
    const wrong = captureIO();
    assert.equal(await runReport(['--format', 'json', '--organization', 'Desk', dir], wrong.io, NOW), 2);
    assert.match(wrong.stderr(), /--organization is an option of --format claimreview/);
    const badRating = captureIO();
    assert.equal(await runReport([...OPTIONS, '--rating', 'odd=Odd:9', dir], badRating.io, NOW), 2);
    assert.match(badRating.stderr(), /--rating: the ratingValue for "odd" must be a whole number from 1/);
  });

});
