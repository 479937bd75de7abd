import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up lines of an agency's briefing transcript (health pass): a brief after an official's title.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: an official\'s brief after the title', () => {
  it('reads a department after a title as no one', () => {
    assert.deepEqual(names('We have with us Dr Kate Olsen, Director Immunisation, Vaccines and Biologicals.'), ['Kate Olsen']);
    assert.deepEqual(names('We also have Dr Sylvie Brand, Director Epidemic and Pandemic Preparedness.'), ['Sylvie Brand']);
    assert.deepEqual(names('Then we have Dr Ibra Fall, Assistant Director-General for Emergency Response at the agency.'), ['Ibra Fall']);
  });

  it('keeps a name after a title, and a brief with the name after it', () => {
    assert.deepEqual(names('The panel heard from Director Okafor, Dr Reyes and Dr Lin.'), ['Okafor', 'Reyes', 'Lin']);
    assert.deepEqual(names('Minister for Health Simon Harkin and Director Harlan Voss spoke.'), ['Simon Harkin', 'Harlan Voss']);
  });
});
