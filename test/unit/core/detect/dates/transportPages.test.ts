import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up crash, storm and wildfire stories (issue 14, transport and disasters pass): the day of a clock time told
// paragraphs after the story's day, a plain past form ("spread", "hit") that ends in no "-s", "due to" before a cause,
// and a newspaper or a show called "Today".
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

// Sunday 6 December 2026, the page's date
const REF = '2026-12-06';

describe('dates on transport and disaster pages', () => {
  it('puts a clock time told as done, far from any day, on the one earlier day the story has told of', () => {
    const story = 'Two freight trains collided early Thursday near Orvale, the railway said.\n\n'
      + 'Crews worked for hours to clear the line.\n\nInvestigators are still reading the signal logs.\n\n'
      + 'The trains, each hauling grain, met on a single track at about 3 a.m., the railway said.';
    assert.deepEqual(values(story, REF), ['early Thursday=2026-12-03', 'hours=PTXH', 'about 3 a.m.=2026-12-03T03:00']);
  });

  it('leaves the time on the page\'s day where the story has named two days, or none before it', () => {
    const twoDays = 'A ferry ran aground on Tuesday off Kessa Point, the coast guard said.\n\n'
      + 'Divers inspected the hull on Thursday.\n\nCrews are still pumping fuel from the tanks.\n\n'
      + 'The tide turned at about 4 p.m. and the ship shifted on the rocks.';
    assert.deepEqual(values(twoDays, REF).slice(-1), ['about 4 p.m.=2026-12-06T16:00']);
    assert.deepEqual(values('The storm knocked out power to the valley.\n\nLines were restored at about 4 p.m.', REF),
      ['about 4 p.m.=2026-12-06T16:00']);
    // a time still ahead stays where it is
    const ahead = 'A cargo plane skidded off the runway on Thursday at Harlow, the airport said.\n\n'
      + 'No one was hurt.\n\nThe runway will stay closed until 7 p.m., the airport says.';
    assert.deepEqual(values(ahead, REF).slice(-1), ['7 p.m.=2026-12-06T19:00']);
  });

  it('reads a plain past form after "and" joined to a past verb, or after a singular "that", as the past', () => {
    assert.deepEqual(values('The Dunmore Fire broke out Friday morning in the hills and spread rapidly on Saturday.', REF),
      ['Friday morning=2026-12-04TMO', 'Saturday=2026-12-05']);
    assert.deepEqual(values('Rescuers searched the rubble of houses the quake that hit late Wednesday had flattened.', REF),
      ['late Wednesday=2026-12-02']);
    // a plain form after "and could" looks ahead
    assert.deepEqual(values('The fire broke out Friday and could spread on Saturday.', REF),
      ['Friday=2026-12-04', 'Saturday=2026-12-12']);
  });

  it('reads "due to" before a cause as no time ahead, and before a verb as a plan', () => {
    assert.deepEqual(values('The blaze broke out Friday and spread rapidly on Saturday due to a heat wave.', REF),
      ['Friday=2026-12-04', 'Saturday=2026-12-05']);
    assert.deepEqual(values('The bridge is due to reopen on Saturday.', REF), ['Saturday=2026-12-12']);
  });

  it('reads "USA Today" after a comma and a show\'s name alone in quotes after "on" as no day', () => {
    assert.deepEqual(values('It was a rough day for flying in two states, USA Today reports.', REF), []);
    assert.deepEqual(values('"Stay off the roads," the director said on "Today."', REF), []);
    // a day written "Today" opening a sentence is still read
    assert.deepEqual(values('Today the airport reopened.', REF), ['Today=2026-12-06']);
  });
});
