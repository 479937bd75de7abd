import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { gallerySlides, isGalleryNote } from '../../../../../src/core/detect/claims/galleryNotes';

// A photo gallery's notes and slide counters: made-up lines.
describe('claims: a gallery\'s notes and slides', () => {
  it('knows a gallery\'s notes on what it holds and who put it together', () => {
    for (const line of ['This gallery contains photos from the week of May 3-9, 2025.', 'This gallery was produced by Ivo Brant in Lyme.',
      'This week\'s gallery includes dancers in Elmford and a flooded square in Lyme.',
      'From the floods in Lyme to the ferry strike in Elmford, this photo gallery highlights the week\'s most striking images.',
      'The selections were curated by photo editor Ana Ruiz in Lyme.']) assert.ok(isGalleryNote(line), line);
    for (const line of ['This gallery closed in 2019 after 40 years.', 'The gallery sold 3,000 tickets in May.', 'The selection of judges was made by the council.'])
      assert.ok(!isGalleryNote(line), line);
  });

  it('knows the counters of a gallery\'s slides only where two or more count to the same total', () => {
    const units = ['01 of 40 Front Row Ana Ruiz arrives at the gala in Lyme on May 1.', '02 of 40 Ivo Brant waves to fans in Elmford.',
      '3 of 4 Voters Say the port should stay public.'];
    assert.deepEqual([...gallerySlides(units)], [0, 1]);
    assert.deepEqual([...gallerySlides([units[2]])], []);
  });

  it('scores a gallery\'s note 0 and the story\'s sentence as before', () => {
    const text = 'This gallery contains photos from the week of May 3-9, 2025.\n\nThe port handled 41,000 containers in May, up 12% on the year.';
    const scores = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(scores.get('This gallery contains photos from the week of May 3-9, 2025.'), 0);
    assert.ok((scores.get('The port handled 41,000 containers in May, up 12% on the year.') ?? 0) > 0.5);
  });
});
