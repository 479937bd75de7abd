import assert from 'node:assert/strict';
import { countByStyle, countStrongUnverified, statusBarText, statusBarTooltip } from '../../../../src/core/present/statusCounts';
import { claim, claims } from './fixtures';

describe('present: status bar counts', () => {
  it('counts by style, leaves out dismissed claims and empty styles but always shows unverified', () => {
    const counts = countByStyle(claims);
    assert.equal(counts.unverified, 3);
    assert.equal(statusBarText(counts), '$(check) 1 $(debug-disconnect) 1 $(question) 3');
    assert.equal(statusBarText(countByStyle([claim('v', 0, 5, { status: 'verified' })])), '$(check) 1 $(question) 0');
    assert.equal(statusBarTooltip(counts), 'Factcheck: 1 verified, 1 detached, 3 unverified');
    assert.equal(statusBarTooltip(counts, 2), 'Factcheck: 1 verified, 1 detached, 3 unverified (2 most check-worthy)');
    assert.equal(countStrongUnverified([claim('s', 0, 1, { score: 0.95 }), claim('w', 2, 3, { score: 0.6 }), claim('v', 4, 5, { score: 0.95, status: 'verified' })]), 1);
  });
});
