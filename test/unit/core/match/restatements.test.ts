import assert from 'node:assert/strict';
import { learnRestatements } from '../../../../src/core/match/restatements';

const pair = (heading: string, quote: string) => ({ heading: heading.split(' '), quote: quote.split(' ') });

describe('restatements', () => {
  it('reads a word a heading says where its quote says another, in several verdicts, as that word', () => {
    const learnt = learnRestatements([
      pair('ferry sank harbour', 'boat capsized harbour storm'),
      pair('ferry fire', 'boat burned pier'),
      pair('ferry fare', 'boat ticket price rose'),
      pair('mayor budget', 'council budget approved'),
      // headings that repeat their quotes: nothing traded, but a desk's size (chance is judged against it)
      ...Array.from({ length: 40 }, (_, i) => pair(`note${i}`, `note${i}`)),
    ]);
    assert.deepEqual(learnt.of('ferry'), ['boat']);
    assert.deepEqual(learnt.of('boat'), ['ferry']);
    // a word both sides say is no restatement, and words traded in fewer than three verdicts are chance
    assert.deepEqual(learnt.of('harbour'), []);
    assert.deepEqual(learnt.of('mayor'), []);
    assert.deepEqual(learnt.of('unknown'), []);
  });

  it('reads nothing into a word every heading says', () => {
    const templated = Array.from({ length: 100 }, (_, i) => pair(`story n${i}`, `${i % 2 ? 'harbour' : 'council'} item${i}`));
    const learnt = learnRestatements(templated);
    assert.deepEqual(learnt.of('story'), []);
    assert.deepEqual(learnt.of('harbour'), []);
  });

  it('leaves out words that meet only because one of them is everywhere', () => {
    // "photo" and "picture" trade in ten verdicts, and "photo" and "shows" too, but "shows" is in 400 quotes
    const photos = Array.from({ length: 10 }, (_, i) => pair(`photo topic${i}`, `picture shows thing${i}`));
    const others = Array.from({ length: 390 }, (_, i) => pair(`case${i}`, `shows item${i}`));
    const learnt = learnRestatements([...photos, ...others]);
    assert.deepEqual(learnt.of('photo'), ['picture']);
    assert.deepEqual(learnt.of('shows'), []);
  });
});
