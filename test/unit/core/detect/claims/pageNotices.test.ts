import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isPageNotice } from '../../../../../src/core/detect/claims/pageNotices';

// The notices of a wiki-style news page and the entries of its "Sources" list (issue 14, Wikinews pass). Made-up lines.
describe('claims: a wiki-style page\'s notices and source entries', () => {
  it('knows a licence, a note on the text\'s origin, a disclosure, a source entry and a rating line', () => {
    for (const line of [
      'Permission is granted to copy, distribute and/or modify this document under the terms of the Creative Commons Attribution 2.5 licence.',
      'This text comes from Harbournews.', 'All text is available under the Creative Commons Attribution 4.0 licence.',
      'This is a complete or partial translation of the article "Tram line opens", from the Dutch language Harbournews.',
      'This article mentions the Harbour Foundation, one of its projects, or people related to it.',
      '"Storm hits jet near Osk" — Harbour Times, May 3, 2011', '“Ferry fares rise 12%” — Valley Press, 4 May 2011',
      'Ellen Tarrow. "Shares slide after $40 million loss" — City Ledger, May 4, 2011', '- "Mine reopens" — Portvale Post, 2011-05-02',
      '(Rating 0.0/5 Stars) Total Votes: 0',
    ]) assert.ok(isPageNotice(line), line);
    for (const line of [
      'Permission was refused by the council on Tuesday.', 'This text was sent to 4,000 voters before the poll.',
      'This article of the constitution was amended in 2011.', '"We will win," the mayor said on May 3, 2011.',
      '"We will build 40 homes" — the mayor, speaking on Tuesday', 'The rating agency cut its rating to 3/5 on Friday.',
      'The treaty was translated into 12 languages.',
    ]) assert.ok(!isPageNotice(line), line);
  });

  it('scores such lines 0, where the model scored a figure in a source\'s title as a claim', () => {
    assert.equal(claimScore('"Fund has raised $10 million" — Capital Ledger, December 12, 2008'), 0);
    assert.equal(claimScore('Permission is granted to copy, distribute and/or modify this document under the terms of the Creative Commons Attribution 2.5 licence.'), 0);
    assert.ok(claimScore('The fund has raised $10 million since December, its director said.') > 0.5);
  });
});
