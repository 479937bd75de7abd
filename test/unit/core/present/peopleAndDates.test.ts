import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/detect/analyze';
import { detection } from '../../../../src/core/detect/detection';
import { datesOf, looksLikeSameName, nextMention, peopleOf } from '../../../../src/core/present/peopleAndDates';

const ARTICLE = [
  'Mayor Ana Lindqvist said on Tuesday that the tram line would open in 2028.',
  'Lindqvist told reporters the budget had risen by 30 percent.',
  'Councillor Tomas Berg said the estimate of 2023 was too low.',
  'Work starts in April, Ana Lindquist said.',
].join('\n');

describe('present: people and dates of an article', () => {
  const analysis = analyze(ARTICLE, { referenceDate: '2026-12-01' });

  it('lists each person once with mention count and spellings, and flags a name spelled two ways', () => {
    const people = peopleOf(analysis);
    const lindqvist = people.find(p => p.name === 'Ana Lindqvist');
    assert.ok(lindqvist, JSON.stringify(people.map(p => p.name)));
    assert.equal(lindqvist.mentions.length, 2);
    assert.deepEqual(lindqvist.spellings, ['Ana Lindqvist', 'Lindqvist']);
    assert.deepEqual(lindqvist.similar, ['Ana Lindquist']);
    assert.deepEqual(people.find(p => p.name === 'Ana Lindquist')?.similar, ['Ana Lindqvist']);
    assert.deepEqual(people.find(p => p.name === 'Tomas Berg')?.similar, []);
    assert.equal(people[0].name, 'Ana Lindqvist', 'most mentioned first');
  });

  it('tells misspellings from different people', () => {
    assert.ok(looksLikeSameName('Ana Lindqvist', 'Ana Lindquist'));
    assert.ok(looksLikeSameName('José Ramos', 'Jose Ramos'), 'accents');
    assert.ok(looksLikeSameName('Kyrylo Budanov', 'Kyrylo Budnaov'), 'swapped letters');
    assert.ok(!looksLikeSameName('Tomas Berg', 'Tomas Borg Jensen'));
    assert.ok(!looksLikeSameName('Ana Lee', 'Ana Lin'), 'short names need more than a letter or two to differ');
    assert.ok(!looksLikeSameName('Ana Lindqvist', 'Ana Lindqvist'));
  });

  it('lists each date as written and as resolved, in words', () => {
    const dates = datesOf(analysis, detection.displayDate);
    const tuesday = dates.find(d => d.text === 'Tuesday');
    assert.ok(tuesday, JSON.stringify(dates));
    assert.match(tuesday.display, /Tuesday \d+ \w+ 2026/);
    assert.ok(dates.every(d => !/^\d{4}-\d{2}/.test(d.display)), 'no ISO codes');
  });

  it('steps through mentions after the cursor, wrapping around', () => {
    const mentions = peopleOf(analysis).find(p => p.name === 'Ana Lindqvist')!.mentions;
    assert.equal(nextMention(mentions, -1), mentions[0]);
    assert.equal(nextMention(mentions, mentions[0].start), mentions[1]);
    assert.equal(nextMention(mentions, mentions[1].start), mentions[0]);
  });
});
