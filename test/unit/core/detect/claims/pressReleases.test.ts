import assert from 'node:assert/strict';
import { boilerplateSentences } from '../../../../../src/core/detect/claims/furniture';
import { splitSentences } from '../../../../../src/core/text/sentences';

// Made-up releases (press pass): the sender's "About" text and the legal note run on after their label's colon.
const boilerplate = (text: string): string[] => {
  const sentences = splitSentences(text);
  return [...boilerplateSentences(text, sentences)].map(i => sentences[i].text);
};

describe('claims: a press release\'s labelled standing text', () => {
  it('passes over "About X:" and "Forward-Looking Statements:" run on into their first sentence', () => {
    const text = 'Orbis Corp. (NYSE: ORBX) today said sales rose 12% in 2025.\n\n'
      + 'About Orbis Corp.: Orbis Corp. is a maker of pumps. Based in Holton, Oregon, it had $1.5 billion in revenue in 2025.\n\n'
      + 'Forward-Looking Statements: This release contains forward-looking statements about sales in 2026.\n';
    assert.deepEqual(boilerplate(text), [
      'About Orbis Corp.: Orbis Corp. is a maker of pumps.',
      'Based in Holton, Oregon, it had $1.5 billion in revenue in 2025.',
      'Forward-Looking Statements: This release contains forward-looking statements about sales in 2026.',
    ]);
    // (an "About" label of a name the story never gave is a heading of the story's own)
    assert.deepEqual(boilerplate('The show opened in May.\n\nAbout Face: The show drew 4,000 people in its first week.\n'), []);
  });
});
