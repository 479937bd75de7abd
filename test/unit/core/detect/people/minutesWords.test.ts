import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// Meeting minutes and agendas (src/core/detect/people/minutesWords.ts, localNames.ts, lexicon/cues.ts): outline
// letters before an item's first word, title-case verbs after a member's surname, "Mayor Pro Tem", a statute's letters,
// a school called short, and the words of agenda headings. Made-up sentences in the style of council and school-board
// minutes.

describe('meeting minutes: outline letters, verbs and headings beside names', () => {
  it('an outline letter at a line\'s start before an item\'s noun is no initial', () => {
    const text = 'CONSENT AGENDA\nA. Approval of the May 2 minutes\nCommissioner Ardley moved to approve.';
    assert.deepEqual(texts(text), ['Ardley']);
  });

  it('outline letters in a run ("A. … B. … C. Receive") are no initials, nor the item after "None"', () => {
    assert.deepEqual(texts('Steps: A. Open Hearing B. Announce Millage C. Receive comments from the Public.'), []);
    assert.deepEqual(texts('A. Speakers — None B. Presentations (4) A talk by Ida Marsh on parking.'), ['Ida Marsh']);
  });

  it('an initial and a surname in a list are still a person', () => {
    assert.deepEqual(texts('Those running are R. Penhale, J. Dorrit and T. Quade.'), ['R. Penhale', 'J. Dorrit', 'T. Quade']);
  });

  it('a title-case verb after a surname and before "that" is cut off, and the short form links to the cut name', () => {
    const text = 'Commissioner Ardley seconded. Commissioner Ardley Reported that the group met twice.';
    assert.deepEqual(people(text), [['Ardley', 'Ardley'], ['Ardley', 'Ardley']]);
  });

  it('"Tem" of "Mayor Pro Tem" is the title\'s', () => {
    assert.deepEqual(texts('Present were Mayor Pro Tem Wanda Ostrow and two members.'), ['Wanda Ostrow']);
  });

  it('capitals with no stops in a statute\'s citation name nobody', () => {
    assert.deepEqual(texts('The board cited "Title 12 O S section 44" and went into session.'), []);
  });

  it('a school called short by its namesake and "Middle" is no person where the article names it a Middle School', () => {
    const text = 'The Middle School vote: Arthur Middle received 900 votes. Lena Ross Middle received 300, said Ida Voss.';
    assert.deepEqual(texts(text), ['Ida Voss']);
  });

  it('headings of agenda items and a legion\'s name are no people', () => {
    assert.deepEqual(texts('Superintendent Evaluation\nThe Holm Legion held a supper. Many papers print the Police Blotter.'), []);
    assert.deepEqual(texts('NJ Kennel Ordinance will Receive Final Reading'), []);
  });

  it('a patrolman\'s short title before a surname in a police log ("Ptl. Dorsey") makes a person', () => {
    assert.deepEqual(texts('At 2015 hours Ptl. Dorsey found the car idling by the mall.'), ['Dorsey']);
  });

  it('a sitting\'s name in a heading or a line is no person', () => {
    assert.deepEqual(people('MINUTES OF THE ARLOW TOWN COUNCIL\nREGULAR SESSION\nMAY 4, 2026\n\nThe Council met in Special Session called to order by Mayor Ada Vance.'),
      [['Ada Vance', 'Ada Vance']]);
  });
});

