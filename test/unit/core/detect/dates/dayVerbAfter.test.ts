import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: a weekday named before its clause's verb takes the tense of that verb, read on past the subject.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

// Monday 9 March 2026
const REF = '2026-03-09';

describe('a weekday read with the verb after it', () => {
  it('puts a day that opens its sentence ahead where the clause goes on in the future', () => {
    assert.deepEqual(values('On Wednesday, a band of cold air will bring sleet to the hills.', REF),
      ['Wednesday=2026-03-11']);
    assert.deepEqual(values('On Thursday at Harrow Park, the Lanterns will play their hundredth match.', REF),
      ['Thursday=2026-03-12']);
    assert.deepEqual(values('On Friday, the mayor and I will be in Ostby for the opening of the bridge.', REF),
      ['Friday=2026-03-13']);
  });

  it('keeps such a day gone where the clause is told in the past or a clause of its own comes first', () => {
    assert.deepEqual(values('On Wednesday, the council voted to close the old library.', REF), ['Wednesday=2026-03-04']);
    assert.deepEqual(values('On Friday and Saturday, the low which has brought gales will drift east.', REF),
      ['Friday=2026-03-06', 'Saturday=2026-03-07']);
    assert.deepEqual(values('On Thursday, the board met and she said it will appeal.', REF), ['Thursday=2026-03-05']);
  });

  it('reads weekdays that are the subject of "is" or "are" with what they are for as days ahead', () => {
    assert.deepEqual(values('The family said Tuesday and Wednesday are slated for prayers and tributes.', REF),
      ['Tuesday=2026-03-10', 'Wednesday=2026-03-11']);
    assert.deepEqual(values('The frost warning is for Thursday and Friday as lows are expected near zero.', REF),
      ['Thursday=2026-03-12', 'Friday=2026-03-13']);
    assert.deepEqual(values('The frost warning was lifted on Thursday.', REF), ['Thursday=2026-03-05']);
  });

  it('reads a day\'s event opening its clause to its verb, past a place and an aside', () => {
    assert.deepEqual(values('Tickets are scarce and Saturday\'s final in Corvel, the tenth staged since the club began in 1990, will again sell out.', REF),
      ['Saturday=2026-03-14', '1990=1990']);
    assert.deepEqual(values('Saturday\'s final in Corvel was a thriller.', REF), ['Saturday=2026-03-07']);
  });

  it('reads a subject\'s day after a quoted saying, and a year counted from as no past', () => {
    assert.deepEqual(values('The forecasters said, "Heavy snow starting on Friday is expected to last into Saturday."', REF),
      ['Friday=2026-03-13', 'Saturday=2026-03-14']);
    assert.deepEqual(values('The choir will give its first concert since 2019 on Sunday evening.', REF),
      ['2019=2019', 'Sunday evening=2026-03-15TEV']);
  });

  it('reads a hyphened word as one word between a future auxiliary and its day, and a spell "through to" a day', () => {
    assert.deepEqual(values('The parish will mark the long-awaited reopening with a special service on Sunday.', REF),
      ['Sunday=2026-03-15']);
    assert.deepEqual(values('Gales will batter the coast from Thursday evening through to late afternoon on Friday.', REF),
      ['Thursday evening=2026-03-12TEV', 'late afternoon=2026-03-13TAF', 'Friday=2026-03-13']);
  });

  it('reads a bulletin in capitals as prose, and a spell "tonight into" a day as one ahead', () => {
    assert.deepEqual(values('Weather Service\n\n* SLEET WILL CONTINUE THROUGH SATURDAY MORNING.\n* ROADS WILL BECOME ICY FRIDAY INTO SATURDAY.', REF),
      ['SATURDAY MORNING=2026-03-14TMO', 'FRIDAY=2026-03-13', 'SATURDAY=2026-03-14']);
    assert.deepEqual(values('...FROST ADVISORY FROM LATE TONIGHT THROUGH WEDNESDAY MORNING...', '2026-03-08'),
      ['LATE TONIGHT=2026-03-08TNI', 'WEDNESDAY MORNING=2026-03-11TMO']);
  });
});
