import assert from 'node:assert/strict';
import { explainMatch } from '../../../../src/core/match/explain';
import type { VerdictMatch } from '../../../../src/core/match/matchIndex';
import { claimTerms } from '../../../../src/core/match/terms';
import { appliedVerdictOf, seenBeforeMarkdown } from '../../../../src/core/present/seenBeforeText';

const LINKS = { open: { command: 'x.open', args: { article: 'desk/budget.md' } }, apply: { command: 'x.apply', args: { key: 'k' } } };

function match(status: string, claim: string, quote: string): VerdictMatch {
  return {
    verdict: { article: 'desk/budget.md', id: 'c-7', status, quote, reviewer: 'Ana', updated: '2026-03-03T10:05:00Z', line: 4, note: 'Minutes say 10 million', sources: ['https://example.org/m'] },
    score: 0.6312, explanation: explainMatch(claimTerms(claim), claimTerms(quote)),
  };
}

describe('seenBeforeMarkdown', () => {
  it('leads a disputed or false earlier verdict with a warning, the differing figure first, then quote, note, sources and links', () => {
    const text = seenBeforeMarkdown(match('false', 'The budget is 15 million euros.', 'The budget is 12 million euros.'), LINKS);
    const [head, quote, ...rest] = text.split('\n\n');
    assert.equal(head, '$(warning) **Checked before: *false* in desk\\/budget\\.md:4, 2026-03-03, by Ana** — different figure\\: 15 million euros\\, earlier 12 million euros (match 0.63)');
    assert.equal(quote, '> The budget is 12 million euros\\.');
    assert.ok(rest.some(part => part.includes('Minutes say 10 million')));
    assert.ok(rest.some(part => part.includes('(https://example.org/m)')));
    assert.equal(rest[rest.length - 1], '[$(go-to-file) Open](command:x.open?%7B%22article%22%3A%22desk%2Fbudget.md%22%7D) · [$(check-all) Apply this verdict](command:x.apply?%7B%22key%22%3A%22k%22%7D)');
  });

  it('shows a verified earlier verdict plainly', () => {
    const head = seenBeforeMarkdown(match('verified', 'The budget is 12 million euros.', 'The budget is 12 million euros.'), LINKS).split('\n\n')[0];
    assert.equal(head, '$(history) **Checked before:** *verified* in desk\\/budget\\.md:4, 2026-03-03, by Ana — same figure 12 million euros (match 0.63)');
  });

  it('says an imported fact-check by its publisher and links its page (http and https only)', () => {
    const imported = (url: string): VerdictMatch => {
      const base = match('false', 'The budget is 12 million euros.', 'The budget is 12 million euros.');
      const { reviewer: _reviewer, line: _line, ...verdict } = base.verdict;
      return { ...base, verdict: { ...verdict, article: 'checks/city.claimreview.json', publisher: 'Harbour Checks', url } };
    };
    const text = seenBeforeMarkdown(imported('https://checks.example/budget (2)'), LINKS);
    assert.ok(text.startsWith('$(warning) **Checked before: *false* by Harbour Checks (checks\\/city\\.claimreview\\.json), 2026-03-03** — same figure'), text);
    assert.ok(text.endsWith(' · [$(link-external) Read the fact-check](https://checks.example/budget%20%282%29)'), text);
    assert.ok(!seenBeforeMarkdown(imported('javascript:alert(1)'), LINKS).includes('Read the fact-check'));
  });

  it('applies status, note, sources and the reference article#id', () => {
    assert.deepEqual(appliedVerdictOf(match('disputed', 'a', 'b')), { status: 'disputed', from: 'desk/budget.md#c-7', note: 'Minutes say 10 million', sources: ['https://example.org/m'] });
  });
});
