import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isWireNote } from '../../../../../src/core/detect/claims/wireNotes';

// The lines a syndicated war report carries round its story (conflict pass): made-up lines of the same shapes.
describe('claims: a syndicated report\'s notes and a press release\'s number', () => {
  it('knows a site\'s note that it ran the feed unedited, a trademark-and-copyright line and a release number', () => {
    assert.ok(isWireNote('(This story has not been edited by Harbour Post staff and is auto-generated from a syndicated feed.)'));
    for (const line of [
      '(This story has not been edited by Harbour Post staff and is auto-generated from a syndicated feed.)',
      '™ & © 2025 Harbour Broadcasting Network, Inc., a Valley Media Company.',
      'Release # 20250314-02',
    ]) assert.equal(claimScore(line), 0, line);
  });

  it('leaves a sentence of the story that says who edited or released what', () => {
    assert.ok(!isWireNote('This story was edited by the army before 40 soldiers were named.'));
    assert.ok(claimScore('The army has not been edited out of the report, the minister said, and released 40 prisoners on Monday.') > 0);
  });
});
