import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  claimReviewJsonText, exportClaimReviews, fillPattern, refusalSummary, settingsProblem,
} from '../../../../src/core/claimReview/export';
import { validateClaimReview } from '../../../../src/core/claimReview/validate';
import { wordingKey } from '../../../../src/core/sidecar/reviewed';
import { articleFromSidecar, reviewedArticle, SETTINGS, verdictOn } from './fixtures';

const SAMPLES = path.resolve(__dirname, '../../../../samples');
const NOW = '2026-03-20T08:00:00Z';

const TRAM = [
  '---',
  'date: 2026-03-03',
  '---',
  'Tram line approved',
  '',
  'The city will build a 9 km tram line, transport officer Ana Lindqvist said on Monday.',
  'Opponents claim the line will cost twice the official estimate of $300 million.',
  'Work on the depot starts in April, the council said.',
].join('\n');
const TRAM_CLAIM = 'The city will build a 9 km tram line, transport officer Ana Lindqvist said on Monday.';
const COST_CLAIM = 'Opponents claim the line will cost twice the official estimate of $300 million.';

describe('ClaimReview export', () => {
  it('exports every sample verdict that holds as a ClaimReview that passes validation, and refuses the rest', () => {
    const articles = fs.readdirSync(SAMPLES).filter(name => fs.existsSync(path.join(SAMPLES, `${name}.factcheck.yaml`)))
      .map(name => articleFromSidecar(name, fs.readFileSync(path.join(SAMPLES, name), 'utf8'), fs.readFileSync(path.join(SAMPLES, `${name}.factcheck.yaml`), 'utf8')));
    assert.ok(articles.length > 0);
    const { reviews, refused } = exportClaimReviews(articles, SETTINGS, NOW);
    const claims = articles.flatMap(a => a.claims).filter(c => !c.dismissed);
    const publishable = claims.filter(c => c.annotation && c.status !== 'unverified' && !c.orphaned && !c.changed);
    assert.ok(publishable.length >= 3, 'the samples hold verdicts to publish');
    assert.equal(reviews.length, publishable.length);
    assert.deepEqual(reviews.map(r => r.claimReviewed), publishable.map(c => wordingKey(c.reviewedText!)));
    for (const review of reviews) assert.deepEqual(validateClaimReview(review).filter(i => i.level === 'error'), [], review.claimReviewed);
    // what is not published is said, with the reason
    assert.equal(refused.length, claims.length - publishable.length);
    for (const claim of claims.filter(c => c.orphaned)) {
      assert.ok(refused.some(r => r.claim === claim.text && r.reason === 'orphaned' && /detached/.test(r.message)), claim.text);
    }
    // the file's text reads back as the same list
    assert.deepEqual(JSON.parse(claimReviewJsonText(reviews)), reviews);
  });

  it('writes the schema.org fields from the verdict, the article and the settings', () => {
    const article = reviewedArticle('desk/Tram line.md', TRAM, [verdictOn(TRAM, TRAM_CLAIM, 'disputed', 'c-tram1')]);
    const { reviews } = exportClaimReviews([article], SETTINGS, NOW);
    assert.deepEqual(reviews, [{
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://northline.example.org/stories/desk/Tram%20line#c-tram1',
      claimReviewed: TRAM_CLAIM,
      datePublished: '2026-03-12',
      author: { '@type': 'Organization', name: 'Northline News', url: 'https://northline.example.org' },
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed', ratingValue: 2, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Ana Lindqvist' },
        datePublished: '2026-03-03',
        appearance: { '@type': 'CreativeWork', url: 'https://northline.example.org/stories/desk/Tram%20line' },
      },
    }]);
    assert.deepEqual(validateClaimReview(reviews[0]), []);
  });

  it('leaves out what it does not know: no speaker, no article date, no number for unverifiable', () => {
    const text = 'Opponents claim the line will cost twice the official estimate of $300 million.\n';
    const article = reviewedArticle('cost.md', text, [verdictOn(text, text.trim(), 'unverifiable', 'c-cost')]);
    assert.equal(article.reference?.from, 'today');
    const [review] = exportClaimReviews([article], SETTINGS, NOW).reviews;
    assert.deepEqual(review.reviewRating, { '@type': 'Rating', alternateName: 'Unverifiable' });
    assert.deepEqual(review.itemReviewed, { '@type': 'Claim', appearance: { '@type': 'CreativeWork', url: 'https://northline.example.org/stories/cost' } });
    assert.deepEqual(validateClaimReview(review).map(i => `${i.level} ${i.field}`), ['warning itemReviewed.author', 'warning itemReviewed.datePublished']);
  });

  it('refuses a changed, a detached and an unverified claim, each with why, and skips dismissed ones quietly', () => {
    const edited = TRAM.replace('9 km', '12 km');
    const changed = verdictOn(edited, TRAM_CLAIM.replace('9 km', '12 km'), 'verified', 'c-changed', {
      reviewed: { quote: TRAM_CLAIM, reviewer: 'Dana Reyes', time: '2026-03-12T09:40:00Z' },
    });
    const gone = { ...verdictOn(edited, COST_CLAIM, 'false', 'c-gone'), anchor: { quote: 'The mayor resigned over the tram line in 2019.', prefix: 'zzz', suffix: 'qqq', start: 3, end: 49 } };
    const unverified = verdictOn(edited, COST_CLAIM, 'unverified', 'c-open', { note: 'asked the council' });
    const dismissed = verdictOn(edited, 'Work on the depot starts in April, the council said.', 'verified', 'c-not', { dismissed: true });
    const article = reviewedArticle('tram.md', edited, [changed, gone, unverified, dismissed]);
    const { reviews, refused: all } = exportClaimReviews([article], SETTINGS, NOW);
    assert.deepEqual(reviews, []);
    assert.ok(all.some(r => r.id === undefined && r.reason === 'unverified'), 'detected claims nobody reviewed are left out too');
    const refused = all.filter(r => r.id);
    const byReason = Object.fromEntries(refused.map(r => [r.reason, r]));
    assert.deepEqual(Object.keys(byReason).sort(), ['changed', 'orphaned', 'unverified']);
    assert.equal(refused.length, 3, 'the dismissed claim is no refusal');
    assert.match(byReason.changed.message, /changed since review: the verdict \(verified\) was given on “The city will build a 9 km tram line/);
    assert.match(byReason.changed.message, /Still verified/);
    assert.equal(byReason.changed.line, 6);
    assert.match(byReason.orphaned.message, /is detached: its words are no longer in tram\.md/);
    assert.equal(byReason.orphaned.line, undefined);
    assert.match(byReason.unverified.message, /has no verdict yet \(unverified\)/);
    assert.deepEqual(refused.map(r => r.id).sort(), ['c-changed', 'c-gone', 'c-open']);
    assert.equal(refusalSummary(refused), 'not exported: 1 changed since review, 1 detached; 1 unverified left out');
  });

  it("publishes a team's own status only with a rating from the settings", () => {
    const article = reviewedArticle('tram.md', TRAM, [verdictOn(TRAM, COST_CLAIM, 'misleading', 'c-mis')]);
    const without = exportClaimReviews([article], SETTINGS, NOW);
    assert.equal(without.reviews.length, 0);
    const refusal = without.refused.find(r => r.id === 'c-mis')!;
    assert.equal(refusal.reason, 'unrated');
    assert.match(refusal.message, /“misleading”, which has no ClaimReview rating: add it to factcheck\.claimReview\.ratings/);
    const withRating = exportClaimReviews([article], { ...SETTINGS, ratings: { misleading: { alternateName: 'Misleading', ratingValue: 2 } } }, NOW);
    assert.deepEqual(withRating.reviews[0].reviewRating, { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 });
    assert.deepEqual(withRating.refused.filter(r => r.reason !== 'unverified'), []);
  });

  it('shortens claimReviewed only when asked', () => {
    const article = reviewedArticle('tram.md', TRAM, [verdictOn(TRAM, TRAM_CLAIM, 'verified', 'c-tram1')]);
    const [short] = exportClaimReviews([article], { ...SETTINGS, maxClaimLength: 60 }, NOW).reviews;
    assert.equal(short.claimReviewed, 'The city will build a 9 km tram line…');
  });

  it('names what is missing or wrong in the settings', () => {
    assert.match(settingsProblem({ urlPattern: 'https://x.example/{path}' })!, /organisation is not set \(factcheck\.claimReview\.organization/);
    assert.match(settingsProblem({ organization: 'Desk' })!, /URL pattern .* is not set/);
    assert.match(settingsProblem({ organization: 'Desk', urlPattern: 'https://x.example/{path}#top' })!, /must not contain '#'/);
    assert.match(settingsProblem({ organization: 'Desk', urlPattern: 'file:///{path}' })!, /http or https/);
    assert.match(settingsProblem({ organization: 'Desk', urlPattern: 'https://x.example/{name}', organizationUrl: 'desk' })!, /organisation's URL/);
    assert.equal(settingsProblem(SETTINGS), undefined);
    assert.equal(fillPattern('https://x.example/{path}.html?n={name}', 'a b/ç.md'), 'https://x.example/a%20b/%C3%A7.html?n=%C3%A7');
  });
});
