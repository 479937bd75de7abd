import assert from 'node:assert/strict';
import { fixture, people, texts } from './peopleFixtures';

// Given names that are also words or months ("May", "June", "Hope", "Sky"), and clubs whose first word reads like a
// surname: five made-up stories read as an editor would (every person mention, with whom it names, and nothing else),
// then short sentences for what must not become a person. All names and places are invented, bar one famous writer.

describe('people whose given names are words or months, and clubs named like people', () => {
  it('match report: players and coaches named Chase, Dean, Frank, Cliff, Grace, Will; the clubs alone are no people', () => {
    const text = fixture('club-match-report.md');
    assert.deepEqual(people(text), [
      ['Chase Ellery', 'Chase Ellery'],
      ['Ellery', 'Chase Ellery'],
      ['Dean Marlowe', 'Dean Marlowe'],
      ['Frank Oyelaran', 'Frank Oyelaran'],
      ['Oyelaran', 'Frank Oyelaran'],
      ['Cliff Haverty', 'Cliff Haverty'],
      ['Grace Tolland', 'Grace Tolland'],
      ['Tolland', 'Grace Tolland'],
      ['Will Brackett', 'Will Brackett'],
    ]);
    // "Carrow, who had gone nine games unbeaten", "Kelsbridge levelled", "Kelsbridge deserved it"
    for (const club of ['Carrow', 'Kelsbridge', 'Ashdown']) assert.ok(!texts(text).includes(club), club);
  });

  it('council: a councillor named May, a resident named June; Hope Street, Grace Church and the months are no people', () => {
    const text = fixture('council-crossing.md');
    assert.deepEqual(people(text), [
      ['May Oduya', 'May Oduya'],
      ['Oduya', 'May Oduya'],
      ['June Petrakis', 'June Petrakis'],
      ['Bill Cassidy', 'Bill Cassidy'],
      ['Cassidy', 'Bill Cassidy'],
      ['Joy Kamara', 'Joy Kamara'],
    ]);
  });

  it('obituary: Iris, Glen, Drew, Penny, Rose, Sky and August as given names; "In June 1961" stays a month', () => {
    const text = fixture('potter-obituary.md');
    assert.deepEqual(people(text), [
      ['Iris Penhallow', 'Iris Penhallow'],
      ['Iris Penhallow', 'Iris Penhallow'],
      ['Penhallow', 'Iris Penhallow'],
      ['Glen Ashworth', 'Glen Ashworth'],
      ['Drew Kellaway', 'Drew Kellaway'],
      ['Kellaway', 'Drew Kellaway'],
      ['Penny Kellaway', 'Penny Kellaway'],
      ['Rose Trevanion', 'Rose Trevanion'],
      ['Penhallow', 'Iris Penhallow'],
      ['Sky Kellaway', 'Sky Kellaway'],
      ['August Penhallow-Reid', 'August Penhallow-Reid'],
    ]);
  });

  it('school news: Faith, Sunny, Mark, Hope, Jack, Brook; "In June Garland will" is the month and the teacher', () => {
    const text = fixture('school-science-prize.md');
    assert.deepEqual(people(text), [
      ['Faith Adebayo', 'Faith Adebayo'],
      ['Sunny Mwangi', 'Sunny Mwangi'],
      ['Mark Dunleavy', 'Mark Dunleavy'],
      ['Hope Garland', 'Hope Garland'],
      ['Adebayo', 'Faith Adebayo'],
      ['Jack Tennant', 'Jack Tennant'],
      ['Brook Halsey', 'Brook Halsey'],
      ['Garland', 'Hope Garland'],
    ]);
  });

  it('arts: Summer, Ivy, Dawn, April as given names; May Day and a room named after a Jack are no people', () => {
    const text = fixture('gallery-summer-show.md');
    assert.deepEqual(people(text), [
      ['Summer Lindqvist', 'Summer Lindqvist'],
      ['Ivy Okafor', 'Ivy Okafor'],
      ['Lindqvist', 'Summer Lindqvist'],
      ['Okafor', 'Ivy Okafor'],
      ['Dawn Ferreira', 'Dawn Ferreira'],
      ['April Castellano', 'April Castellano'],
    ]);
  });

  it('finds the whole name where a month or a word opens it', () => {
    assert.deepEqual(texts('Maya Rios said the plan would cost 4 million euros.'), ['Maya Rios']);
    assert.deepEqual(texts('June Carter and Will Dawson spoke on Monday.'), ['June Carter', 'Will Dawson']);
    assert.deepEqual(texts('The motion was tabled by Councillor May Oduya on Tuesday.'), ['May Oduya']);
    assert.deepEqual(texts('Gail Brennan, 52, runs the bakery.'), ['Gail Brennan']);
    assert.deepEqual(texts('Honor Blackwood said she had won.'), ['Honor Blackwood']);
    assert.deepEqual(texts('June Halloran thanked the volunteers. Halloran, a nurse, has run the drive since 2019.'),
      ['June Halloran', 'Halloran']);
  });

  it('reads a month alone as a given name before "and" and another given name, not after a date\'s word', () => {
    assert.deepEqual(texts('Her sisters, June and Rose, run the stud farm next door.'), ['June', 'Rose']);
    assert.deepEqual(texts('Guests included April and Tom Hendry, who drove from Leeds.'), ['April', 'Tom Hendry']);
    assert.deepEqual(texts('Parents June and Colin Ashdown said their son was safe.'), ['June', 'Colin Ashdown']);
    for (const s of ['The fair runs in June and July every year.', 'By May and June the orchard is in flower.',
      'Rents rose between May and Easter.', 'Work stops in August and Nora said she would wait.']) {
      assert.ok(!['June', 'May', 'August'].some(month => texts(s).includes(month)), s);
    }
  });

  it('keeps a month a month before a surname, a figure or another month, and words that open a place or a brand', () => {
    // the surname alone is the person where the month is the month
    assert.deepEqual(texts('In June Carter said the deal was done.'), ['Carter']);
    assert.deepEqual(texts('Prices rose in April and May Halvorsen said.'), ['Halvorsen']);
    for (const s of [
      'By May Ministers had agreed.',
      'June Brexit talks resumed on Monday. Brexit will dominate the week.',
      'The June Brexit deadline passed.',
      'The minister said May Elections were due.',
      'The Summer Olympics open in July.',
      'Hope Street and Grace Church were closed for May Day.',
      'Sky Sports will show the match.',
      'Sky Deutschland said it agreed to the terms.',
      'She watched the Sky Atlantic series.',
      'Officials met at Brook Farm.',
      'April Fools pranks filled the paper.',
      'The Medal of Honor was awarded.',
      'The talk is in the gallery\'s Jack Room on Sunday.',
    ]) assert.deepEqual(texts(s), [], s);
  });

  it('reads a club\'s first word alone as the club, unless the article shows a person of that name', () => {
    const club = 'Brackwater Rovers beat Dunmore Athletic 3-1. Dunmore, who had not lost in 14 matches, took the lead.';
    assert.deepEqual(texts(club), []);
    const person = 'Ellis Dunmore scored twice for Dunmore Athletic. Dunmore, who is 19, said he was tired.';
    assert.deepEqual(people(person), [['Ellis Dunmore', 'Ellis Dunmore'], ['Dunmore', 'Ellis Dunmore']]);
    assert.deepEqual(texts('Brackwater Rovers beat Dunmore Athletic 3-1. The goals came from striker Dunmore and Ollie Pratt.'),
      ['Dunmore', 'Ollie Pratt']);
    assert.deepEqual(texts('Halvey Town lost again. Halvey, 31, said he was sorry.'), ['Halvey']);
  });

  it('a language\'s word after a courtesy title is a surname, after a given name too, and alone stays the language', () => {
    const text = 'Party sticks by its leader\n\nTomas French at the conference yesterday.\n\n'
      + 'Attention is turning to Mr French\'s future. Delegates said Tomas French had their support. He taught French in Arlow.';
    assert.deepEqual(people(text), [['Tomas French', 'Tomas French'], ['French', 'Tomas French'], ['Tomas French', 'Tomas French']]);
    // (with no courtesy title in the article the word stays the language's)
    assert.ok(!texts('Delegates said Tomas French had their support.').some(w => w.includes('French')));
  });

  it('keeps a word of the language that opens a sentence as a given name where the pair is set off by "the … of"', () => {
    // (a given name the lists hold after it, set off as a co-founder: a person in every mention)
    assert.deepEqual(people('Do Tarvek, the Estonian co-founder of Quillfin Labs, was arrested on Monday. Tarvek denied the charges.'),
      [['Do Tarvek', 'Do Tarvek'], ['Tarvek', 'Do Tarvek']]);
    // (a role firms have too says nothing of a person)
    assert.deepEqual(texts('Do Tarvek, the owner of the rights, said it agreed.').includes('Do Tarvek'), false);
  });
});

