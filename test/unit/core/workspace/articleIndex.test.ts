import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/detect/analyze';
import { combineReview } from '../../../../src/core/review/reviewClaims';
import { anchorClaims, createAnchor } from '../../../../src/core/sidecar';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';
import { contentHash } from '../../../../src/core/text/hash';
import { ArticleIndex, attentionCount, placedFromAnchoring, type IndexEntry } from '../../../../src/core/workspace/articleIndex';
import { compactAnalysis } from '../../../../src/core/workspace/compactAnalysis';

const TEXT = 'The council approved a budget of $4.2 million on Tuesday, officials said.\n\nUnemployment fell to 3.1 percent last year, according to the statistics office.\n';

function entry(text: string, detector = 'v1'): IndexEntry {
  return { hash: contentHash(text), detector, analysis: compactAnalysis(analyze(text)) };
}

describe('ArticleIndex', () => {
  it('answers an analysis only for the same text and detector', () => {
    const index = new ArticleIndex();
    index.set('news/a.md', entry(TEXT));
    assert.deepEqual(index.analysisFor('news/a.md', TEXT, 'v1'), analyze(TEXT));
    assert.equal(index.analysisFor('news/a.md', TEXT + ' ', 'v1'), undefined, 'text changed');
    assert.equal(index.analysisFor('news/a.md', TEXT, 'v2'), undefined, 'detector changed');
    assert.equal(index.analysisFor('news/b.md', TEXT, 'v1'), undefined);
  });

  it('tells texts of the same length apart', () => {
    assert.notEqual(contentHash('abc'), contentHash('abd'));
    assert.equal(contentHash(TEXT), contentHash(`${TEXT}`));
  });

  it('lists the claims of an article without its text', () => {
    const index = new ArticleIndex();
    index.set('news/a.md', entry(TEXT));
    assert.deepEqual(index.claimsOf('news/a.md'), analyze(TEXT).claims);
    assert.equal(index.claimsOf('news/b.md'), undefined);
  });

  it('forgets a folder, and what a scan no longer finds', () => {
    const index = new ArticleIndex();
    for (const path of ['a/x.md', 'a/y.md', 'ab/z.md', 'b.md']) index.set(path, entry(path));
    assert.deepEqual(index.deleteUnder('a').sort(), ['a/x.md', 'a/y.md']);
    assert.deepEqual(index.retain(new Set(['b.md'])), ['ab/z.md']);
    assert.deepEqual(index.paths(), ['b.md']);
  });

  it('round-trips through JSON and drops malformed entries', () => {
    const index = new ArticleIndex();
    index.set('a.md', entry(TEXT));
    const stored = JSON.parse(JSON.stringify(index.toStored()));
    stored.entries['bad.md'] = { hash: 1, detector: 'v1', analysis: {} };
    stored.entries['old.md'] = { hash: contentHash(TEXT), detector: 'v1', analysis: analyze(TEXT) };
    const back = ArticleIndex.fromStored(stored);
    assert.deepEqual(back.paths(), ['a.md']);
    assert.deepEqual(back.analysisFor('a.md', TEXT, 'v1'), analyze(TEXT));
    assert.equal(ArticleIndex.fromStored({ format: 1, entries: { 'a.md': entry(TEXT) } }).size, 0, 'a whole analysis as stored before');
    assert.equal(ArticleIndex.fromStored('garbage').size, 0);
  });
});

describe('index reviews: detected claims with sidecar verdicts', () => {
  const detected = analyze(TEXT).claims;
  const start = TEXT.indexOf('Unemployment');
  const end = TEXT.indexOf('office.') + 'office.'.length;
  const annotation: ClaimAnnotation = { id: 'c1', status: 'disputed', origin: 'detected', anchor: createAnchor(TEXT, start, end) };

  it('places sidecar claims through anchoring and combines them with detections', () => {
    assert.ok(detected.length >= 2, 'the fixture text has two claims');
    const placed = placedFromAnchoring(TEXT, anchorClaims(TEXT, [annotation]));
    assert.deepEqual([placed[0].start, placed[0].end, placed[0].text], [start, end, TEXT.slice(start, end)]);
    const review = combineReview(detected, placed, { kind: 'ok' });
    assert.equal(review.claims.length, detected.length, 'the annotation takes its detection’s place');
    assert.deepEqual(review.claims.map(c => c.status).sort(), ['disputed', 'unverified']);
  });

  it('keeps an orphan with its stored quote', () => {
    const placed = placedFromAnchoring('Nothing alike here.', anchorClaims('Nothing alike here.', [annotation]));
    assert.equal(placed[0].start, undefined);
    assert.equal(placed[0].text, annotation.anchor.quote);
  });

  it('counts for the badge what needs attention, not every detected claim', () => {
    const untouched = combineReview(detected, [], { kind: 'none' });
    assert.equal(attentionCount([untouched]), 0);
    const disputed = combineReview(detected, placedFromAnchoring(TEXT, anchorClaims(TEXT, [annotation])), { kind: 'ok' });
    const orphaned = combineReview([], [{ annotation: { ...annotation, id: 'c2', status: 'verified' }, text: 'gone' }], { kind: 'ok' });
    const dismissed = combineReview([], [{ annotation: { ...annotation, id: 'c3', status: 'false', dismissed: true }, start, end, text: 'x' }], { kind: 'ok' });
    assert.equal(attentionCount([untouched, disputed, orphaned, dismissed, undefined]), 2);
  });
});
