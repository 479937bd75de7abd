import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Words of a time inside a name or a title: a show, a song, a festival. Each sentence is made up; each value is what a
// careful editor reads, against the reference date given.
const found = (text: string, ref = '2026-03-12') => detectDates(text, ref).map(d => [d.text, d.type, d.value]);

describe('dates: words of a time inside a title or a name', () => {
  it('reads a capitalised unit inside a sentence written in lower case as a title\'s word, not a time', () => {
    assert.deepEqual(found('The clip shows a "90 Seconds" presenter reading the forecast backwards.'), []);
    assert.deepEqual(found('She sang \'Another Day Gone By\' at the county fair.'), []);
    assert.deepEqual(found('He appeared on radio\'s 30 Minutes to tell the story of the bridge.'), []);
    assert.deepEqual(found('The mayor spoke during a Sunday Night Review segment about the flood.'), []);
    assert.deepEqual(found('The chef cooked live on the Tonight Show and on the channel\'s Today programme.'), []);
    // (the units of prose, a holiday's own day, the first word of a sentence or a quote, and a day in a post that runs
    // its sentences together keep theirs)
    assert.deepEqual(found('He said, "Now, are you ready to pay for the roof?"').map(m => m[0]), ['Now']);
    assert.deepEqual(found('"I will never sell the farm" – Ann Hale Today Ann Hale sold the farm.').map(m => m[0]), ['Today']);
    assert.deepEqual(found('The crew worked for 90 seconds before the alarm rang.'), [['90 seconds', 'DURATION', 'PT90S']]);
    assert.deepEqual(found('Shops stayed open on Boxing Day this year.').map(m => m[0]), ['Boxing Day', 'this year']);
    assert.deepEqual(found('Four Years later, the mill reopened.')[0].slice(0, 2), ['Four Years', 'DURATION']);
  });

  it('reads "’45 Fest’" with a quote closing after it as a name, not a year cut to two digits', () => {
    assert.deepEqual(found('Did Fans Leave Litter Behind After ’88 Jam’?'), []);
    assert.deepEqual(found('Crowds came to the \'72 Fair\' on the green.'), []);
    // (a year cut to two digits keeps its year)
    assert.deepEqual(found('The team had not won since ’88, he said.'), [['’88', 'DATE', '1988']]);
  });

  it('gives "the day" told by a clause after it no day of the article', () => {
    assert.deepEqual(found('Friends Say Our Songs Stop the Day We Stop Listening'), [['the Day', 'DATE', undefined]]);
    assert.deepEqual(found('The clerk was fired the day before he was due to give evidence.'), [['the day', 'DATE', undefined]]);
    assert.deepEqual(found('The clerk was fired the day before, on a Sunday.')[0], ['the day before', 'DATE', '2026-03-11']);
  });
});

describe('dates: a title in a title case heading that the story writes as a title', () => {
  it('reads the heading\'s words as the title the prose below shows them to be', () => {
    const text = 'Was a Monday Night Banter Host Taken Off Air?\n\nA \'Monday Night\' Banter host was taken off air after a row with a caller.';
    assert.deepEqual(found(text), []);
    const film = 'Is This a \u2018Ahead of the Future\u2019 Poster?\n\nA poster shows the cast of the film \'Ahead of the Future.\'';
    assert.deepEqual(found(film), []);
    // (a heading's time the prose writes as a time keeps its own)
    assert.deepEqual(found('Bridge Shut on Monday Night\n\nThe bridge was shut on Monday night.').map(m => m[0]), ['Monday Night', 'Monday night']);
  });
});
