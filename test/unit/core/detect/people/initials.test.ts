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

describe('people: initials that spell a title ("MS", as "Ms")', () => {
  it('are the initials where a role before them shows a person', () => {
    assert.deepEqual(texts('The total was called par by wicketkeeper MS Rawlani after the match.'), ['MS Rawlani']);
  });

  it('leave the surname a person where nothing personal is said of the pair, as before', () => {
    assert.deepEqual(texts('The bowlers tried to outwit MS Rawlani\'s plans at the crease.'), ['Rawlani']);
  });
});
