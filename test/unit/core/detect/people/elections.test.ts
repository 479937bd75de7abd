import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up lines of election coverage: results tables, polls, candidates with their parties (elections pass).
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: election coverage', () => {
  it('reads a Libertarian before a candidate as her party, not her name', () => {
    assert.deepEqual(names('A third candidate, Libertarian Dana Forsythe, took 2.1% of the vote.'), ['Dana Forsythe']);
  });

  it('leaves "Messrs" out of the name it stands before', () => {
    assert.deepEqual(names('Messrs Okafor, Bello and Adeyemi each carried nine states. Mr Okafor thanked voters.'), ['Okafor', 'Okafor']);
  });

  it('finds no one in capitals joined by full stops with no stop after the last', () => {
    assert.deepEqual(names('Green 316 [6.9%]\n[F.A.I.R [0.0%; -31.3%]]\nMajority: 277'), []);
    assert.deepEqual(names('The Labor Party (L.P) candidate, Tomas Brenner, came third.'), ['Tomas Brenner']);
  });

  it('keeps initials with their full stops before a surname', () => {
    assert.deepEqual(names('A.J. Martelli wrote the poll story.'), ['A.J. Martelli']);
  });

  it('reads no body named after a member\'s word as a person', () => {
    assert.deepEqual(names('The socialist Fabian Society will not endorse anyone.'), []);
    assert.deepEqual(names('The socialist Maren Holt will not endorse anyone.'), ['Maren Holt']);
  });

  it('reads a sentence\'s first word before a role noun as a qualifier, not a person', () => {
    assert.deepEqual(names('Federal prosecutors brought a charge stemming from his defiance of a court order.'), []);
  });

  it('cuts a theme\'s "Avatar" or a link\'s "Read more" off a name and drops a picture\'s source label', () => {
    assert.deepEqual(names('The race is tied.\n\nNadia Pell Avatar\n\nLeave a Reply'), ['Nadia Pell']);
    assert.deepEqual(names('Follow us on Image Source : PTI/FILE Party leader Arun Mehra spoke.'), ['Arun Mehra']);
    assert.deepEqual(names('Kilkenny won the final. Ciara Dolan Read more on the final.\n\nA great day for Ciara Dolan.'),
      ['Ciara Dolan', 'Ciara Dolan']);
  });

  it('keeps a nickname of two words inside the name, after a place and a title', () => {
    assert.deepEqual(names('Next came Cebu Mayor Ramon “Bong Bong” Alcantara with 1.2 million votes.'),
      ['Ramon “Bong Bong” Alcantara']);
  });

  it('keeps a surname opened by a particle after a quoted nickname', () => {
    assert.deepEqual(names('The veteran leftist Joao Carlos “Jota” da Costa led the count.'), ['Joao Carlos “Jota” da Costa']);
  });

  it('reads no party named with its word for party or front, and no province named with its point of the compass', () => {
    assert.deepEqual(names('Lok Dal (Secular) led on 3 seats and Kisan Morcha on 2, while Arun Mehra won his seat.'), ['Arun Mehra']);
    assert.deepEqual(names('Tomas Reyes, of Movimiento Progresista, came third.'), ['Tomas Reyes']);
    assert.deepEqual(names('Votes from Ilocos Norte and Lanao del Sur were still being counted, Ana Cruz said.'), ['Ana Cruz']);
  });

  it('reads a candidate\'s name with the count of votes run on to it by a hyphen', () => {
    assert.deepEqual(names('The other candidates polled:\n\nUnity Party (UP) Tomas Brenner-14,542\n\nFreedom Alliance (FA), Maren Holt-1,061,014\n'),
      ['Tomas Brenner', 'Maren Holt']);
    // (a designation's figure is no count of votes: the word stays whole)
    assert.deepEqual(names('The Su-27 and the MiG-29 flew past as Tomas Brenner watched.'), ['Tomas Brenner']);
  });
});
