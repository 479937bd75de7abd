import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Sentences in the manner of Wikinews stories (made up: places, people and events invented), each read against the
// day it is written on, where a TimeML annotator's span or value was not the one the detector gave (fifth pass).
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates of Wikinews stories (fifth pass)', () => {
  it('keeps the year of a vote named with it ("Norland Votes 2031", "Election 2030"), not a product\'s ("Boeing 1998")', () => {
    assert.deepEqual(values('Norland Votes 2031: Interview with a Green candidate', '2031-05-02'), [['2031', '2031']]);
    assert.deepEqual(values('Categories: Norland Votes 2031 | Elections', '2031-05-02'), [['2031', '2031']]);
    assert.deepEqual(values('He covered Election 2030 for the paper.', '2031-05-02'), [['2030', '2030']]);
    // a maker's model keeps its figure
    assert.deepEqual(values('The Boeing 1998 model was retired.', '2031-05-02'), []);
  });

  it('reads a 24-hour time whose zone follows the day it is anchored to ("2000 yesterday UTC")', () => {
    assert.deepEqual(values('The quake struck at 5:10am today local time (2140 yesterday UTC) near Ostrava.', '2030-03-09'),
      [['5:10am today', '2030-03-09T05:10'], ['2140 yesterday', '2030-03-08T21:40']]);
    // with no zone after the day the figure stays a year
    assert.deepEqual(values('The dam was finished in 2010 and opened yesterday.', '2030-03-09'),
      [['2010', '2010'], ['yesterday', '2030-03-08']]);
  });

  it('tags no "per hour" of a speed whose unit is converted in brackets ("130 miles (209 km) per hour")', () => {
    assert.deepEqual(values('Winds reached 130 miles (209 km) per hour on Tuesday.', '2030-09-24'), [['Tuesday', '2030-09-24']]);
    assert.deepEqual(values('Gusts of 90 kilometres (56 miles) per hour were measured.', '2030-09-24'), []);
    // a rate of pay is still a set when nothing is measured before it
    assert.deepEqual(values('Nurses are paid per hour.', '2030-09-24'), [['per hour', 'PT1H']]);
  });

  it('reads a house number after "from" before its street as no year ("from 1600 Larkspur Avenue NW")', () => {
    assert.deepEqual(values('He hopes to govern from 1600 Larkspur Avenue NW next year.', '2030-02-16'), [['next year', '2031']]);
    // a range of years after "from" stays
    assert.deepEqual(values('He lived there from 1990 to 2000.', '2030-02-16'), [['1990', '1990'], ['2000', '2000']]);
  });

  it('reads a year opening its line after a line that ends on a name as a year ("Storm Ada⏎2031 Atlantic storm season")', () => {
    assert.deepEqual(values('Sister links\nStorm Ada\n2031 Atlantic storm season\nSources', '2031-09-24'), [['2031', '2031']]);
    // on the same line, a name's figure stays no year
    assert.deepEqual(values('He flew the Orion 1980 to the coast.', '2031-09-24'), []);
  });

  it('reads a weekday after "that" as the first such day on or after the day last named ("At Thanksgiving … that Saturday")', () => {
    assert.deepEqual(values('At Thanksgiving dinner he told his family he would meet the mayor that Saturday.', '2031-12-10'),
      [['Thanksgiving', '2031-11-27'], ['Saturday', '2031-11-29']]);
    assert.deepEqual(values('She arrived on March 3. That Friday she left for the coast.', '2031-03-20'),
      [['March 3', '2031-03-03'], ['Friday', '2031-03-07']]);
    // after a weekday alone, whose week is itself a guess, "that" opens what was said: the article's week
    assert.deepEqual(values('Power is due back by Thursday. The firm estimates that Monday and Tuesday\'s storms cut 9,000 homes.', '2031-12-10'),
      [['Thursday', '2031-12-11'], ['Monday', '2031-12-08'], ['Tuesday', '2031-12-09']]);
    // with no day named before it, the article's week
    assert.deepEqual(values('He left that Saturday.', '2031-12-10'), [['Saturday', '2031-12-06']]);
  });

  it('reads the year alone after an award\'s "of the Year" ("Wikinews Picture of the Year 2031")', () => {
    assert.deepEqual(values('Harbour Picture of the Year 2031\nThe winner was announced on Friday.', '2032-01-23'),
      [['2031', '2031'], ['Friday', '2032-01-23']]);
    // "the year 2031" in prose stays one expression
    assert.deepEqual(values('The plan runs until the year 2031.', '2032-01-23'), [['the year 2031', '2031']]);
  });
});
