import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { relatedLinks } from '../../../../../src/core/detect/claims/relatedLinks';
import { splitSentences } from '../../../../../src/core/text/sentences';

// Links to other stories set among a story's paragraphs, a feed's entries with their age, and pictures' alt text over
// a credit alone: made-up pages.
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

describe('claims: a picture\'s alt text over a credit alone', () => {
  it('takes a line with no stop over a credit in a paragraph of its own as the picture\'s, once the story has begun', () => {
    const text = 'Shares of Orsk Mining fell 22% on Tuesday after its results missed forecasts.\n\nChart of a falling share price drawn on a blackboard\n\nImage source: Harbour Wire.\n\nThe company cut its forecast to $1.40 a share.';
    const scores = scoresOf(text);
    assert.equal(scores.get('Chart of a falling share price drawn on a blackboard'), 0);
    assert.ok((scores.get('The company cut its forecast to $1.40 a share.') ?? 0) > 0.5);
    // over the story's first sentence, the line may be the headline, its picture dropped
    const top = 'Orsk Mining shares fall 22% after results miss forecasts\n\nImage source: Harbour Wire.\n\nShares of Orsk Mining fell 22% on Tuesday.';
    assert.ok((scoresOf(top).get('Orsk Mining shares fall 22% after results miss forecasts') ?? 0) > 0.5);
  });

  it('takes a picture\'s short title over its caption, the caption\'s own opening words, as the caption\'s', () => {
    const text = 'Floods closed 12 roads in Lyme on Monday, the council said.\n\nA resident wades through a flooded street in Lyme\n\nA resident wades through a flooded street in Lyme, May 6, 2025. WIRE/Jo Bell\n\nThe river fell 2 metres by Sunday.';
    assert.equal(scoresOf(text).get('A resident wades through a flooded street in Lyme'), 0);
  });
});

describe('claims: links to other stories, and what they are not', () => {
  it('takes no byline, a fact box\'s line or a line of several lines for a link', () => {
    const story = 'Dockers in Lyme returned to work on Monday after a nine-day strike, the union said.\n\n';
    assert.deepEqual(links(story + 'Heatwave moves north away from the coast\nJo Bell and Ana Cruz\n\nTemperatures passed 42 degrees on Saturday.'), []);
    assert.deepEqual(links(story + 'Ports with strikes this year: 5 (Lyme, Osk)\nDockers on strike in June: 4,100\n\nTalks resume on Friday.'), []);
  });
});
