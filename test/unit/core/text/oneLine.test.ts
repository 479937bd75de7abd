import assert from 'node:assert/strict';
import { shortText } from '../../../../src/core/text/oneLine';

describe('text: one line', () => {
  it('collapses whitespace and keeps what fits', () => {
    assert.equal(shortText('  The ferry\n\tcarried   3,200 passengers. '), 'The ferry carried 3,200 passengers.');
  });

  it('ends what is longer than the room in an ellipsis, at exactly `max` characters', () => {
    const short = shortText('word '.repeat(40), 20);
    assert.equal(short.length, 20);
    assert.ok(short.endsWith('…'));
  });

  it('says there is more when a long text is mostly whitespace', () => {
    const text = `Start.${' '.repeat(500)}The end.`;
    assert.equal(shortText(text, 20), 'Start.…');
  });
});
