import assert from 'node:assert/strict';
import { endsLikeSentence, furnitureOf } from '../../../../../src/core/detect/claims/furniture';

describe('page furniture', () => {
  it('knows datelines and date stamps', () => {
    for (const line of ['October 31, 2025', 'Friday, October 31, 2025', '31 October 2025', 'Published 2025-10-31',
      'Business Desk — Friday, October 31, 2025', 'Updated: 3 March 2026, 14:05 GMT']) assert.equal(furnitureOf(line), 'dateline', line);
  });

  it('knows bylines and photo credits', () => {
    assert.equal(furnitureOf('By Dana Reyes and Tom Okafor'), 'byline');
    assert.equal(furnitureOf('By Dana Reyes, Harbour Wire'), 'byline');
    assert.equal(furnitureOf('Photo: Harbour Wire/Jo Bell'), 'credit');
    assert.equal(furnitureOf('Photograph by Jo Bell'), 'credit');
    assert.equal(furnitureOf('Residents wait for the tram. (Photo: Jo Bell/Harbour Wire)'), 'credit');
  });

  it('leaves sentences and headlines that say something alone', () => {
    for (const line of ['The council approved the line on October 31, 2025.', 'By 2030 the city will have 9 km of tram line',
      'Council approves 9 km tram line', 'Portvale dockworkers accept 7 percent pay rise']) assert.equal(furnitureOf(line), undefined, line);
  });

  it('tells a sentence from a headline or caption by its final punctuation', () => {
    assert.ok(endsLikeSentence('The line opens in May.'));
    assert.ok(endsLikeSentence('"It opens in May," she said.”'));
    assert.ok(endsLikeSentence('Does it open in May?'));
    assert.ok(!endsLikeSentence('Tram line opens in May'));
  });
});
