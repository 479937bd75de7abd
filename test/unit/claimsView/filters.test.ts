import assert from 'node:assert/strict';
import { describeFilter, filterFromStored, filterToStored, isFiltered, NO_FILTER, type ClaimFilter } from '../../../src/claimsView/filters';
import { STATUS_NAME } from '../../../src/claimsView/labels';
import { articles, claimTexts, model } from './fixtures';

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
  });

  it('describes an active filter and nothing otherwise', () => {
    assert.equal(isFiltered(NO_FILTER), false);
    assert.equal(describeFilter(NO_FILTER, s => STATUS_NAME[s]), undefined);
    assert.equal(describeFilter({ statuses: new Set(['verified', 'disputed']), text: ' mayor ' }, s => STATUS_NAME[s]), 'Filtered: disputed, verified · “mayor”');
    assert.equal(describeFilter({ ...NO_FILTER, text: 'x' }, s => STATUS_NAME[s]), 'Filtered: “x”');
  });
});
