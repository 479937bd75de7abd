import assert from 'node:assert/strict';
import { shortenClaim } from '../../../../src/core/claimReview/shorten';

describe('shortenClaim', () => {
  const CLAIM = 'The city will build a 9 km tram line by 2030, the transport office said on Monday in a statement to the council.';

  it('keeps the whole claim on one line when no length or enough room is asked', () => {
    assert.deepEqual(shortenClaim('The city will\n  build a tram.'), { text: 'The city will build a tram.', shortened: false });
    assert.deepEqual(shortenClaim(CLAIM, 500), { text: CLAIM, shortened: false });
  });

  it('cuts at a clause boundary in the second half, with an ellipsis, within the length', () => {
    const short = shortenClaim(CLAIM, 75);
    assert.deepEqual(short, { text: 'The city will build a 9 km tram line by 2030…', shortened: true });
  });

  it('otherwise cuts at a word boundary and never ends on a dangling word', () => {
    const short = shortenClaim('Unemployment rose sharply in the northern districts of the region last year according to figures', 40);
    assert.ok(short.text.length <= 40, short.text);
    assert.equal(short.text, 'Unemployment rose sharply…');
    assert.ok(!/\b(?:in|the|of)…$/.test(shortenClaim('A bridge built in the year of the flood in the city of the river', 30).text));
  });

  it('keeps the whole claim, over length, when the words cut off would reverse it', () => {
    const claim = 'The minister said the grant covers the whole cost of the bridge, which the council has not confirmed.';
    assert.deepEqual(shortenClaim(claim, 60), { text: claim, shortened: false, keptWhole: true });
    const denied = 'Contractors were paid €18 million for repairs last year, a claim the ministry denied on Friday.';
    assert.equal(shortenClaim(denied, 50).keptWhole, true);
    assert.equal(shortenClaim("The mayor's office said the figures for the port weren't final yet.", 40).keptWhole, true);
  });
});
