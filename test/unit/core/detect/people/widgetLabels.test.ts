import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// A teaser's kicker, the kind of piece before its headline's colon (interviews pass): made-up teasers.
const people = (text: string) => detectPeople(text).map(p => `${p.text}=${p.entity}`);

describe('people: a teaser\'s kicker', () => {
  it('names no one, alone or run into a list\'s heading, nor the kicker\'s word elsewhere linked to it', () => {
    const text = 'Related Articles Letter: Fares on the ferry are too high\n\nLetter: The pier deserves better\n\n'
      + 'Re: “Tolls are fine” (Letter to the editor, May 2):\n\nThey are not.\n\nK Dunmore, Quarry Hill\n';
    assert.deepEqual(people(text), ['K Dunmore=K Dunmore']);
  });

  it('is cut off a name run into it, and leaves a surname of the same word in a sentence', () => {
    assert.deepEqual(people('Ana Ruiz Opinion: The harbour needs a plan\n\nAna Ruiz said the plan was late.'),
      ['Ana Ruiz=Ana Ruiz', 'Ana Ruiz=Ana Ruiz']);
  });
});

describe('people: a page\'s link past its menus', () => {
  it('names no one ("Skip Navigation"), and leaves a Skip named in a sentence', () => {
    const page = 'Skip Navigation\nMarkets\n\nFerry shares rise 8% after forecast\n\nShares rose 8% on Monday, chief executive Dana Reyes said.\n';
    assert.deepEqual(people(page), ['Dana Reyes=Dana Reyes']);
    assert.deepEqual(people('Coach Skip Navarro said the team was ready.'), ['Skip Navarro=Skip Navarro']);
  });
});
