import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Rules met on made-up weather, timetable, anniversary and live-page stories (test/fixtures/dates): each with its own
// small example, read against the date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('dates in forecasts, anniversaries and live pages', () => {
  it('reads a forecast\'s participle before its deadline as ahead: "expected by Tuesday", "forecast for Sunday"', () => {
    // Thursday 12 March 2026
    assert.deepEqual(values('The agency has raised its alert, with floods expected by Tuesday evening.', '2026-03-12'),
      [['Tuesday evening', '2026-03-17TEV']]);
    assert.deepEqual(values('Sleet is forecast for Sunday.', '2026-03-12'), [['Sunday', '2026-03-15']]);
    // told from the past, the deadline is gone by
    assert.deepEqual(values('The repairs were expected by Tuesday.', '2026-03-12'), [['Tuesday', '2026-03-10']]);
  });

  it('reads "from Wednesday" in a line with no verb as ahead, but not after a past verb', () => {
    assert.deepEqual(values('- Warmer, brighter days from Wednesday', '2026-03-12'), [['Wednesday', '2026-03-18']]);
    assert.deepEqual(values('The river fell steadily from Wednesday.', '2026-03-12'), [['Wednesday', '2026-03-11']]);
    assert.deepEqual(values('It stayed dry from Wednesday.', '2026-03-12'), [['Wednesday', '2026-03-11']]);
  });

  it('keeps a stamp\'s clock time on the page\'s day, not on the day the paragraph before named', () => {
    const text = 'The assembly sits again on May 4.\n\nUpdated at 16:20 GMT\n\n### 17:05 GMT\n\nThe count resumed on Friday.';
    assert.deepEqual(values(text, '2026-04-20'), [['May 4', '2026-05-04'], ['16:20 GMT', '2026-04-20T16:20'],
      ['17:05 GMT', '2026-04-20T17:05'], ['Friday', '2026-04-17']]);
    // a time in a sentence still follows the day its story speaks of
    assert.deepEqual(values('The ferry sailed on Friday. It docked at 9 p.m.', '2026-04-20'),
      [['Friday', '2026-04-17'], ['9 p.m.', '2026-04-17T21:00']]);
  });

  it('keeps a time its own sentence puts ahead off a day gone by that the sentence before named', () => {
    assert.deepEqual(values('The minister spoke last night. She is due to address the chamber at noon.', '2026-04-20'),
      [['last night', '2026-04-19TNI'], ['noon', '2026-04-20T12:00']]);
    assert.deepEqual(values('The minister spoke on Saturday. She left at noon.', '2026-04-20'),
      [['Saturday', '2026-04-18'], ['noon', '2026-04-18T12:00']]);
  });

  it('puts a month or a day without its year in the year that month was just named with', () => {
    assert.deepEqual(values('The mine flooded in March 1962. The pumps failed on March 3 and the shaft was sealed on March 21.', '2026-05-02'),
      [['March 1962', '1962-03'], ['March 3', '1962-03-03'], ['March 21', '1962-03-21']]);
    // another month, or a sentence further on, keeps the day nearest the article's date
    assert.deepEqual(values('The mine flooded in March 1962. The pumps failed on April 3.', '2026-05-02'),
      [['March 1962', '1962-03'], ['April 3', '2026-04-03']]);
    // a month that only names an event in passing ("the March 1962 pit inquiry") sets no time for the story
    assert.deepEqual(values('Miners recalled the March 1962 pit inquiry. The shaft was sealed on March 21.', '2026-05-02'),
      [['March 1962', '1962-03'], ['March 21', '2026-03-21']]);
    // a day the named year has not stays as it was read
    assert.deepEqual(values('The fair opened in February 2023. It closed on February 29.', '2026-05-02'),
      [['February 2023', '2023-02'], ['February 29', '2024-02-29']]);
  });

  it('values a winter by the year its December falls in: next and last winter from January to November', () => {
    assert.deepEqual(values('The rink opens next winter.', '2026-02-10'), [['next winter', '2026-WI']]);
    assert.deepEqual(values('The rink opens next winter.', '2026-07-10'), [['next winter', '2026-WI']]);
    assert.deepEqual(values('The rink opens next winter.', '2026-12-10'), [['next winter', '2027-WI']]);
    assert.deepEqual(values('The rink closed last winter.', '2026-02-10'), [['last winter', '2024-WI']]);
    assert.deepEqual(values('The rink closed last winter.', '2026-07-10'), [['last winter', '2025-WI']]);
    assert.deepEqual(values('The rink closed this past winter.', '2026-02-10'), [['this past winter', '2025-WI']]);
  });

  it('reads a warning in force until a clock time on a day, and power off "until Monday" that may last, as ahead', () => {
    // written on Saturday 14 February
    assert.deepEqual(values('A yellow warning for rain covers much of the north from midnight until noon on Sunday.', '2026-02-14'),
      [['midnight', '2026-02-14T24:00'], ['noon', '2026-02-15T12:00'], ['Sunday', '2026-02-15']]);
    assert.deepEqual(values('Some customers in Kell may be without power until Monday, the company said.', '2026-02-14'),
      [['Monday', '2026-02-16']]);
    assert.deepEqual(values('The Orbury road is shut from 10pm until 6am on Monday.', '2026-02-14'),
      [['10pm', '2026-02-14T22:00'], ['6am', '2026-02-16T06:00'], ['Monday', '2026-02-16']]);
    // told in the past, the span was
    assert.deepEqual(values('The Orbury road closed from 10pm until 6am on Monday.', '2026-02-14').slice(1),
      [['6am', '2026-02-09T06:00'], ['Monday', '2026-02-09']]);
  });

  it('reads a decision still to take ("whether to cut in January") as ahead', () => {
    assert.deepEqual(values('Governor Rhee said the board was split on whether to cut in January.', '2026-12-02'),
      [['January', '2027-01']]);
  });

  it('reads no tense from a reason or a time set off after the date ("…, after drivers complained")', () => {
    assert.deepEqual(values('Velta will bring back physical buttons in its Corsa Nova hatchback from March, after drivers complained.', '2026-11-26'),
      [['March', '2027-03']]);
  });

  it('puts no clock time told in the past on a bail date ahead named the sentence before', () => {
    const text = 'A man was released on bail until 4 January. Officers said people were in Kell Street between 1.45am and 2.15am and may have seen the attack.';
    const times = values(text, '2026-12-01').filter(([, value]) => value?.includes('T'));
    assert.deepEqual(times, [['1.45am', '2026-12-01T01:45'], ['2.15am', '2026-12-01T02:15']]);
  });

  it('reads a time something is going or heading into as ahead', () => {
    assert.deepEqual(values('Dr Layla McCay said trusts were "running hot" going into December.', '2026-11-14'),
      [['December', '2026-12']]);
    assert.deepEqual(values('The Kell index was up 2% heading into the weekend.', '2026-11-12'),
      [['the weekend', '2026-W46-WE']]);
  });

  it('reads the time that opens a live page\'s entry, after a heading\'s or emphasis marks, as on the page\'s day', () => {
    const text = '# Budget live\n\n## 15:40 — Markets steady\n\nThe pound was little changed.\n\n**13:30** Statement begins.\n';
    assert.deepEqual(values(text, '2026-11-26'), [['15:40', '2026-11-26T15:40'], ['13:30', '2026-11-26T13:30']]);
    // not inside a sentence, nor a score or a lap time
    assert.deepEqual(values('Kell won 15:40 in the first leg.\n\n1:23.45 was the fastest lap.', '2026-11-26'), []);
  });

  it('reads a day\'s event named by its possessive as ahead where a future auxiliary leads to it from afar', () => {
    assert.deepEqual(values('The Tarvian will play either Cora Vance or Elin Sorel on Thursday for a place in Saturday\'s final.', '2026-01-27'),
      [['Thursday', '2026-01-29'], ['Saturday', '2026-01-31']]);
  });
});

