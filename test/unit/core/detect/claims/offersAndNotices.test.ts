import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';

// A money page's notices and a paywall's offer, pasted with the story (claims pass on new excerpts, 6 December):
// made-up lines.
describe('claims: a page\'s age and guidance notices, a paywall\'s offer and a score alone', () => {
  const scores = (text: string) => new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));

  it('scores the notices and the offer 0 and the story\'s sentences as before', () => {
    const story = 'The bank raised its savings rate to 4.1% on Monday, up from 3.8%.';
    const lines = ['It is now over 9 months old so the content may be out of date.',
      'This guide is for general guidance only and is not tax advice.',
      'All figures in this guide are correct at the time of writing, but rules may change.',
      'Try Premium for just $2', 'Full digital access for the first month at only $2',
      'Converts to an annual plan after 30 days unless cancelled', 'Gift 10 articles to a friend each month when you subscribe.',
      'Buy our new annual subscription package & enjoy our journalism plus puzzles and recipes.'];
    const got = scores([story, ...lines].join('\n\n'));
    for (const line of lines) assert.equal(got.get(line), 0, line);
    assert.ok((got.get(story) ?? 0) > 0.5);
  });

  it('says nothing of a line of a dash and a figure alone, and still reads a puppy\'s age', () => {
    const got = scores('– 7.5\n\nThe puppy is now over 6 months old and weighs 20 kg.');
    assert.equal(got.get('– 7.5'), 0);
    assert.ok((got.get('The puppy is now over 6 months old and weighs 20 kg.') ?? 0) > 0);
  });
});

describe('claims: a line that only points to the list after it', () => {
  it('scores the pointer 0 and keeps one with figures', () => {
    const text = 'Here\'s a rundown of the roads closed by the flood:\n\nBelow is a list of the shops that have shut.\n\n'
      + 'Here\'s a breakdown of the count: 41 ballots spoiled and 12 lost.\n\nThe bus fares are listed below.';
    const got = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(got.get('Here\'s a rundown of the roads closed by the flood:'), 0);
    assert.equal(got.get('Below is a list of the shops that have shut.'), 0);
    assert.equal(got.get('The bus fares are listed below.'), 0);
    assert.ok((got.get('Here\'s a breakdown of the count: 41 ballots spoiled and 12 lost.') ?? 0) > 0);
  });
});
