import assert from 'node:assert/strict';
import { describeFilter, filterFromStored, filterToStored, isFiltered, NO_FILTER, type ClaimFilter } from '../../../src/claimsView/filters';
import { STATUS_NAME } from '../../../src/claimsView/labels';
import { ClaimsTreeModel, DigestCache } from '../../../src/claimsView/grouping';
import { articles, claimTexts, model, WORKSPACE } from './fixtures';

describe('Claims view filters', () => {
  it('shows only the picked statuses, dismissed ones when asked', () => {
    const m = model('article', { statuses: new Set(['dismissed', 'verified']), text: '' });
    assert.deepEqual(articles(m.roots()).map(a => [a.name, a.total]), [['broken.md', 0], ['page 2.md', 1], ['stadium.md', 1]]);
    assert.deepEqual(claimTexts(m.children(articles(m.roots())[1])), ['Residents love the new park.']);
  });

  it('matches words in the text, note and reviewer, ignoring case', () => {
    const texts = (text: string) => { const m = model('article', { ...NO_FILTER, text }); return articles(m.roots()).flatMap(a => claimTexts(m.children(a))); };
    assert.deepEqual(texts('TRAM'), ['The tram line cost 90 million.']);
    assert.deepEqual(texts('+70%'), ['Rents doubled since 2015, the agency said.']);
    assert.deepEqual(texts('lee'), ['The stadium holds 41,000 fans.']);
    assert.deepEqual(texts('nothing like this'), []);
  });

  it('shows only the claims seen before, counted by status in their articles and groups', () => {
    const seen = new Set(['Rents doubled since 2015, the agency said.', 'Ticket prices rose 12 percent.', 'The mayor was born in 1970.']);
    const filter: ClaimFilter = { ...NO_FILTER, seenBefore: true };
    const byArticle = new ClaimsTreeModel(WORKSPACE, 'article', filter, new DigestCache(), claim => seen.has(claim.text));
    const roots = articles(byArticle.roots());
    assert.deepEqual(roots.map(a => [a.name, a.total]), [['broken.md', 0], ['page 2.md', 2], ['stadium.md', 1]]);
    assert.deepEqual(claimTexts(byArticle.children(roots[1])), ['Rents doubled since 2015, the agency said.']);
    assert.deepEqual(roots[1].counts.disputed + roots[1].counts.orphaned, 2);
    const byStatus = new ClaimsTreeModel(WORKSPACE, 'status', filter, new DigestCache(), claim => seen.has(claim.text));
    const groups = byStatus.roots().filter(n => n.kind === 'status');
    assert.deepEqual(groups.map(g => g.kind === 'status' && [g.status, g.count]), [['unverified', 1], ['disputed', 1], ['orphaned', 1]]);
    // with the other filters: both must hold
    const both = new ClaimsTreeModel(WORKSPACE, 'article', { ...filter, text: 'ticket' }, new DigestCache(), claim => seen.has(claim.text));
    assert.deepEqual(articles(both.roots()).flatMap(a => claimTexts(both.children(a))), ['Ticket prices rose 12 percent.']);
    // nothing answers "seen before": nothing is shown, never everything
    assert.deepEqual(articles(new ClaimsTreeModel(WORKSPACE, 'article', filter).roots()).map(a => a.total), [0]);
  });

  it('round-trips through workspace state and drops unknown statuses', () => {
    const filter: ClaimFilter = { statuses: new Set(['disputed', 'false']), text: 'mayor' };
    const back = filterFromStored(JSON.parse(JSON.stringify(filterToStored(filter))));
    assert.deepEqual([...back.statuses].sort(), ['disputed', 'false']);
    assert.equal(back.text, 'mayor');
    assert.deepEqual([...filterFromStored({ statuses: ['made-up'] }).statuses], [...NO_FILTER.statuses]);
    assert.deepEqual(filterFromStored(undefined), { statuses: NO_FILTER.statuses, text: '' });
    // a filter stored before `changed` existed never hides changed claims; one stored since keeps its choice
    assert.ok(filterFromStored({ statuses: ['verified'] }).statuses.has('changed'));
    assert.ok(!filterFromStored({ statuses: ['verified'], knowsChanged: true }).statuses.has('changed'));
    assert.equal(filterFromStored(JSON.parse(JSON.stringify(filterToStored({ ...NO_FILTER, seenBefore: true })))).seenBefore, true);
    assert.equal(filterFromStored(filterToStored(NO_FILTER)).seenBefore, undefined);
  });

  it('describes an active filter and nothing otherwise', () => {
    assert.equal(isFiltered(NO_FILTER), false);
    assert.equal(describeFilter(NO_FILTER, s => STATUS_NAME[s]), undefined);
    assert.equal(describeFilter({ statuses: new Set(['verified', 'disputed']), text: ' mayor ' }, s => STATUS_NAME[s]), 'Filtered: disputed, verified · “mayor”');
    assert.equal(describeFilter({ ...NO_FILTER, text: 'x' }, s => STATUS_NAME[s]), 'Filtered: “x”');
    assert.equal(isFiltered({ ...NO_FILTER, seenBefore: true }), true);
    assert.equal(describeFilter({ ...NO_FILTER, text: 'x', seenBefore: true }, s => STATUS_NAME[s]), 'Filtered: seen before · “x”');
  });
});
