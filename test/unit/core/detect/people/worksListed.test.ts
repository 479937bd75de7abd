import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Titles in a list of works, named like people. Made-up names and lines.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: titles in a list of works', () => {
  it('reads a name among the titles after "films such as" as a film, not a person', () => {
    assert.deepEqual(names('Actor Tom Rusk, known for films such as The Salt Road, Winter Harbour, and Daniel Ashford, died on Monday.'),
      ['Tom Rusk']);
    assert.deepEqual(names('Ada Kell starred in novels like Margaret Vane and The Quiet Shore.'), ['Ada Kell']);
  });

  it('keeps a maker named in the possessive inside the list, and a name outside any list', () => {
    assert.deepEqual(names('She loved films such as Daniel Ashford\'s Salt Road and Winter Harbour.'), ['Daniel Ashford']);
    assert.deepEqual(names('The award went to Daniel Ashford, the director said.'), ['Daniel Ashford']);
  });
});
