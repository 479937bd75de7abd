import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of issue 14's eleventh pass (firms named by their sector, market wraps, sports opponents), each with
// sentences it must read and sentences it must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: sector names, market wraps, opponents (eleventh pass)', () => {
  it('a run of unfamiliar words ending in a sector noun is a firm, and the noun alone is no one', () => {
    assert.deepEqual(people('The lander was built by Orvane Defence and Space with cameras from Kessel Marlo Space.'), []);
    assert.deepEqual(people('Brightwater Health posted a loss, and Tamsin Oyelaran Health said it would cut jobs.'), []);
    assert.deepEqual(people('Corvell Payments and Delmar Diagnostics said on Monday they would merge.'), []);
    // a sector's word before a title, or the firm's words alone with something personal said of them, keep the person
    assert.deepEqual(people('Health Minister Dana Orlov said she would stand again.'), [['Dana Orlov', 'Dana Orlov']]);
    assert.deepEqual(people('Kessel Marlo said he would visit the space centre.'), [['Kessel Marlo', 'Kessel Marlo']]);
  });

  it('unfamiliar words after an organisation\'s word in one run continue its name; a titled person there stays', () => {
    assert.deepEqual(people('Photographs show the Space Shuttle Orvanis on its last flight.'), []);
    assert.deepEqual(people('Harlow United striker Ada Moss scored twice.'), [['Ada Moss', 'Ada Moss']]);
    assert.deepEqual(people('Secretary of Defense Ash Tarrant said the talks had failed.'), [['Ash Tarrant', 'Ash Tarrant']]);
  });

  it('names listed together that move as stocks do in a market report, beside a firm, are firms', () => {
    assert.deepEqual(people('Stocks rose on Friday. Kestrel Dynamics and Orrin Vale led gains; Tobias Crane and Calder Robotics fell.'), []);
    assert.deepEqual(people('In late trading Marcus Whitlow, Vexcor and Dunmore Tilly Inc. slipped 2% each.'), []);
    assert.deepEqual(people('The index fell. Bexley Ward, Orrin Hale and Calder Robotics led the decliners; Orrin Hale later fell 2.1% more.'), []);
  });

  it('keeps people in such lists where the article shows a person, and people who rise or fall otherwise', () => {
    // something personal of the name anywhere in the article
    assert.deepEqual(people('Calder Robotics and Tobias Crane fell 3% in heavy trading. Tobias Crane, who founded the firm, said he would buy more.'),
      [['Tobias Crane', 'Tobias Crane'], ['Tobias Crane', 'Tobias Crane']]);
    // no market report, or no move of a stock
    assert.deepEqual(people('Ana Ruiz and Okoro rose 2 places in the rankings after the final.'), [['Ana Ruiz', 'Ana Ruiz']]);
    assert.deepEqual(people('Shares were flat. Dana Whitcombe and Vexcor fell out over the deal, traders said.'), [['Dana Whitcombe', 'Dana Whitcombe']]);
  });
});
