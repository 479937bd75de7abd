import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// Made-up sentences: capitals without full stops before a surname (src/core/detect/people/initials.ts) are a person's
// initials where a given name opens the name or the pair stands in a list of people; a firm's otherwise.
describe('people: initials without stops, shown by a given name or a list of people', () => {
  it('after a given name ("George HW Bush")', () => {
    assert.deepEqual(texts('The treaties were signed under Walter HJ Prewitt, Bill Carrow and Ines Dalby.'),
      ['Walter HJ Prewitt', 'Bill Carrow', 'Ines Dalby']);
  });

  it('in a comma list beside a given name and a surname', () => {
    assert.deepEqual(texts('Exhibitors included Ada Bellamy, JT Corrow, Cody Marrin and Lena Voss.'),
      ['Ada Bellamy', 'JT Corrow', 'Cody Marrin', 'Lena Voss']);
    assert.deepEqual(texts('The stage will host LCD Soundsystem, PJ Harlow, Cyndi Lauper and others.'), ['PJ Harlow', 'Cyndi Lauper']);
  });

  it('not firms listed with firms, nor after a surname that is a given name too ("Morgan")', () => {
    assert.deepEqual(texts('Banks such as Goldman Sachs, JP Morgan, Morgan Stanley and Barclays cut jobs.'), []);
    assert.deepEqual(texts('Shares in DS Smith fell on Monday.'), []);
  });
});
