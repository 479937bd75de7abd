import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up lines in the written forms registers, law reports and deeds use for a day or a year.
const found = (text: string, ref = '2026-03-12') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: a day, the month\'s short name and the year, hyphenated', () => {
  it('is that day, with its year in four figures or two', () => {
    assert.deepEqual(found('Reported: Gazette 14-Mar-2001, p. 12'), ['14-Mar-2001=2001-03-14']);
    assert.deepEqual(found('The register was sealed on 3-Sep-99 by the clerk.'), ['3-Sep-99=1999-09-03']);
  });

  it('leaves a day no month has, and a figure run on after the year', () => {
    assert.ok(!found('Lot 31-Feb-2001 was withdrawn.').includes('31-Feb-2001=2001-02-31'));
    assert.ok(!found('Code 4-Jan-2001-7 applies.').some(s => s.startsWith('4-Jan-2001')));
  });
});

describe('dates: a year in words with its hundred', () => {
  it('reads the tens and units after "hundred and"', () => {
    assert.deepEqual(found('in the year of our Lord nineteen hundred and twenty-seven, at the county aforesaid').slice(-1),
      ['nineteen hundred and twenty-seven=1927']);
    assert.deepEqual(found('The deed was made in eighteen hundred and ninety.'), ['eighteen hundred and ninety=1890']);
    assert.deepEqual(found('It was signed in nineteen hundred and five.'), ['nineteen hundred and five=1905']);
  });

  it('reads "two thousand and" a number up to ninety-nine', () => {
    assert.deepEqual(found('The mill shut in two thousand and twenty-two.'), ['two thousand and twenty-two=2022']);
    assert.deepEqual(found('The mill shut in two thousand and five.'), ['two thousand and five=2005']);
  });

  it('keeps "nineteen hundred" alone as 1900', () => {
    assert.deepEqual(found('The chapel opened in nineteen hundred.'), ['nineteen hundred=1900']);
  });
});

describe('dates: a day in figures read day first where the page writes that day out', () => {
  it('follows the page\'s own stamp of the same day, and takes the clock time after it along', () => {
    const text = 'Posted 2024-05-09\nWire | Leeds | Updated: 09-05-2024 18:12 BST\nThe council met.';
    assert.deepEqual(found(text).slice(1), ['09-05-2024 18:12 BST=2024-05-09T18:12']);
  });

  it('stays month first where the page writes out the month-first reading, or neither', () => {
    assert.deepEqual(found('Posted May 9, 2024\nUpdated: 05-09-2024').slice(1), ['05-09-2024=2024-05-09']);
    assert.deepEqual(found('The fair opened on 05-09-2024.'), ['05-09-2024=2024-05-09']);
  });
});
