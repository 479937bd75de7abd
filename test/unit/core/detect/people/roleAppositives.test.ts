import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up motor-racing and school news: a full name of unfamiliar words opening a paragraph, shown a person by the
// role set off after it.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);
const lead = 'Rain stopped the session twice on Saturday.\n\n';

describe('people: a role set off after a name', () => {
  it('"principal" is a role only a person holds (", the team principal,")', () => {
    assert.deepEqual(people(lead + 'Vasko Trennert, the team principal, praised the crew.\n'), ['Vasko Trennert']);
  });

  it('an owner whose name ends in "s" writes the possessive with the mark alone (", Harkens’ team principal,")', () => {
    assert.deepEqual(people(lead + 'Vasko Trennert, Harkens’ team principal, praised the crew.\n'), ['Vasko Trennert']);
    assert.deepEqual(people(lead + "Vasko Trennert, Harkens' chief executive, praised the crew.\n"), ['Vasko Trennert']);
    // a plural noun's mark before a word of a clause is no owner of a role
    assert.deepEqual(people(lead + 'Vasko Trennert, Harkens’ new track, opened on Sunday.\n'), []);
  });
});

describe('people: an office or a trade before a name', () => {
  it('"Supermodel" opening a sentence is the trade, not the name\'s first word', () => {
    assert.deepEqual(people(lead + 'Supermodel Ilsa Varenne opened the show.\n'), ['Ilsa Varenne']);
  });

  it('a word of the language after "of the" completes the office before the name ("Leader of the Opposition")', () => {
    assert.deepEqual(people('The talks were attended by Leader of the Opposition Orla Venn on Monday.'), ['Orla Venn']);
    assert.deepEqual(people('The talks were attended by Speaker of the House Orla Venn on Monday.'), ['Orla Venn']);
  });
});
