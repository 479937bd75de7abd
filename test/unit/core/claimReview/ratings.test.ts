import assert from 'node:assert/strict';
import { BUILTIN_RATINGS, ratingFor, ratingTable, statusForRating } from '../../../../src/core/claimReview/ratings';

describe('ClaimReview ratings', () => {
  it('maps the built-in statuses to the documented 1–5 scale, unverifiable off it and unverified never', () => {
    assert.deepEqual(ratingFor('verified'), { alternateName: 'True', ratingValue: 5 });
    assert.deepEqual(ratingFor('disputed'), { alternateName: 'Disputed', ratingValue: 2 });
    assert.deepEqual(ratingFor('false'), { alternateName: 'False', ratingValue: 1 });
    assert.deepEqual(ratingFor('unverifiable'), { alternateName: 'Unverifiable' });
    assert.equal(ratingFor('unverified'), undefined);
    assert.equal(ratingFor('unverified', { unverified: { alternateName: 'Open', ratingValue: 3 } }), undefined);
    assert.equal(ratingFor('misleading'), undefined);
    assert.equal(ratingFor('toString'), undefined, 'no inherited keys');
  });

  it("takes a team's ratings, also renaming a built-in one", () => {
    const team = { misleading: { alternateName: 'Misleading', ratingValue: 2 }, verified: { alternateName: 'Correct', ratingValue: 5 } };
    assert.deepEqual(ratingFor('misleading', team), team.misleading);
    assert.deepEqual(ratingFor('verified', team), team.verified);
    assert.deepEqual(ratingFor('false', team), BUILTIN_RATINGS.false);
  });

  it('reads the setting, leaving out entries that make no sense with a reason', () => {
    const { table, problems } = ratingTable({
      misleading: { alternateName: ' Misleading ', ratingValue: 2 },
      satire: { alternateName: 'Satire' },
      odd: { ratingValue: 3 },
      big: { alternateName: 'Big', ratingValue: 9 },
      unverified: { alternateName: 'Open' },
    });
    assert.deepEqual(table, { misleading: { alternateName: 'Misleading', ratingValue: 2 }, satire: { alternateName: 'Satire' } });
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /"odd" needs an alternateName/);
    assert.match(problems.join('\n'), /ratingValue for "big" must be a whole number from 1 \(false\) to 5 \(true\)/);
    assert.match(problems.join('\n'), /"unverified" is ignored/);
    assert.equal(ratingTable(['x']).problems.length, 1);
    assert.deepEqual(ratingTable(undefined), { table: {}, problems: [] });
  });

  it('reads ratings back as statuses: our words, the team’s, other publishers’ words, else the number on its scale', () => {
    for (const status of ['verified', 'disputed', 'false', 'unverifiable']) assert.equal(statusForRating({ alternateName: BUILTIN_RATINGS[status].alternateName }), status);
    assert.equal(statusForRating({ alternateName: 'Misleading' }, { misleading: { alternateName: 'Misleading' } }), 'misleading');
    assert.equal(statusForRating({ alternateName: 'Pants  on Fire' }), 'false');
    assert.equal(statusForRating({ alternateName: 'Mostly true' }), 'disputed');
    assert.equal(statusForRating({ alternateName: 'Unproven' }), 'unverifiable');
    assert.equal(statusForRating({ ratingValue: 1, bestRating: 5, worstRating: 1 }), 'false');
    assert.equal(statusForRating({ ratingValue: 10, bestRating: 10, worstRating: 0 }), 'verified');
    assert.equal(statusForRating({ alternateName: 'Zany', ratingValue: 3 }), 'disputed', 'unknown words: the number decides');
    assert.equal(statusForRating({ alternateName: 'Zany' }), undefined);
    assert.equal(statusForRating({ ratingValue: 7 }), undefined, 'outside the default 1–5 scale');
    assert.equal(statusForRating({ ratingValue: 3, bestRating: 1, worstRating: 5 }), undefined, 'a scale upside down');
  });
});
