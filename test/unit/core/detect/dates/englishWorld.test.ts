import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences in the styles of English-language news outside the United States: weather warnings with the day
// in brackets, court reports naming a decision by its day.
const found = (text: string, ref = '2024-07-05') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: English-language news outside the United States', () => {
  it('puts a bracketed day without its year in the year where it falls on the weekday named', () => {
    // (told in the past, "July 7" alone would be last year's, a Friday)
    assert.deepEqual(found('The forecast read: “Sunday (July 7) looks most likely to be a cool and showery day.”'),
      ['Sunday=2024-07-07', 'July 7=2024-07-07']);
  });

  it('gives a clock time before a weekday with its date in brackets that date', () => {
    assert.deepEqual(found('Warnings are in place from 12pm on Friday (25 October) until Saturday (26 October).', '2019-10-23'),
      ['12pm=2019-10-25T12:00', 'Friday=2019-10-25', '25 October=2019-10-25', 'Saturday=2019-10-26', '26 October=2019-10-26']);
    assert.deepEqual(found('The warning runs from 10pm to 10am on Saturday (July 6).').slice(1, 2), ['10am=2024-07-06T10:00']);
  });

  it('reads the day of a decision or a letter as gone by, whatever the clause asks of it', () => {
    assert.deepEqual(found('Mr Khan asked that the decision of July 1 be set aside.'), ['July 1=2024-07-01']);
    assert.deepEqual(found('He pleaded that his petition be heard after setting aside the order dated June 30.'), ['June 30=2024-06-30']);
    // (a meeting is no decision: "the meeting of July 10" may be ahead)
    assert.deepEqual(found('He asked that the meeting of July 10 be moved.'), ['July 10=2024-07-10']);
  });

  it('reads a weekday with its day of the month in brackets as that day ("on Friday (21)")', () => {
    assert.deepEqual(found('The president made these remarks on Friday (21) during the debate.', '2026-12-06'), ['Friday=2026-08-21']);
    // ("today (13)" on a page dated by its file: the 13th on or before that day)
    assert.deepEqual(found('The budget will be presented to Parliament today (13).', '2026-12-06'), ['today=2026-11-13']);
    assert.deepEqual(found('The budget was presented today (6).', '2026-12-06'), ['today=2026-12-06']);
  });

  it('gives the first month of a range its year written after the second ("April-June 2024")', () => {
    assert.deepEqual(found('Revenue rose 11 per cent during April-June 2024.', '2026-12-06'), ['April=2024-04', 'June 2024=2024-06']);
    assert.deepEqual(found('Revenue rose during November to February 2024.', '2026-12-06'), ['November=2023-11', 'February 2024=2024-02']);
  });

  it('reads figures day first where the page writes its dates in words day first and never month first', () => {
    assert.deepEqual(found('The Harbour Times, 10 June 2011. The sentence was backdated to 10/12/2010.'),
      ['10 June 2011=2011-06-10', '10/12/2010=2010-12-10']);
    assert.deepEqual(found('Published October 3, 2011. The sentence was backdated to 10/12/2010.'),
      ['October 3, 2011=2011-10-03', '10/12/2010=2010-10-12']);
    // (both orders in words: no evidence either way, the figures keep the month first)
    assert.deepEqual(found('On 3 June and on July 4 they met. The deal was signed on 10/12/2010.').at(-1), '10/12/2010=2010-10-12');
  });

  it('reads "the future" before a noun as an adjective, no time ("the future chancellor", "the future coalition")', () => {
    assert.deepEqual(found('The future coalition will invest, said the future chancellor.'), []);
    assert.deepEqual(found('They cheered the future king when he came.'), []);
    assert.deepEqual(found('The plan looks to the future with hope; in the future against such odds, the future is ours.'),
      ['the future=FUTURE_REF', 'the future=FUTURE_REF', 'the future=FUTURE_REF']);
    // (a participle after it is no noun: "look to the future having learned")
    assert.deepEqual(found('We must look to the future having learned from it.'), ['the future=FUTURE_REF']);
  });
});
