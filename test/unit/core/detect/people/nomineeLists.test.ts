import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Lists of nominees written "Name (Show)" (nomineeLists.ts). All names and titles are made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: a list of nominees, each with a work in brackets', () => {
  it('a work named like a person, or after "Mr.", is no person in the list nor elsewhere', () => {
    const text = 'Mr. Pelican leads the field. Nominees are Rosa Venn (Harbour Lights), Tom Rusk (Dara Quill), '
      + 'Lia Fenn (The Shallows) and Arlo Brenner (Mr. Pelican). Dara Quill returns in May.';
    assert.deepEqual(people(text), ['Rosa Venn', 'Tom Rusk', 'Lia Fenn', 'Arlo Brenner']);
  });

  it("the list's first name, a given name and a word, is a person", () => {
    assert.deepEqual(people('The nominees are Claire Fields (Harbour Lights), Tom Rusk (Night Owls) and Lia Fenn (The Shallows).'),
      ['Claire Fields', 'Tom Rusk', 'Lia Fenn']);
  });

  it('a cast list, people in most brackets, is left', () => {
    assert.deepEqual(people('The cast: Tess (Rosa Venn), Hat (Lia Fenn) and Rob (Tom Rusk).'), ['Rosa Venn', 'Lia Fenn', 'Tom Rusk']);
    // (a possessive opening the bracket is neither a work nor a person)
    assert.deepEqual(people('Beit Rusk (Rusk\'s students) and Beit Fenn (Fenn\'s students) disagreed, said Tom Rusk (Dara Quill).').includes('Dara Quill'), true);
  });
});
