import assert from 'node:assert/strict';
import { earlierVerdictsFromClaimReview, isClaimReviewFile } from '../../../../src/core/claimReview/import';
import { claimReviewJsonText, exportClaimReviews } from '../../../../src/core/claimReview/export';
import fs from 'node:fs';
import path from 'node:path';
import { wordingKey } from '../../../../src/core/sidecar/reviewed';
import { articleFromSidecar, reviewedArticle, SETTINGS, verdictOn } from './fixtures';

const SAMPLE = path.resolve(__dirname, '../../../../samples/harbour-bridge-funding.md');

const TEXT = 'The city will build a 9 km tram line, transport officer Ana Lindqvist said on Monday.\n'
  + 'Opponents claim the line will cost twice the official estimate of $300 million.\n';
const FIRST = 'The city will build a 9 km tram line, transport officer Ana Lindqvist said on Monday.';
const SECOND = 'Opponents claim the line will cost twice the official estimate of $300 million.';

describe('earlierVerdictsFromClaimReview', () => {
  it('reads our own export back as the verdicts it was made from, with publisher, URL and line', () => {
    const article = reviewedArticle('tram.md', TEXT, [verdictOn(TEXT, FIRST, 'verified', 'c-1'), verdictOn(TEXT, SECOND, 'false', 'c-2')]);
    const text = claimReviewJsonText(exportClaimReviews([article], SETTINGS, '2026-03-20T00:00:00Z').reviews);
    const { verdicts, problems } = earlierVerdictsFromClaimReview(text, 'imports/northline.claimreview.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(verdicts, [
      { article: 'imports/northline.claimreview.json', id: 'https://northline.example.org/stories/tram#c-1', status: 'verified', quote: FIRST,
        updated: '2026-03-12', publisher: 'Northline News', url: 'https://northline.example.org/stories/tram#c-1', line: 2 },
      { article: 'imports/northline.claimreview.json', id: 'https://northline.example.org/stories/tram#c-2', status: 'false', quote: SECOND,
        updated: '2026-03-12', publisher: 'Northline News', url: 'https://northline.example.org/stories/tram#c-2', line: text.split('\n').findIndex((l, i) => i > 2 && l === '  {') + 1 },
    ]);
  });

  it("gives back the samples' published verdicts, word for word, as another workspace's earlier verdicts", () => {
    const article = articleFromSidecar('harbour-bridge-funding.md', fs.readFileSync(SAMPLE, 'utf8'), fs.readFileSync(`${SAMPLE}.factcheck.yaml`, 'utf8'));
    const { reviews } = exportClaimReviews([article], SETTINGS, '2026-03-20T00:00:00Z');
    const { verdicts, problems } = earlierVerdictsFromClaimReview(claimReviewJsonText(reviews), 'northline.claimreview.json');
    assert.deepEqual(problems, []);
    const published = article.claims.filter(c => reviews.some(r => r.url.endsWith(`#${c.annotation?.id}`)));
    assert.equal(published.length, reviews.length);
    // what "checked before" compares: the reviewed words and the verdict, with who published it and where
    assert.deepEqual(verdicts.map(v => [v.quote, v.status, v.publisher]), published.map(c => [wordingKey(c.reviewedText!), c.status, 'Northline News']));
    assert.ok(verdicts.every(v => v.url?.startsWith('https://northline.example.org/stories/harbour-bridge-funding#')));
  });

  it("reads another publisher's ratings with their own words kept, an @graph, and passes over other objects", () => {
    const text = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebPage', name: 'Fact checks' },
      { '@type': 'ClaimReview', claimReviewed: 'Crime  doubled\nlast year.', reviewBody: 'Police data show a 4% rise.',
        author: { '@type': 'Organization', name: 'Harbour Wire' }, reviewRating: { '@type': 'Rating', alternateName: 'Mostly False' } },
    ] });
    const { verdicts, problems } = earlierVerdictsFromClaimReview(text, 'wire.claimreview.jsonld');
    assert.deepEqual(problems, []);
    assert.deepEqual(verdicts, [{ article: 'wire.claimreview.jsonld', id: 'wire.claimreview.jsonld#1', status: 'disputed', quote: 'Crime doubled last year.',
      note: 'Rated “Mostly False” by Harbour Wire. Police data show a 4% rise.', publisher: 'Harbour Wire', line: 1 }]);
  });

  it('reports a syntax error at its line and column and reads nothing', () => {
    const text = '[\n  {\n    "@type": "ClaimReview",\n    "claimReviewed": "x",\n  }\n]\n';
    const { verdicts, problems } = earlierVerdictsFromClaimReview(text, 'bad.claimreview.json');
    assert.deepEqual(verdicts, []);
    assert.deepEqual(problems, [{ message: 'not valid JSON: expected a property name in double quotes, found \'}\'', line: 5, column: 3 }]);
  });

  it('skips a fact-check without a claim or a readable rating, at its position, and keeps the others', () => {
    const lines = [
      '[',
      '  {"@type": "ClaimReview", "reviewRating": {"@type": "Rating", "alternateName": "False"}},',
      '  {"@type": "ClaimReview", "claimReviewed": "Taxes rose.", "reviewRating": {"alternateName": "Wobbly"}},',
      '  {"@type": "ClaimReview", "claimReviewed": "Taxes fell.", "reviewRating": "False"},',
      '  {"@type": "ClaimReview", "claimReviewed": "Rents rose.", "url": 7, "reviewRating": {"alternateName": "False"}}',
      ']',
    ];
    const text = lines.join('\n');
    const { verdicts, problems } = earlierVerdictsFromClaimReview(text, 'mixed.claimreview.json');
    const column = (line: number, what: string) => lines[line - 1].indexOf(what) + 1;
    assert.deepEqual(verdicts.map(v => [v.quote, v.status, v.line]), [['Rents rose.', 'false', 5]]);
    assert.deepEqual(problems.map(p => [p.line, p.column, p.message]), [
      [2, 3, 'this ClaimReview has no claimReviewed (the claim): skipped'],
      [3, column(3, '{"alternateName": "Wobbly"'), 'the rating “Wobbly” does not say true, false, disputed or unverifiable: skipped (name it in factcheck.claimReview.ratings)'],
      [4, column(4, '"False"}'), 'reviewRating must be a Rating object'],
      [5, column(5, '7,'), 'url must be text (the address of the fact-check)'],
    ]);
  });

  it("reads a team's own rating names back as its statuses", () => {
    const text = '{"@type": "ClaimReview", "claimReviewed": "Rents rose.", "reviewRating": {"alternateName": "Misleading"}}';
    assert.equal(earlierVerdictsFromClaimReview(text, 'a.claimreview.json', { misleading: { alternateName: 'Misleading' } }).verdicts[0].status, 'misleading');
  });

  it('warns about a file without any ClaimReview', () => {
    assert.deepEqual(earlierVerdictsFromClaimReview('{"@type": "WebPage"}', 'a.claimreview.json').problems,
      [{ message: 'no ClaimReview in this file (an object with "@type": "ClaimReview", an array of them or an "@graph")', line: 1, column: 1, severity: 'warning' }]);
  });

  it('recognises ClaimReview files by name only', () => {
    assert.ok(isClaimReviewFile('desk/northline.claimreview.json'));
    assert.ok(isClaimReviewFile('WIRE.ClaimReview.JSONLD'));
    assert.ok(!isClaimReviewFile('package.json'));
    assert.ok(!isClaimReviewFile('claimreview.json.bak'));
  });
});
