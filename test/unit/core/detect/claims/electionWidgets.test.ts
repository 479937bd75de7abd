import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isWidgetText } from '../../../../../src/core/detect/claims/widgets';

// A blog's like button and a list box's heading pasted with an election story (elections pass): made-up lines.
describe('claims: a like button\'s count and a list box\'s heading', () => {
  it('knows them as widgets, and leaves a result that reads like them', () => {
    for (const line of ['%d bloggers like this:', '14 bloggers like this.', 'Top 5 This Week', 'Top 10 today']) assert.ok(isWidgetText(line), line);
    for (const line of ['Top 5 parties won 90% of the seats.', 'Bloggers like this candidate more than the rest.', 'Kerr 5%'])
      assert.ok(!isWidgetText(line), line);
  });

  it('scores them 0', () => {
    assert.equal(claimScore('%d bloggers like this:'), 0);
    assert.equal(claimScore('Top 5 This Week'), 0);
  });
});
