import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences: a quarter or a half of a game is no quarter of the calendar.
const values = (text: string) => detectDates(text, '2026-02-13').map(d => `${d.text}=${d.value}`);

describe('a quarter or a half of a game', () => {
  it('is found by points written as words, a points margin, shooting figures or "outscoring"', () => {
    assert.deepEqual(values('Behind eight points each from Quill and Ardent, the Foxes led after the first quarter.'), []);
    assert.deepEqual(values('The Rams cut a 20-point, fourth-quarter deficit to single digits.'), []);
    assert.deepEqual(values('Harbor shot 14-of-20 in the fourth quarter.'), []);
    assert.deepEqual(values('The Foxes carried their momentum into the second quarter, outscoring the Rams again.'), []);
    assert.deepEqual(values('Six of the nine games were within one score in the fourth quarter.'), []);
  });

  it('takes "late" or "early" before the quarter, and a game named in the sentence before', () => {
    assert.deepEqual(values('Drenner atoned for a late fourth-quarter miss with a 48-yard field goal.'), []);
    assert.deepEqual(values('Velde finished with 11 assists. Seven of them came in the fourth quarter.'), []);
  });

  it('keeps a firm\'s quarter the calendar\'s, even after a sentence of points', () => {
    assert.deepEqual(values('Velde scored 30 points. Sales rose 12% in the fourth quarter.'), ['the fourth quarter=2025-Q4']);
    assert.deepEqual(values('The index fell 120 points in the first quarter.'), ['the first quarter=2026-Q1']);
  });

  it('reads a play-by-play line\'s quarter before the game clock as the game\'s', () => {
    assert.deepEqual(values('Q3  08:41 \nR. Quill (DEN) makes driving layup\n   61-58\nQ3  08:12 \nT. Holm (LAL) grabs defensive rebound\n'
      + 'Q3  08:02 \nT. Holm (LAL) makes free throw 1 of 2\nQ3  08:00 \nStart of the 3rd Quarter'), []);
    assert.deepEqual(values('Results for Q3 will be out on Friday.'), ['Q3=2026-Q3', 'Friday=2026-02-13']);
  });

  it('reads a quarter or period no sentence of money names as the game\'s in a report of games', () => {
    const report = 'Ardent had 12 rebounds and 9 assists. Quill added 21 points. Holm hit two free throws. '
      + 'The Foxes trailed 71-64 at the end of the third quarter. The final period was garbage time, and his four 4th-quarter steals sealed it.';
    assert.deepEqual(values(report), []);
    assert.deepEqual(values('The mill hired 40 people. Output rose in the third quarter.'), ['the third quarter=2025-Q3']);
  });

  it('reads a quarter of a mile or a quarter century as no quarter of the year', () => {
    assert.deepEqual(values('The colt ran the last quarter of a mile in 24 seconds.'), ['24 seconds=PT24S']);
    assert.deepEqual(values('Prices have doubled over the last quarter century.'), []);
    assert.deepEqual(values('Prices doubled in the last quarter of 2025.'), ['the last quarter of 2025=2025-Q4']);
  });

  it('reads a count before "Second half" as no length of time', () => {
    assert.deepEqual(values('15 Second half assists for Orrin Vale.'), []);
    assert.deepEqual(values('The blast lasted 15 seconds.'), ['15 seconds=PT15S']);
  });
});

describe('a batsman\'s half-century', () => {
  it('is fifty runs where a batsman makes it in a sentence of runs and balls', () => {
    assert.deepEqual(values('Ferris collected a half-century that settled it, hitting 78 off 47 balls.'), []);
    assert.deepEqual(values('Olsen reached his half-century off 33 balls.'), []);
  });

  it('stays fifty years elsewhere', () => {
    assert.deepEqual(values('For a half-century the runs of salmon declined.'), ['half-century=P50Y']);
    assert.deepEqual(values('The mill closed a half-century ago.'), ['half-century ago=1976']);
  });
});

describe('a century written with its capital before a name\'s next word', () => {
  it('is the start of a name, not a century', () => {
    assert.deepEqual(values('Harbour Nights from 20th Century Pictures held at No 1.'), []);
    assert.deepEqual(values('The 20th Century saw two world wars.'), ['The 20th Century=19']);
  });
});

describe('a fixture\'s kick-off on a wire\'s list (wire pass)', () => {
  it('reads "(1500)" closing a fixture\'s line under the list\'s heading or day as a clock time, no year', () => {
    const found = (text: string) => detectDates(text, '2025-05-01').map(d => `${d.text}=${d.value}`);
    assert.deepEqual(found('Next Fixtures (GMT):\nSaturday, May 3\nEastmoor v Harlow Vale (1500)\nSunday, May 4\nKarlen Rovers v Osk (1930)\n'),
      ['Saturday, May 3=2025-05-03', 'Sunday, May 4=2025-05-04']);
    // a case cited with its year stays a year, in prose or as a heading of its own
    assert.deepEqual(found('Smith v Jones (1955) held that the lease was void.'), ['1955=1955']);
    assert.deepEqual(found('Landmark rulings\nKarlen v Osk (2000)\nThe court split 5-4.'), ['2000=2000']);
  });
});
