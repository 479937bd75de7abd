import assert from 'node:assert/strict';
import { claimDescription, claimTooltipMarkdown, shortText } from '../../../src/claimsView/labels';
import { claim } from './fixtures';
import type { VerdictMatch } from '../../../src/core/match/matchIndex';

const earlier = (status: string): VerdictMatch => ({
  verdict: { article: 'city/budget.md', id: 'c-1', status, quote: 'The budget is 12 million euros.', reviewer: 'Ana' }, score: 0.8,
  explanation: { differingFigures: [], sameFigures: ['12 million euros'], differingYears: [], sameYears: [], sameNames: [], negationDiffers: false },
});

describe('Claims view labels', () => {
  it('shortens claims to one line', () => {
    assert.equal(shortText('  A claim\nover   two lines. '), 'A claim over two lines.');
    const long = shortText('word '.repeat(100));
    assert.equal(long.length, 80);
    assert.ok(long.endsWith('…'));
  });

  it('describes a claim as "status · reviewer", with a team status by its own name', () => {
    assert.equal(claimDescription(claim('x', 'disputed', {}, 'Ana'), 'disputed'), 'Disputed · Ana');
    assert.equal(claimDescription(claim('x', 'needs-legal'), 'unverified'), 'needs-legal');
    assert.equal(claimDescription(claim('x', 'false', { orphaned: true }), 'orphaned'), 'False · detached', 'a detached claim keeps its verdict');
  });

  it('says first that a claim was seen before, with a warning when the earlier verdict was disputed or false', () => {
    assert.equal(claimDescription(claim('x', 'unverified'), 'unverified', [earlier('false'), earlier('verified')]), '⚠ seen before: false · Unverified');
    assert.equal(claimDescription(claim('x', 'verified', {}, 'Lee'), 'verified', [earlier('verified')]), 'seen before: verified · Verified · Lee');
    const tooltip = claimTooltipMarkdown(claim('x', 'unverified'), 'unverified', [earlier('disputed'), earlier('verified')]);
    const disputedAt = tooltip.indexOf('$(warning) **Checked before: *disputed*');
    assert.ok(disputedAt > 0 && disputedAt < tooltip.indexOf('$(history) **Checked before:** *verified*'), tooltip);
    assert.ok(!tooltip.includes('command:'), 'the view\'s tooltips run no commands');
  });

  it('builds tooltips from escaped text only', () => {
    const hostile = claim('Click [here](command:evil) $(alert) <b>now</b>', 'verified', {}, '*Ana*', '![x](http://t/p.png)');
    hostile.annotation!.sources = ['javascript:alert(1)', 'https://example.org/a'];
    const md = claimTooltipMarkdown(hostile, 'verified');
    assert.ok(!md.includes('[here](command:evil)'));
    assert.ok(!md.includes('$(alert)'));
    assert.ok(!md.includes('<b>'));
    assert.ok(!md.includes('![x]'));
    assert.ok(!md.includes('](javascript:'));
    assert.ok(md.includes('](https://example.org/a)'));
    assert.ok(md.startsWith('$(check) **Verified · \\*Ana\\***'), md);
  });
});
