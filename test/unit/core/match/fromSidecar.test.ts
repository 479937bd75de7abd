import assert from 'node:assert/strict';
import { articleHeading, earlierVerdictsOf } from '../../../../src/core/match/fromSidecar';
import { anchorClaims } from '../../../../src/core/sidecar';
import { claimOn } from '../../cli/fixtures';

const ARTICLE = '# Council budget\n\nThe council approved 12 million euros.\n\nThe mayor spoke for an hour.\n\nTickets cost two euros.\n';

describe('earlier verdicts from a sidecar', () => {
  it('takes the article heading as context', () => {
    assert.equal(articleHeading(ARTICLE), 'Council budget');
    assert.equal(articleHeading('Tram line approved\n\nThe city will build a line.'), 'Tram line approved');
    assert.equal(articleHeading('The city will build a line.\nMore.'), undefined);
  });

  it('lists every claim given a verdict, with its reviewed words, line and details; not unverified or dismissed ones', () => {
    const claims = [
      claimOn(ARTICLE, 'c1', 'The council approved 12 million euros.', 'disputed', {
        note: 'It was 10 million', sources: ['https://example.org/minutes'], reviewer: 'Ana', updated: '2026-03-03T10:00:00Z',
        reviewed: { quote: 'The council approved 12 million euro.' },
      }),
      claimOn(ARTICLE, 'c2', 'The mayor spoke for an hour.', 'unverified'),
      claimOn(ARTICLE, 'c3', 'Tickets cost two euros.', 'verified', { dismissed: true }),
    ];
    const verdicts = earlierVerdictsOf('desk/budget.md', ARTICLE, anchorClaims(ARTICLE, claims));
    assert.deepEqual(verdicts, [{
      article: 'desk/budget.md', id: 'c1', status: 'disputed', quote: 'The council approved 12 million euro.', context: 'Council budget',
      note: 'It was 10 million', sources: ['https://example.org/minutes'], reviewer: 'Ana', updated: '2026-03-03T10:00:00Z', line: 3,
    }]);
  });
});
