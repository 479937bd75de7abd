import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up tour listings of music news: after a line's date and dash come a place and a venue, no person.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: a tour\'s dates, a line a show', () => {
  it('reads the words after the date and its dash as a place and a venue', () => {
    const text = 'The singer Maro Quillan announced a spring tour. Quillan said she was thrilled.\n\n'
      + 'March 3 – Denver, CO Pinecrest Lodge\nMarch 5 – Omaha, NE Velora Grange\n12 April – Lyon, Le Cheval Blanc\n'
      + '14 April – Ghent, Vooruit Zaal\n';
    assert.deepEqual(names(text), ['Maro Quillan', 'Quillan']);
  });

  it('keeps an act billed on the line with "with" or "featuring"', () => {
    const text = 'Dates:\nMay 2 – Leeds, Brudenell Social Club with Tamsin Vell\nMay 4 – York, Fulford Arms featuring Ossian Drake\n';
    assert.deepEqual(names(text), ['Tamsin Vell', 'Ossian Drake']);
  });

  it('reads one line so shaped as prose (a listing has two lines or more)', () => {
    assert.deepEqual(names('June 3 – Harlan Vesk said the festival would go ahead.'), ['Harlan Vesk']);
  });
});

describe('people: a stage or a hall named after someone', () => {
  it('is a venue, and its short form with it ("the Anna Kessler Stage", "the Lantern Stage")', () => {
    assert.deepEqual(names('The trio has played the tiny Anna Kessler Stage twice and now moves up to the Lantern Stage.'), []);
    assert.deepEqual(names('Doors open at the Velora Ballroom at 7pm.'), []);
  });
});
