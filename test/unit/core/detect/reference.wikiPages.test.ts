import assert from 'node:assert/strict';
import { referenceFor } from '../../../../src/core/detect/reference';

// A wiki's and a news blog's pages as a reader pastes them (made-up pages), which no stamp at the top dates.
const TODAY = '2026-12-01';

describe('reference date of wiki and news blog pages', () => {
  it('reads the day a first line closes on after a colon, as a wiki names a day\'s page ("Brief reports: May 4, 2009")', () => {
    assert.deepEqual(referenceFor('Harbour Briefs: May 4, 2009\n\nA ferry ran aground on Monday.', { today: TODAY }),
      { date: '2009-05-04', from: 'dateline' });
    assert.deepEqual(referenceFor('User:Ann/State of the Wiki: April 28, 2005\n\nWelcome to the latest summary.', { today: TODAY }),
      { date: '2005-04-28', from: 'dateline' });
    // words after the date, or a date inside the line, are a story's
    assert.deepEqual(referenceFor('Vote set: May 4, 2009 at the latest\n\nThe council met on Monday.', { today: TODAY }),
      { date: TODAY, from: 'today' });
  });

  it('reads a weekday\'s date line a paste ran on between two sentences of a long first line', () => {
    const text = 'This interview features first-hand reporting by a volunteer. See the notes page for more details. '
      + 'Monday, October 30, 2006 On November 13, voters in Harbourside will elect a mayor and a council for the next four years.';
    assert.deepEqual(referenceFor(text, { today: TODAY }), { date: '2006-10-30', from: 'dateline' });
    // a date told inside a sentence of the long line is no date line run on; its weekday still dates an undated page,
    // as a caption's or a statement's does (openingWeekday.ts)
    const told = 'This interview features first-hand reporting by a volunteer, who met the candidate on Monday, October 30, 2006 '
      + 'At the hall, voters in Harbourside asked about the council and its plans for the next four years, and more besides.';
    assert.deepEqual(referenceFor(told, { today: TODAY }), { date: '2006-10-30', from: 'dateline' });
    const toldWithoutWeekday = told.replace('Monday, ', '');
    assert.deepEqual(referenceFor(toldWithoutWeekday, { today: TODAY }), { date: TODAY, from: 'today' });
  });

  it('reads the first weekday\'s date line below an undated first post of a blog page', () => {
    const text = 'Officials in Harbourside closed a street after a sinkhole was reported at about 4:20 p.m.\n'
      + 'City officials say the hole lies above a tunnel.\n\nTuesday, September 2, 2008\nSinkhole reported in Harbourside\n'
      + 'Posted by Ann Hale at 7:28 PM\n\nMonday, August 11, 2008\nSpill forces evacuation of a college\n';
    assert.deepEqual(referenceFor(text, { today: TODAY }), { date: '2008-09-02', from: 'dateline' });
    // a date inside a line of prose below is no date line
    assert.deepEqual(referenceFor('A street closed.\n\nIt reopened on Tuesday, September 2, 2008 after repairs.\n', { today: TODAY }),
      { date: TODAY, from: 'today' });
  });
});
