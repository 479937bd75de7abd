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

  it('cuts a theme\'s "Avatar" off an author\'s name and drops a picture\'s source label', () => {
    assert.deepEqual(names('The race is tied.\n\nNadia Pell Avatar\n\nLeave a Reply'), ['Nadia Pell']);
    assert.deepEqual(names('Follow us on Image Source : PTI/FILE Party leader Arun Mehra spoke.'), ['Arun Mehra']);
  });
});
