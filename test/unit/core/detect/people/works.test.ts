import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences of film news: a title in quotation marks credited to its maker, or after "masterpiece", is a work.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: a quoted title after its maker\'s possessive', () => {
  it('is a work, not a person', () => {
    assert.deepEqual(names('The lineup includes Teodor Vasko\'s "Marisol Vega," a drama set in Lisbon.'), ['Teodor Vasko']);
    assert.deepEqual(names('Critics praised Ilse Varga’s “Corin Lask” at the festival.'), ['Ilse Varga']);
  });

  it('after "masterpiece" or "sequel"', () => {
    assert.deepEqual(names('The critic called the masterpiece "Autumn Lindqvist" a triumph.'), []);
  });

  it('keeps a person quoted by name without a possessive before the quotation', () => {
    assert.deepEqual(names('"Marisol Vega is the best," the director said.').length, 1);
  });
});

describe('people: a title set off after a work\'s noun', () => {
  it('is a work ("the new EP—Corin Vale—", "the lead single, Marlow Bell, topped")', () => {
    assert.deepEqual(names('The band\'s new EP—Corin Vale—arrives in the spring.'), []);
    assert.deepEqual(names('The lead single, Marlow Bell, topped the chart.'), []);
    assert.deepEqual(names('Her third album, Twelve Velvet Orchard, came out in May.'), []);
  });

  it('keeps a person the sentence sets in the work or lets speak', () => {
    assert.deepEqual(names('In the film, Anna Berg, 34, plays a nurse.'), ['Anna Berg']);
    assert.deepEqual(names('The album, Maren Holt said, took two years.'), ['Maren Holt']);
    assert.deepEqual(names('Before finishing the album, Tobin Rusk toured Spain.'), ['Tobin Rusk']);
    assert.deepEqual(names('The extra who had a part in the film, Kell Amory Strand, was fined.'), ['Kell Amory Strand']);
  });
});

describe('people: a title told by the credit right after it', () => {
  it('a name before "actor" or "star" and someone else\'s full name is a work', () => {
    assert.deepEqual(names('Guests included the critic Sam Field and Maisie Thornbury actor Dan Pike.'), ['Sam Field', 'Dan Pike']);
    assert.deepEqual(names('The panel featured Lady Ashcombe star Petra Lund and a chef.'), ['Petra Lund']);
  });

  it('a quoted title closed right after the name and followed by "by" and a full name is a work', () => {
    assert.deepEqual(names('Closing the season will be ‘Call Me Ada Quill’ by Rosa Venn, a comedy.'), ['Rosa Venn']);
  });

  it('a title in a theatre\'s season, between its run and its author, is a work', () => {
    assert.deepEqual(names('Next will be Ada Quill (Sept. 7–Oct. 23) by Rosa Venn, a comedy.'), ['Rosa Venn']);
    assert.deepEqual(names('Closing the year will be Ada Quill by Rosa Venn (beginning Nov. 20), a comedy.'), ['Rosa Venn']);
  });

  it('keeps a person quoted alone, and a verb "star" after two people', () => {
    assert.deepEqual(names('“I am not Ada Quill,” said Rosa Venn.'), ['Ada Quill', 'Rosa Venn']);
    assert.deepEqual(names('Nina Holt and Dan Pike star in the new drama.'), ['Nina Holt', 'Dan Pike']);
  });
});

describe('people: a play credited to its author with a possessive', () => {
  it('the name after "Anna Moss\'s play" is the title', () => {
    assert.deepEqual(names('Critics praised Anna Moss\'s play Edwin Hartigan at the festival.'), ['Anna Moss']);
    assert.deepEqual(names('Paul Dorne’s play Tobias Marvell opened on Monday.'), ['Paul Dorne']);
  });
});
