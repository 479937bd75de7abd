import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up lines of a health department's daily report and a video's title (health pass).
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: a table of figures, a word glued to figures', () => {
  it('finds no one in the labels of a table of counts', () => {
    assert.deepEqual(names('The daily hospital report:\nCurrent patients: 412\nTotal Beds: 3,108\nTotal Beds Available: 611\n'
      + 'Total Vents: 402\nTotal Vents Available: 198\n'), []);
  });

  it('keeps people listed with their figures (no word of counting in the labels)', () => {
    assert.deepEqual(names('Top scorers:\nAna Ruiz: 12\nTom Kerr: 9\nLiam Holt: 7\n'), ['Ana Ruiz', 'Tom Kerr', 'Liam Holt']);
    assert.deepEqual(names('Cases by nurse:\nAna Ruiz: 12\nTom Kerr: 9\nLiam Holt: 7\n'), ['Ana Ruiz', 'Tom Kerr', 'Liam Holt']);
  });

  it('finds no name glued to a running time', () => {
    assert.deepEqual(names('Agency chief says the outbreak is over - Director General02:41\nDirector-General Ana Ruiz spoke.'), ['Ana Ruiz']);
  });
});
