import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/detect/analyze';
import { combineReview } from '../../../../src/core/review/reviewClaims';
import { anchorClaims, createAnchor } from '../../../../src/core/sidecar';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';
import { contentHash } from '../../../../src/core/text/hash';
import { ArticleIndex, indexFromStoredLines, placedFromAnchoring, type IndexEntry } from '../../../../src/core/workspace/articleIndex';
import { compactAnalysis, type CompactAnalysis } from '../../../../src/core/workspace/compactAnalysis';

const TEXT = 'The council approved a budget of $4.2 million on Tuesday, officials said.\n\nUnemployment fell to 3.1 percent last year, according to the statistics office.\n';

function entry(text: string, detector = 'v1'): Omit<IndexEntry, 'claims'> & { analysis: CompactAnalysis } {
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

  it('lists the claims of an article from the text it analysed, and none from another text', () => {
    const index = new ArticleIndex();
    index.set('news/a.md', entry(TEXT));
    assert.deepEqual(index.claimsIn('news/a.md', TEXT), analyze(TEXT).claims);
    assert.equal(index.claimsIn('news/a.md', `${TEXT} More.`), undefined, 'the article changed since');
    assert.equal(index.claimsIn('news/b.md', TEXT), undefined);
  });

  it('forgets a folder, and what a scan no longer finds', () => {
    const index = new ArticleIndex();
    for (const path of ['a/x.md', 'a/y.md', 'ab/z.md', 'b.md']) index.set(path, entry(path));
    assert.deepEqual(index.deleteUnder('a').sort(), ['a/x.md', 'a/y.md']);
    assert.deepEqual(index.retain(new Set(['b.md'])), ['ab/z.md']);
    assert.deepEqual(index.paths(), ['b.md']);
  });

  it('round-trips through its stored lines and drops malformed entries', () => {
    const index = new ArticleIndex();
    index.set('a.md', entry(TEXT));
    index.set('b.md', entry('Nothing to see.'));
    const stored = index.stored();
    const [summary, analyses] = [[...stored.summary], [...stored.analyses]];
    assert.equal(summary.length, 3, 'a format line, then one summary line per article');
    assert.equal(analyses.length, 2, 'one analysis line per article');
    assert.ok([...summary, ...analyses].every(line => !line.includes('\n')), 'one entry per line');
    const back = indexFromStoredLines(summary, analyses);
    assert.deepEqual(back.paths(), ['a.md', 'b.md']);
    assert.deepEqual(back.analysisFor('a.md', TEXT, 'v1'), analyze(TEXT));

    const damagedSummary = [...summary, JSON.stringify(['bad.md', 1, 'v1', 0]), '{"not": "a line"', JSON.stringify(['short.md', contentHash(TEXT), 'v1', 99]),
      JSON.stringify(['other.md', 'another hash', 'v1', analyze(TEXT).claims.length])];
    const [, , analysisA] = JSON.parse(analyses[0]);
    const damaged = [analyses[0], '{"not": "a line"', JSON.stringify(['short.md', contentHash(TEXT), analysisA]),
      JSON.stringify(['other.md', contentHash(TEXT), analysisA])];
    assert.deepEqual(indexFromStoredLines(damagedSummary, damaged).paths(), ['a.md'],
      'b.md lost its line, bad.md has a bad hash, short.md disagrees with its count, other.md’s analysis is of another text');
    assert.equal(indexFromStoredLines([JSON.stringify({ format: 3, entries: [] }), summary[1]], analyses).size, 0, 'an older format');
    // format 4 kept names as an array and scores as plain numbers: its cache is ignored (and rebuilt), never read
    const format4 = JSON.stringify(['a.md', contentHash(TEXT), { numbers: [1, 0, 0, 0, 4, 1], scores: [0.5], strings: [] }]);
    assert.equal(indexFromStoredLines([JSON.stringify({ format: 4 }), summary[1]], [format4]).size, 0, 'the format before');
    assert.equal(indexFromStoredLines(summary, [format4, analyses[1]]).entry('a.md'), undefined, 'an analysis line of the format before');
    assert.equal(indexFromStoredLines(['garbage', ...summary], analyses).size, 0);
  });

  it('knows each article and its claim count from the summary lines, before any analysis is read', () => {
    const index = new ArticleIndex();
    index.set('a.md', entry(TEXT));
    const stored = index.stored();
    const [analysisLine] = stored.analyses;
    const reader = ArticleIndex.summaryReader();
    for (const line of stored.summary) assert.equal(reader.read(line), true);
    const reopened = reader.index;
    assert.deepEqual([reopened.entry('a.md')?.claims, reopened.entry('a.md')?.analysis], [analyze(TEXT).claims.length, undefined]);
    assert.equal(reopened.analysisFor('a.md', TEXT, 'v1'), undefined, 'not read yet');
    assert.ok(reopened.fresh('a.md', contentHash(TEXT), 'v1'), 'the hash is known');
    assert.equal(reopened.readStoredAnalysis(analysisLine), true);
    assert.equal(reopened.readStoredAnalysis(analysisLine), false, 'read once');
    assert.deepEqual(reopened.analysisFor('a.md', TEXT, 'v1'), analyze(TEXT));
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
});
