import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';
import { firmOfAPersonBefore, priceMoveAfter } from '../../../../../src/core/detect/people/marketUses';

// Market reports as a desk writes them (issue 14, markets pass); every firm and person here is made up.
const names = (text: string): string[] => detectPeople(text).map(p => p.text);
const after = (text: string, name: string) => priceMoveAfter(text, text.indexOf(name) + name.length);
const before = (text: string, name: string) => firmOfAPersonBefore(text, text.indexOf(name));

describe('people: market copy', () => {
  it('reads a price and its move after a name as a listed company\'s', () => {
    assert.equal(after('Ardley Mercer up 42p to £23.29 led the risers.', 'Ardley Mercer'), true);
    assert.equal(after('Tolland Hume 10.5p higher at 753p.', 'Tolland Hume'), true);
    assert.equal(after('Fenwick Rowe added 1.23% to 452.55p.', 'Fenwick Rowe'), true);
    assert.equal(after('Marlow Kent was down 0.50 at 49.70 in the afternoon.', 'Marlow Kent'), true);
    assert.equal(after('Brisk Hallam fell DM35 to DM1,453.', 'Brisk Hallam'), true);
    // a poll's move has no price's unit: a candidate's, not a share's
    assert.equal(after('Rhona Vail was up 3% at 45% in the latest poll.', 'Rhona Vail'), false);
    assert.equal(after('Rhona Vail rose to speak at 9pm.', 'Rhona Vail'), false);
  });

  it('reads a firm named by its trade after a person\'s full name and ", of"', () => {
    const report = 'Jo Reece, of wealth manager and stockbroker Hallam Pryce in Perth, noted that miners fell.';
    assert.equal(before(report, 'Hallam Pryce'), true);
    assert.equal(before('Ewan McBride, of fund manager Colter Haig, said.', 'Colter Haig'), true);
    // a place after "of" is no firm: "of nearby Ashcombe", "of the village of Hale"
    assert.equal(before('Jo Reece, of nearby Ashcombe, said the road was shut.', 'Ashcombe'), false);
  });

  it('finds no person in a London closing report\'s list of movers, and keeps the quoted analyst', () => {
    const story = 'The biggest risers were Ardley Mercer up 42p to £23.29 and Tolland Hume 10.5p higher at 753p. '
      + 'Ewan McBride, of wealth manager and stockbroker Hallam Pryce in Perth, noted that Fenwick Rowe added 1.23% to 452.55p.';
    assert.deepEqual(names(story), ['Ewan McBride']);
  });
  it('finds a dealer named with a market role after her name, and no one in a ratings agency glued to its ampersand', () => {
    // an unfamiliar given name, then a desk's role set off by commas
    assert.deepEqual(names('Haruna Belcott, a saleswoman at Dunmore Securities, predicted a quiet week.'), ['Haruna Belcott']);
    assert.deepEqual(names('K&V Downgrades Tarrow Debt to Junk. The agency cited debt.'), []);
    // (initials ending a sentence leave the next name a person's: "… Texas A&M. Tagovailoa completed …")
    assert.deepEqual(names('Harwick beat Ridge A&M. Obuya completed 22 passes, Coach Dana Obuya said.'), ['Obuya', 'Dana Obuya']);
  });
});
