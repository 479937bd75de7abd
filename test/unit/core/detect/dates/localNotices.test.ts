import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Local and community news: notices of services and events, sale times, school years, obituaries. Made-up sentences.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('local notices and community news', () => {
  it('a participle joined by "and" to a passive\'s shares its auxiliary\'s tense', () => {
    assert.deepEqual(values('The calves will be shown and sold at the sale on Sept. 28.', '2019-07-19'), ['Sept. 28=2019-09-28']);
    assert.deepEqual(values('The calves were shown and sold at the sale on Sept. 28.', '2019-07-19'), ['Sept. 28=2018-09-28']);
  });

  it('the start of a span of clock times takes the half of the day its end gives', () => {
    assert.deepEqual(values('Bags are half price from 3:00-4:00 p.m. at the library.', '2024-11-13'),
      ['3:00=2024-11-13T15:00', '4:00 p.m.=2024-11-13T16:00']);
    assert.deepEqual(values('Doors open 9:30 to 11:30 a.m. at the hall.', '2024-11-13'),
      ['9:30=2024-11-13T09:30', '11:30 a.m.=2024-11-13T11:30']);
    // (an end in the other half leaves the start unread, not read as the evening's)
    assert.equal(values('Doors open from 11:00-1:00 p.m. at the hall.', '2024-11-13').some(v => v.endsWith('T23:00')), false);
  });

  it('a notice\'s labelled line of a clock time and a day is a schedule of days to come', () => {
    assert.deepEqual(values('Visitation: 5 to 7 p.m. Friday at Lind Funeral Home. Service: 11 a.m. Saturday at Grace Church.', '2024-11-13'),
      ['5=2024-11-15T17:00', '7 p.m. Friday=2024-11-15T19:00', '11 a.m. Saturday=2024-11-16T11:00']);
    assert.deepEqual(values('When: parade at 10 a.m. Saturday; concert 8 p.m. Sunday.', '2024-11-13'),
      ['10 a.m. Saturday=2024-11-16T10:00', '8 p.m. Sunday=2024-11-17T20:00']);
    // (a label over a story told in the past keeps the days gone)
    assert.deepEqual(values('Update: The parade was at 10 a.m. Saturday.', '2024-11-13'), ['10 a.m. Saturday=2024-11-09T10:00']);
  });

  it('a year of someone\'s studies is no year of the calendar; "last year" alone still is', () => {
    assert.deepEqual(values('Seniors said their last year of high school went fast.', '2024-11-13'), []);
    assert.deepEqual(values('She spent her final semester at college abroad.', '2024-11-13'), []);
    assert.deepEqual(values('Last year the school hired ten teachers.', '2024-11-13'), ['Last year=2023']);
  });

  it('"June" named as a wife between commas, or joined to "he" by "and", is no month', () => {
    assert.deepEqual(values('He is survived by his wife of 60 years, June, and a son. He and June moved to Oakville in 1990.', '2024-11-13'),
      ['60 years=P60Y', '1990=1990']);
    assert.deepEqual(values('He retired in June, and she in May.', '2024-11-13'), ['June=2024-06', 'May=2024-05']);
  });
});
