import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { relatedLinks } from '../../../../../src/core/detect/claims/relatedLinks';
import { splitSentences } from '../../../../../src/core/text/sentences';

// Links to other stories set among a story's paragraphs and a feed's entries with their age: made-up pages.
const scoresOf = (text: string) => new Map(analyze(text, { claimThreshold: 0, referenceDate: '2025-06-01' }).claims.map(c => [c.text, c.score]));
const links = (text: string) => { const units = splitSentences(text); return [...relatedLinks(text, units)].map(i => units[i].text); };

describe('claims: links to other stories', () => {
  const story = 'Port strike ends after nine days\n\nDockers in Lyme returned to work on Monday after a nine-day strike, the union said.\n\n';

  it('takes two or more headlines in a row, each alone on its line, under the story\'s first sentence as links', () => {
    const text = story + 'Ferry firm cuts 40 jobs in Osk\n\nAir strike kills two in the north\n\nThe union said pay would rise 4% in July.';
    assert.deepEqual(links(text), ['Ferry firm cuts 40 jobs in Osk', 'Air strike kills two in the north']);
    const scores = scoresOf(text);
    assert.equal(scores.get('Air strike kills two in the north'), 0);
    assert.ok((scores.get('The union said pay would rise 4% in July.') ?? 0) > 0.5);
    // under a wire's credit at the story's end, on lines of their own
    assert.deepEqual(links(story + 'Harbour Wire\nMinister says 59 killed in a day\nTalks to resume in Osk on Friday'),
      ['Minister says 59 killed in a day', 'Talks to resume in Osk on Friday']);
  });

  it('leaves a headline and its deck, a section\'s title, a list after a colon and a results table alone', () => {
    assert.deepEqual(links('Port strike ends after nine days\nUnion says pay will rise 4% in July\n\nDockers returned to work on Monday, the union said.'), []);
    assert.deepEqual(links(story + 'Pay talks to resume in July\n\nThe union said pay would rise 4% in July.'), []);
    assert.deepEqual(links(story + 'The deal includes:\nPay rises of 4% in July\nTwo more rest days a year\n\nIt runs to 2027.'), []);
    assert.deepEqual(links(story + 'Lyme Rovers 2 Osk United 1\nPortvale Town 0 Elm City 3\n\nThe league resumes on Friday.'), []);
  });
});

describe('claims: a feed\'s entries with their age', () => {
  it('scores a headline followed by its age after a dash 0', () => {
    const text = 'Storm cuts power to 9,000 homes in Lyme - 13 mins ago\nMayor of Osk resigns over expenses - about 1 hour ago\n\nFloods closed 12 roads in Lyme on Monday, the council said.';
    const scores = scoresOf(text);
    assert.equal(scores.get('Storm cuts power to 9,000 homes in Lyme - 13 mins ago'), 0);
    assert.equal(scores.get('Mayor of Osk resigns over expenses - about 1 hour ago'), 0);
    assert.ok((scores.get('Floods closed 12 roads in Lyme on Monday, the council said.') ?? 0) > 0.5);
  });
});

describe('claims: links to other stories, and what they are not', () => {
  it('takes no byline, a fact box\'s line or a line of several lines for a link', () => {
    const story = 'Dockers in Lyme returned to work on Monday after a nine-day strike, the union said.\n\n';
    assert.deepEqual(links(story + 'Heatwave moves north away from the coast\nJo Bell and Ana Cruz\n\nTemperatures passed 42 degrees on Saturday.'), []);
    assert.deepEqual(links(story + 'Ports with strikes this year: 5 (Lyme, Osk)\nDockers on strike in June: 4,100\n\nTalks resume on Friday.'), []);
    assert.deepEqual(links(story + 'Current 818 million 979 million 882 million\nNet 415 million 490 million 412 million\n\nTalks resume on Friday.'), []);
  });
});
