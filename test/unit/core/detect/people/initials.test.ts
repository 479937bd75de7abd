import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

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

describe('people: initials after a rank, letters the lists hold as a word or a body\'s ("AP")', () => {
  it('are the initials after a title, and a later surname is that person', () => {
    assert.deepEqual(people('Air Marshal AP Dhillon took charge on Monday. Dhillon thanked the crews.'),
      [['AP Dhillon', 'AP Dhillon'], ['Dhillon', 'AP Dhillon']]);
  });

  it('are another person than a full name of the surname whose given name the initials do not open', () => {
    assert.deepEqual(people('Air Marshal AP Dhillon took over on Monday. He succeeded Air Marshal Ravi Dhillon, who retired.'),
      [['AP Dhillon', 'AP Dhillon'], ['Ravi Dhillon', 'Ravi Dhillon']]);
  });

  it('take a rank written in capitals as no initials ("ACM Dhillon")', () => {
    assert.deepEqual(people('Air Chief Marshal K.L. Dhillon took over. As a test pilot, ACM Dhillon flew the jet.'),
      [['K.L. Dhillon', 'K.L. Dhillon'], ['Dhillon', 'K.L. Dhillon']]);
  });
});

describe('people: single capitals after a title before one word of a name', () => {
  it('are the initials, "A" too ("Air Chief Marshal A P Dhillon")', () => {
    assert.deepEqual(texts('Air Chief Marshal A P Dhillon said the fleet was ready.'), ['A P Dhillon']);
    assert.deepEqual(texts('General A K Varma said the troops were ready.'), ['A K Varma']);
  });

  it('leave "A" an article where no second capital follows it', () => {
    assert.deepEqual(texts('He met a General. A K Varma was not there.'), []);
  });
});
