import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// A helper's pass over real news of aid, charities and foundations (issue 14). Made-up names and lines.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: aid, charity and foundation pages', () => {
  it('reads a foundation or a trust named after two given names alone on its line as no person', () => {
    const text = 'Grants roundup\n\nMargaret Casey Foundation\n\n$1.5 million over two years to a network.\n\n'
      + 'Peter Joyce Trust\n\n$2 million to a food bank.\n';
    assert.deepEqual(names(text), []);
    // a given name and a word that is a surname too stays a person where the line names one
    assert.deepEqual(names('Grants roundup\n\nMargaret Hall\n\nShe gave $1 million to a network.\n'), ['Margaret Hall']);
  });

  it('reads an endowment as a body, not the name of a person after a title', () => {
    const text = 'Grants roundup\n\nDuke Endowment\n\n$25 million to a college. The Duke Endowment created the programme in 2016.\n';
    assert.deepEqual(names(text), []);
    assert.deepEqual(names('The Orlov Endowment gave $2 million, its chair Ana Ruiz said.'), ['Ana Ruiz']);
  });

  it('reads a name whose suffix goes on to a body\'s word as the body\'s name', () => {
    assert.deepEqual(names('Intro.\n\nRalph C. Hale, Jr. Foundation\n\nUp to $10 million to a programme.\n'), []);
    assert.deepEqual(names('Ralph C. Hale, Jr. said the programme would grow.'), ['Ralph C. Hale, Jr.']);
  });

  it('reads a hospital joined to its site by a hyphen as the hospital', () => {
    assert.deepEqual(names('1. Agnes Lowell Deaconess Hospital-Eastvale (Mass.) received a $20 million donation.'), []);
  });
});
