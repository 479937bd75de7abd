import assert from 'node:assert/strict';
import { splitSentences } from '../../../../src/core/text/sentences';

const texts = (text: string) => splitSentences(text).map(s => s.text);

// Where labels and counters were glued onto a story's sentence (claims leftovers pass, 6 December): made-up pages.
describe('splitSentences: labels, counters and credits round a sentence', () => {
  it('keeps a thread\'s counter apart from the next post\'s sentence', () => {
    assert.deepEqual(texts('The mayor is wrong, for two reasons. (1/3)\nThe £40 figure counts two cuts, each of one point.'),
      ['The mayor is wrong, for two reasons.', '(1/3)', 'The £40 figure counts two cuts, each of one point.']);
  });

  it('ends a story\'s last sentence before its writers\' initials and agencies', () => {
    assert.deepEqual(texts('The other ground crew firm is not on strike.\nab/cd (Wire, dpa)'),
      ['The other ground crew firm is not on strike.', 'ab/cd (Wire, dpa)']);
  });

  it('does not run a button\'s label into a paragraph pasted as one line', () => {
    const paragraph = 'Lyme has long threatened to close the Elm Strait, the narrow channel through which a fifth of the region\'s grain passes on its way to the harbours of the south coast.';
    assert.deepEqual(texts(`Follow on\n${paragraph}`), ['Follow on', paragraph]);
    // (a wrapped line ending on "on" goes on as before)
    assert.deepEqual(texts('The council will vote on\nthe budget next week.'), ['The council will vote on\nthe budget next week.']);
  });

  it('does not run a teaser\'s labelled headline into the next line', () => {
    assert.deepEqual(texts('Lyme Harbour\nDocs: Board report on the ferry collision at the north pier\nNo warning was given by the crew, the report says.'),
      ['Lyme Harbour', 'Docs: Board report on the ferry collision at the north pier', 'No warning was given by the crew, the report says.']);
  });
});

describe('splitSentences: a lead-in before an inline bullet, a link glued to a paragraph', () => {
  it('ends a lead-in at its colon before a bullet run into its line', () => {
    assert.deepEqual(texts('Her record in brief: - In 2014, Rook became the youngest mayor of Lyme.'),
      ['Her record in brief:', 'In 2014, Rook became the youngest mayor of Lyme.']);
    // (a colon before a negative figure is no bullet)
    assert.deepEqual(texts('The change: -3 points on the year.'), ['The change: -3 points on the year.']);
  });

  it('ends a related story\'s headline where it is glued to the next sentence', () => {
    assert.deepEqual(texts('Also Read | Port strike ends after two weeksThe new cranes will be kept on standby.'),
      ['Also Read | Port strike ends after two weeks', 'The new cranes will be kept on standby.']);
    // (a name's inner capital is no seam)
    assert.deepEqual(texts('Also Read | McAllister wins the harbour race'), ['Also Read | McAllister wins the harbour race']);
  });
});
