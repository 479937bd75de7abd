import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// People the detector missed (issue 14, recall pass): evidence beside a mention that only a person has. All names
// and sentences are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: evidence beside a mention (recall pass)', () => {
  it('a surname that is a word of the language after a short title with its stop ("Mr. Brown")', () => {
    assert.deepEqual(people('Deputies said Mr. Gray was calm when they arrived.'), [['Gray', 'Gray']]);
    assert.deepEqual(people('Mrs. Stone told the board the fence was hers.'), [['Stone', 'Stone']]);
    // without a title the word opening a sentence is still no one
    assert.deepEqual(people('The hearing ended. Gray skies followed the storm.'), []);
  });

  it('a lone surname whose reporting verb opens a clause of "he" or "she" ("Tolleson said … that he")', () => {
    assert.deepEqual(people('The shop will hire 40 people. Tolleson said last spring that he had looked at two more sites.'),
      [['Tolleson', 'Tolleson']]);
    assert.deepEqual(people('Varnick said she would appeal.'), [['Varnick', 'Varnick']]);
    // a firm's "it" makes no person, nor a pronoun that may be anyone's ("the man he saw")
    assert.deepEqual(people('Quelmont said it would close the plant. Quelmont said that it had no choice.'), []);
    assert.deepEqual(people('Harrowgate said the man he saw was tall.'), []);
  });

  it('a name joined by "and" to "he" or "she", or before "and his" ("He and Delgarno", "… and her coach")', () => {
    assert.deepEqual(people('He and Delgarno told the judge that the deal was off.'), [['Delgarno', 'Delgarno']]);
    assert.deepEqual(people('Ostrava and her coach left the arena early.'), [['Ostrava', 'Ostrava']]);
    assert.deepEqual(people('Tamsin Gold and her coach left early.'), [['Tamsin Gold', 'Tamsin Gold']]);
    // a firm and "its partners" is no one
    assert.deepEqual(people('Quelmont and its partners left the talks.'), []);
  });

  it('a full name with a word of the language before "Jr." or "Sr." ("Delmar Brown Jr.")', () => {
    assert.deepEqual(people('The court heard from Delmar Brown Jr. on Monday. Brown did not speak.'),
      [['Delmar Brown Jr.', 'Delmar Brown Jr.'], ['Brown', 'Delmar Brown Jr.']]);
    assert.deepEqual(people('Quincy Rivers Sr. coached the side for a decade.'), [['Quincy Rivers Sr.', 'Quincy Rivers Sr.']]);
  });

  it('a given name before kin in the plural is a full name ("Kirk Cousins"), a party\'s plural is not', () => {
    assert.deepEqual(people('Late in the game Dale Cousins threw a short pass.'), [['Dale Cousins', 'Dale Cousins']]);
    assert.deepEqual(people('The Christian Democrats won the vote.'), []);
  });
});

describe('people: authors in lists of works (recall pass)', () => {
  it('a list marked line, "Title by Author (Publisher)"', () => {
    assert.deepEqual(people('The shortlisted novels are:\n- The Salt Orchard by Ros Tallant (Harbour)\n- Seldom Seen by Wenna Morrow (Kite)\n- Absolution Road by Pell Ardagh\n'),
      [['Ros Tallant', 'Ros Tallant'], ['Wenna Morrow', 'Wenna Morrow'], ['Pell Ardagh', 'Pell Ardagh']]);
  });

  it('a line of a title in capitals and its author, and titles in quotation marks in prose', () => {
    assert.deepEqual(people('Days of Tin by Oren Kellaway (Ireland)\nLanterns by Siobhan Marr (U.K.)\n'),
      [['Oren Kellaway', 'Oren Kellaway'], ['Siobhan Marr', 'Siobhan Marr']]);
    assert.deepEqual(people('The finalists were “The Long Quiet” by Brit Tallis and “Glass Weather” by Ondine Varr.'),
      [['Brit Tallis', 'Brit Tallis'], ['Ondine Varr', 'Ondine Varr']]);
  });

  it('no author after a credit\'s participle or before a firm\'s word', () => {
    assert.deepEqual(people('Sponsored by Acme Widgets\nPowered by Quillpad\n'), []);
    assert.deepEqual(people('“Nightfall” by Harrow Pictures opens on Friday.'), []);
  });
});

describe('people: a player\'s line in a game report (recall pass)', () => {
  it('passes, catches and field goals that only a player has', () => {
    assert.deepEqual(people('Corvan Delisle completed 14 of 22 passes for 201 yards.'), [['Corvan Delisle', 'Corvan Delisle']]);
    assert.deepEqual(people('Tavo Rivers caught a 31-yard touchdown pass in the third.'), [['Tavo Rivers', 'Tavo Rivers']]);
    assert.deepEqual(people('Brennick Ashe had seven catches for 90 yards.'), [['Brennick Ashe', 'Brennick Ashe']]);
    assert.deepEqual(people('Ulbrecht Moss kicked a 41-yard field goal with two seconds left.'), [['Ulbrecht Moss', 'Ulbrecht Moss']]);
  });

  it('a possessive before a yardage, and one word before a catch', () => {
    assert.deepEqual(people('Dorian Kettle’s 33-yard field goal won it. Later Kettle missed from 50.'),
      [['Dorian Kettle', 'Dorian Kettle'], ['Kettle', 'Dorian Kettle']]);
    assert.deepEqual(people('Ozumba had six receptions for 70 yards.'), [['Ozumba', 'Ozumba']]);
  });

  it('a side\'s statistics make no person ("Penn State completed …", "Clemson completed …")', () => {
    assert.deepEqual(people('Harlow State completed 20 of 31 passes. Clemford rushed for 172 yards.'), []);
    assert.deepEqual(people('Clemford completed 20 of 31 passes.'), []);
  });
});

describe('people: one-word names that are words (recall pass)', () => {
  it('a sentence\'s first word that is a surname of the article and a word, where its clause shows the person', () => {
    assert.deepEqual(people('Former mayor Doreen Green died on Friday. Green was surrounded by her family. The green lawn was mown. Green, a teacher before politics, served three terms.'),
      [['Doreen Green', 'Doreen Green'], ['Green', 'Doreen Green'], ['Green', 'Doreen Green']]);
    // with nothing said of it there, the word opening a sentence stays the word
    assert.deepEqual(people('Former mayor Doreen Green died on Friday. The green lawn was mown. Green was the colour of the flag.'),
      [['Doreen Green', 'Doreen Green']]);
  });

  it('a stage name that is a word, written capitalised inside a sentence and shown to be a person ("Wren")', () => {
    assert.deepEqual(people('Wren has grown into his own as an artist. Fans cheered as Wren took the stage.'), [['Wren', 'Wren'], ['Wren', 'Wren']]);
    assert.deepEqual(people('Tamsin Rook named the album. Rook said he was proud of it.'), [['Tamsin Rook', 'Tamsin Rook'], ['Rook', 'Tamsin Rook']]);
  });

  it('no person of a word before a preposition or of a participle opening a sentence, nor of a prize\'s last word', () => {
    assert.deepEqual(people('Fenwick scored nine. None of his teammates reached ten.'), []);
    assert.deepEqual(people('Shackled at his ankles, the man sat down.'), []);
    assert.deepEqual(people('She won the Prize for Fiction, the top award, in May. He said Fiction, the category, was his favourite.'), []);
    assert.deepEqual(people('He said it twice. I\u2019d rather pay down debt, he said. Then I\u2019d make his case.'), []);
  });
});

describe('people: a pair that does one thing together (recall pass)', () => {
  it('two full names joined by "and" before "both", "each" or "combined", one a person by its own evidence', () => {
    assert.deepEqual(people('Kristo Pavlenis and Luka Doncan both scored 23 in the loss.'),
      [['Kristo Pavlenis', 'Kristo Pavlenis'], ['Luka Doncan', 'Luka Doncan']]);
    assert.deepEqual(people('Ondra Velik and Johnny Hodder combined on the stop.'), [['Ondra Velik', 'Ondra Velik'], ['Johnny Hodder', 'Johnny Hodder']]);
    // a firm beside a person, or no word of togetherness, leaves the other as it was
    assert.deepEqual(people('Kestrel Capital and Jamie Dimmock both declined to comment.'), [['Jamie Dimmock', 'Jamie Dimmock']]);
  });

  it('two full names joined by "and" that are the subject of the verb after them ("announced", "have had")', () => {
    assert.deepEqual(people('Fintan Grealy and Jack Chambers announced the details in the chamber.'),
      [['Fintan Grealy', 'Fintan Grealy'], ['Jack Chambers', 'Jack Chambers']]);
    assert.deepEqual(people('Gorvan Tallett and Michael Maguire have had one final duel.'),
      [['Gorvan Tallett', 'Gorvan Tallett'], ['Michael Maguire', 'Michael Maguire']]);
    // (a firm beside a person stays a firm)
    assert.deepEqual(people('Kestrel Capital and Jamie Dimmock announced a merger.'), [['Jamie Dimmock', 'Jamie Dimmock']]);
  });
});

describe('people: a full name with a word of the language, and "his" or "her" in its clause (recall pass)', () => {
  it('a sentence opened by the name, its verb and a personal possessive ("Jaylen Brown scored … in his return")', () => {
    assert.deepEqual(people('Davon Brown scored 20 points in his return from injury.'), [['Davon Brown', 'Davon Brown']]);
    assert.deepEqual(people('Tiger Marsh named his boat after the town.'), [['Tiger Marsh', 'Tiger Marsh']]);
    // a side's "its" makes no one
    assert.deepEqual(people('Boise Valley scored 20 points in its return.'), []);
  });
});
