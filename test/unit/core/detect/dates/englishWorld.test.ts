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
});
