import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: an event known by its day ("the Jan. 6 attack on the Capitol") is that day of its one year.
const values = (text: string) => detectDates(text, '2022-08-02').map(d => `${d.text}=${d.value}`);

describe('the day of an event known by its day', () => {
  it('is the event\'s year when the event\'s word follows and its place stands near', () => {
    assert.deepEqual(values('Marta Quell testified before the panel on the Jan. 6 attack on the Capitol.'), ['Jan. 6=2021-01-06']);
    assert.deepEqual(values('A staffer of the House select committee spoke about the January 6 hearings.'), ['January 6=2021-01-06']);
    assert.deepEqual(values('Two more were charged in the Jan. 6 Capitol riot, prosecutors said.'), ['Jan. 6=2021-01-06']);
  });

  it('stays a day of the article\'s year without the event\'s word or its place', () => {
    assert.deepEqual(values('The county board met on Jan. 6 to hear the budget.'), ['Jan. 6=2022-01-06']);
    assert.deepEqual(values('The Jan. 6 hearings of the zoning board drew a crowd.'), ['Jan. 6=2022-01-06']);
    assert.deepEqual(values('The Jan. 6, 2022 hearing at the Capitol ran late.'), ['Jan. 6, 2022=2022-01-06']);
  });
});
