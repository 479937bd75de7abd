import assert from 'node:assert/strict';
import { validateClaimReview } from '../../../../src/core/claimReview/validate';

const VALID = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://news.example.org/tram#c-1',
  claimReviewed: 'The city will build a 9 km tram line.',
  datePublished: '2026-03-12',
  author: { '@type': 'Organization', name: 'Northline News', url: 'https://news.example.org' },
  reviewRating: { '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Ana Lindqvist' },
    datePublished: '2026-03-03',
    appearance: { '@type': 'CreativeWork', url: 'https://news.example.org/tram' },
  },
};

/** VALID with one field changed (`undefined` removes it), by dotted path. */
function withField(path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(VALID) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  if (value === undefined) delete at[keys[keys.length - 1]];
  else at[keys[keys.length - 1]] = value;
  return copy;
}

const issues = (value: unknown) => validateClaimReview(value).map(i => `${i.level} ${i.field}`);

describe('validateClaimReview', () => {
  it('passes a complete ClaimReview', () => {
    assert.deepEqual(validateClaimReview(VALID), []);
  });

  it('reports each missing required field as an error', () => {
    for (const field of ['claimReviewed', 'url', 'reviewRating', 'reviewRating.alternateName', '@type', '@context']) {
      assert.deepEqual(issues(withField(field, undefined)).filter(i => i.startsWith('error')), [`error ${field}`], field);
    }
    assert.deepEqual(issues([]), ['error ']);
  });

  it('reports each missing recommended field as a warning', () => {
    for (const field of ['author', 'datePublished', 'itemReviewed', 'itemReviewed.author', 'itemReviewed.datePublished', 'itemReviewed.appearance']) {
      assert.deepEqual(issues(withField(field, undefined)), [`warning ${field}`], field);
    }
    assert.deepEqual(issues(withField('reviewRating.worstRating', undefined)), ['warning reviewRating.worstRating']);
    assert.deepEqual(issues(withField('reviewRating', { '@type': 'Rating', alternateName: 'Unverifiable' })), [], 'words only: a rating off the scale');
  });

  it('reports fields of the wrong type or out of range as errors', () => {
    const cases: Array<[string, unknown, string]> = [
      ['url', 'not a url', 'url'],
      ['url', 'javascript:alert(1)', 'url'],
      ['claimReviewed', 42, 'claimReviewed'],
      ['datePublished', 'March 12', 'datePublished'],
      ['author', 'Northline News', 'author'],
      ['author.name', undefined, 'author.name'],
      ['author.url', 'northline', 'author.url'],
      ['reviewRating.@type', 'AggregateRating', 'reviewRating.@type'],
      ['reviewRating.ratingValue', 'five', 'reviewRating.ratingValue'],
      ['reviewRating.ratingValue', 7, 'reviewRating.ratingValue'],
      ['itemReviewed', { '@type': 'Article' }, 'itemReviewed'],
      ['itemReviewed.author', { '@type': 'Place', name: 'Haldenstadt' }, 'itemReviewed.author'],
      ['itemReviewed.datePublished', 20260303, 'itemReviewed.datePublished'],
      ['itemReviewed.appearance', { '@type': 'CreativeWork' }, 'itemReviewed.appearance.url'],
    ];
    for (const [field, value, reported] of cases) {
      assert.deepEqual(issues(withField(field, value)), [`error ${reported}`], `${field} = ${JSON.stringify(value)}`);
    }
  });

  it('accepts the other spellings JSON-LD allows', () => {
    const other = { ...VALID, '@context': 'http://schema.org/', '@type': ['ClaimReview'], itemReviewed: { ...VALID.itemReviewed, appearance: 'https://news.example.org/tram' } };
    assert.deepEqual(validateClaimReview(other), []);
  });
});
