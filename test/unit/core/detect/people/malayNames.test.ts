import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Malay, Bruneian and Arabic names: "Nor" as a given name, names of descent with "bin", "binti", "bte" and the
// honorifics around them, in prose and in a list of officials. All names are made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: Malay and Bruneian names', () => {
  it('reads a capitalised "Nor" inside a sentence before a given name as the name\'s first word', () => {
    assert.deepEqual(people('The former minister, Tan Sri Nor Ahmad Rasdi, denied it. Later Nor Ahmad’s aide spoke.'),
      ['Nor Ahmad Rasdi', 'Nor Ahmad']);
    // the conjunction opening a sentence, and before a word of the language, stays out
    assert.deepEqual(people('Neither the board nor the staff knew. Nor Ahmad Rasdi, it seems.'), ['Ahmad Rasdi']);
    assert.deepEqual(people('Neither Rain Nor Snow Will Stop Us'), []);
  });

  it('finds a name of descent with honorifics in prose, the father\'s title kept inside it', () => {
    assert.deepEqual(people('The award went to Haji Ramlan bin Haji Kassim of the survey office.'), ['Haji Ramlan bin Haji Kassim']);
    assert.deepEqual(people('It was opened by Rozita bte Abdul Samad on Monday.'), ['Rozita bte Abdul Samad']);
    assert.deepEqual(people('He thanked Awang Zulkifli bin Dato Haji Osman for the gift.'), ['Awang Zulkifli bin Dato Haji Osman']);
    // "Bin" written with its capital is a surname left to the other rules; a university named so is no person
    assert.deepEqual(people('Students of Hamdan bin Rashid University marched.'), []);
  });

  it('reads a list of officials, one name of descent a line, as names, not headlines', () => {
    const text = 'Permanent secretaries\n\nMinistry of Works\nHaji Ramlan bin Haji Kassim (Roads and Drainage)\n'
      + 'Dato Paduka Haji Idham bin Haji Latif (Housing)\nHajah Norliza binti Haji Salleh*\n';
    assert.deepEqual(people(text), ['Haji Ramlan bin Haji Kassim', 'Haji Idham bin Haji Latif', 'Hajah Norliza binti Haji Salleh']);
  });
});

describe('people: lists of appointees and desk bylines', () => {
  it('reads a line listing names and portfolios between semicolons as a list, not a headline, when its full stop is cut', () => {
    const text = 'The new commissioners are:\nOthers are Hon. Tanko Garba – Housing; Engr. Bature Lumu – Works; Dr. Zainab Ruma Kaita – Women Affa';
    assert.deepEqual(people(text), ['Tanko Garba', 'Bature Lumu', 'Zainab Ruma Kaita']);
    // a headline in title case stays one
    assert.deepEqual(people('Tanko Garba Wins Housing Award\n\nThe award went to a builder.'), []);
  });

  it('finds the writer of a byline joined to the desk by a hyphen', () => {
    assert.deepEqual(people('Tafadzwa Ruvimbo-Herald Reporter THE council said on Monday that roads would close.'), ['Tafadzwa Ruvimbo']);
    // a double-barrelled surname before a comma and the desk is the other rules' business
    assert.deepEqual(people('Dear readers, the Herald Reporter desk said so.'), []);
  });
});
