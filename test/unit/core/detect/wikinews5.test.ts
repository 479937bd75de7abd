import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/detect/analyze';
import { detectPeople } from '../../../../src/core/detect/people';
import { detectDates } from '../../../../src/core/detect/dates';
import { statedDate } from '../../../../src/core/detect/reference';
import { splitSentences } from '../../../../src/core/text/sentences';

// Pages in the manner of Wikinews and its mirrors as a reader pastes them (made up: places, firms and people invented):
// what the fifth Wikinews pass, on pages read before they were tuned for, found left.
const units = (text: string) => splitSentences(text).map(s => s.text);
const people = (text: string) => detectPeople(text).map(p => p.text);
const dates = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

describe('Wikinews pages (fifth pass)', () => {
  it('sets a date line apart from a dateline in capitals or a figure run on after it', () => {
    assert.deepEqual(units('Sunday, February 6, 2005 OSKVALE, Tarvania — The new harbour master has warned skippers.'),
      ['Sunday, February 6, 2005', 'OSKVALE, Tarvania — The new harbour master has warned skippers.']);
    assert.deepEqual(units('Thursday, October 22, 2020 2020 Osk mayoral candidate Ana Vell answered questions.'),
      ['Thursday, October 22, 2020', '2020 Osk mayoral candidate Ana Vell answered questions.']);
    // a sentence that opens with the date and goes on in small letters stays whole
    assert.deepEqual(units('Thursday, October 22, 2020 was a wet day in Osk.'), ['Thursday, October 22, 2020 was a wet day in Osk.']);
  });

  it('ends a unit at a date alone on its line, its clock and zone in brackets after it', () => {
    assert.deepEqual(units('Monday, December 23, 2019, 0918 (UTC)\nShare Newsroom Our values Donate'),
      ['Monday, December 23, 2019, 0918 (UTC)', 'Share Newsroom Our values Donate']);
    assert.ok(!analyze('Welcome to Harbournews\nMonday, December 23, 2019, 0918 (UTC)\nShare Newsroom Our values Donate\n\nThe council raised fares by 12% on Monday.')
      .claims.some(c => c.text.includes('0918')));
    // a line that goes on in small letters is a wrapped sentence still
    assert.deepEqual(units('The hearing is set for\nMonday, May 5, 2008\nand will last a week.'), ['The hearing is set for\nMonday, May 5, 2008\nand will last a week.']);
  });

  it('dates a reposted story by its own date line under the copy\'s posting stamp', () => {
    const page = 'Gales batter the coast, 12 deaths reported\n\nPosted on April 22nd, 2019\n\nSunday, January 21, 2007\n\nGales hit the coast on Friday.';
    assert.equal(statedDate(page)?.date, '2007-01-21');
    assert.deepEqual(analyze(page).dates.filter(d => d.text === 'Friday').map(d => d.value), ['2007-01-19']);
    // a later day under the stamp, or one without its weekday, is no date line of the story's
    assert.equal(statedDate('Posted on April 22nd, 2019\n\nSunday, January 21, 2024\n\nGales hit the coast.')?.date, '2019-04-22');
    assert.equal(statedDate('Posted on April 22nd, 2019\n\nJanuary 21, 2007\n\nGales hit the coast.')?.date, '2019-04-22');
  });

  it('reads a dotted clock time with its zone where nothing else opens the window', () => {
    assert.deepEqual(dates('The tremors began at 07.49 local time near Osk.', '2010-04-14'), [['07.49 local time', '2010-04-14T07:49']]);
    assert.deepEqual(dates('The polls closed at 21.30 GMT.', '2010-04-14'), [['21.30 GMT', '2010-04-14T21:30']]);
    assert.deepEqual(dates('The ticket costs 12.50 USD.', '2010-04-14'), []);
  });

  it('reads two stamps run together as a page is pasted ("June 4, 2018June 4, 2018")', () => {
    assert.deepEqual(dates('Harbour Shorts Posted on June 4, 2018June 4, 2018 by Admin', '2018-06-04'),
      [['June 4, 2018', '2018-06-04'], ['June 4, 2018', '2018-06-04']]);
    assert.deepEqual(dates('Harbour Shorts December 8, 2021December 9, 2021Admin', '2021-12-09'),
      [['December 8, 2021', '2021-12-08'], ['December 9, 2021', '2021-12-09']]);
    // a number with its suffix is still one: "the 1990s", "20th"
    assert.deepEqual(dates('Fares doubled in the 1990s.', '2021-12-09'), [['the 1990s', '199']]);
  });

  it('reads a year after a list\'s heading word that opens its line ("Newest 2012 Games stories")', () => {
    assert.deepEqual(dates('Newest 2012 Tarvania Games stories\n\nThe games open on Friday.', '2012-09-07').map(d => d[0]), ['2012', 'Friday']);
    // a name before a year still keeps it: "Orion 1980"
    assert.deepEqual(dates('He flew the Orion 1980 to Osk.', '2012-09-07'), []);
  });

  it('reads a weekday after a clock time and its zone in the clause\'s tense ("will resume at 02:00 local time Sunday morning")', () => {
    assert.deepEqual(dates('Flights will be allowed to resume at 02:00 local time Sunday morning.', '2010-05-08'),
      [['02:00 local time Sunday morning', '2010-05-09T02:00']]);
    assert.deepEqual(dates('The ferry docked at 17:00 GMT Friday.', '2010-05-08'), [['17:00 GMT Friday', '2010-05-07T17:00']]);
  });

  it('drops a word a credit label was cut from when the lists know no such name', () => {
    const page = 'Osk defeated Varnby in the final. The crowd cheered Osk Image: Ada Pell.\nOsk kicked off. Image: Ada Pell.';
    assert.deepEqual(people(page), ['Ada Pell', 'Ada Pell']);
    // a known name keeps its mention: "… the captain, Mara Image: Ada Pell."
    assert.ok(people('The crowd cheered the captain Mara Lind Image: Ada Pell.').includes('Mara Lind'));
  });

  it('finds a child named by an age in words before the name', () => {
    assert.deepEqual(people('The children were identified as five-year-old Niamh and two-year-old Corwen.'), ['Niamh', 'Corwen']);
    assert.deepEqual(people('The twenty-three-year-old Caio Brenn scored twice.'), ['Caio Brenn']);
  });

  it('reads no name in a pronunciation\'s respelling in brackets', () => {
    assert.deepEqual(people('Osk elected a new mayor. Tan Wei-lun (Pronounced: Tahn Way Loon) took office on Monday.'), []);
    assert.deepEqual(people('King Olaf Tarn (pronounced Tahrn) the Fifth of Osk has died.'), ['Olaf Tarn']);
  });

  it('reads a ship named after its noun and "the" with no comma as a ship ("the flagship the Halla Star")', () => {
    assert.deepEqual(people('If the Tarvanian flagship the Halla Star is carrying arms, the navy will intercept the Halla Star.'), []);
    assert.deepEqual(people('The ship the Ada Rose sank off Osk.'), []);
  });

  it('reads a pottery, glassworks or an assessment named like a person as no person', () => {
    assert.deepEqual(people('He designed vases during his association with Kerrow Pottery.'), []);
    assert.deepEqual(people('The Osk National Climate Assessment warns of damages.'), []);
  });
});
