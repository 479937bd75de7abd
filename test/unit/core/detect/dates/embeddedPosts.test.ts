import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { embeddedPosts } from '../../../../../src/core/detect/dates/embeddedPosts';

// Posts an article quotes with their signature, as social media embeds print them (all made up): what a post says of
// "today" it says of its own day.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates: posts quoted with their signature', () => {
  it('reads a post\'s relative dates against the day its signature gives', () => {
    assert.deepEqual(values('Nice find by the team today! A giant fossil turned up last night. pic.twitter.com/abc — Harlow Museum (@HarlowMuseum) August 4, 2019\n', '2026-12-01'),
      [['today', '2019-08-04'], ['last night', '2019-08-03TNI'], ['August 4, 2019', '2019-08-04']]);
  });

  it('takes the post\'s paragraph or quotation block, and leaves the article\'s own dates on the article\'s day', () => {
    const text = 'The museum said on Monday it had found a fossil.\n\n> Nice find by the team today!\n>\n> — Ann Hale (@annhale) August 4, 2019\n\nThe fossil goes on show tomorrow.\n';
    assert.deepEqual(values(text, '2026-12-02'),
      [['Monday', '2026-11-30'], ['today', '2019-08-04'], ['August 4, 2019', '2019-08-04'], ['tomorrow', '2026-12-03']]);
    // a signature on a line of its own closes the paragraph before it
    assert.deepEqual(embeddedPosts('Intro.\n\nVote this Thursday.\n— Tom Reyes (@tomreyes) December 9, 2019\n').map(p => p.day),
      [{ year: 2019, month: 12, day: 9 }]);
  });

  it('finds no post without a handle and a day written out, nor on a day that does not exist', () => {
    assert.deepEqual(embeddedPosts('He said so today — Ann Hale, August 4, 2019.'), []);
    assert.deepEqual(embeddedPosts('So today. — Ann Hale (@annhale) February 30, 2019'), []);
    assert.deepEqual(values('He said so today — Ann Hale, August 4, 2019.', '2026-12-01'), [['today', '2026-12-01'], ['August 4, 2019', '2019-08-04']]);
  });
});
