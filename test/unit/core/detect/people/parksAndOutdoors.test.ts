import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up park and travel notices: the places a park keeps for visitors, a national forest and a province are places,
// not the people whose names they may share.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people on park, forest and travel pages', () => {
  it('reads a name ending in a campground, a trailhead, a rim, a vista or a prefecture as a place', () => {
    assert.deepEqual(names('Closed until further notice:\n\nHollis Campground\n\nMarlow Spring Campground\n\nDenton Trailhead'), []);
    assert.deepEqual(names('Drivers may stop at Quill Creek Vista before the road ends at Ostrander Rim.'), []);
    assert.deepEqual(names('Rain fell across Kanaya and Shirota Prefectures on Tuesday.'), []);
    // (a person named so is still one, told by what the article says of them)
    assert.deepEqual(names('Park ranger Maria Lopez said the campground would reopen.'), ['Maria Lopez']);
  });

  it('reads a name whose next-to-last word is "National" as a park, a forest or a body, even after a given name', () => {
    assert.deepEqual(names('Crews worked in Rosalind National Forest and Harlan National Park on Sunday.'), []);
  });
});
