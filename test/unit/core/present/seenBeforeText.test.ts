import assert from 'node:assert/strict';
import { explainMatch } from '../../../../src/core/match/explain';
import type { VerdictMatch } from '../../../../src/core/match/matchIndex';
import { claimTerms } from '../../../../src/core/match/terms';
import {
  appliedVerdictOf, isWarningMatch, planSeenBeforeHints, seenBeforeDescription, seenBeforeHint, seenBeforeMarkdown, seenBeforeOrder,
} from '../../../../src/core/present/seenBeforeText';

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

describe('seenBeforeMarkdown without links (the Claims view\'s tooltip)', () => {
  it('leaves out Open and Apply, keeps a published fact-check\'s page', () => {
    const text = seenBeforeMarkdown(match('false', 'The budget is 12 million euros.', 'The budget is 12 million euros.'));
    assert.ok(text.startsWith('$(warning) **Checked before: *false*'), text);
    assert.ok(!text.includes('command:'), text);
    assert.ok(!text.includes('Apply this verdict'), text);
    const published = { ...match('false', 'a', 'b'), verdict: { ...match('false', 'a', 'b').verdict, publisher: 'Harbour Checks', url: 'https://checks.example/b' } };
    assert.ok(seenBeforeMarkdown(published).endsWith('[$(link-external) Read the fact-check](https://checks.example/b)'), seenBeforeMarkdown(published));
  });
});

describe('seenBeforeOrder: disputed and false earlier verdicts first', () => {
  const scored = (status: string, score: number, id: string): VerdictMatch => ({ ...match(status, 'a', 'b'), score, verdict: { ...match(status, 'a', 'b').verdict, id } });

  it('puts a weaker disputed or false match before a closer verified one, best first within each', () => {
    const order = seenBeforeOrder([scored('verified', 0.95, 'v'), scored('false', 0.55, 'f'), scored('disputed', 0.7, 'd')]);
    assert.deepEqual(order.map(m => m.verdict.id), ['d', 'f', 'v']);
    assert.deepEqual(order.map(isWarningMatch), [true, true, false]);
  });

  it('keeps the closest other verdict when warnings would fill every place', () => {
    const order = seenBeforeOrder([scored('verified', 0.9, 'v'), scored('false', 0.8, 'f1'), scored('false', 0.7, 'f2'), scored('disputed', 0.6, 'd')], 3);
    assert.deepEqual(order.map(m => m.verdict.id), ['f1', 'f2', 'v']);
    assert.deepEqual(seenBeforeOrder([scored('false', 0.8, 'f1'), scored('false', 0.7, 'f2')], 3).map(m => m.verdict.id), ['f1', 'f2']);
    assert.deepEqual(seenBeforeOrder([scored('verified', 0.6, 'a'), scored('unverifiable', 0.9, 'b')], 1).map(m => m.verdict.id), ['b']);
    assert.deepEqual(seenBeforeOrder([]), []);
  });
});

describe('the hint after a claim and the claim row\'s description', () => {
  it('says a disputed or false earlier verdict prominently, by its status, and how many more there are', () => {
    const hint = seenBeforeHint([match('disputed', 'a', 'b'), match('verified', 'a', 'b')])!;
    assert.equal(hint.prominent, true);
    assert.equal(hint.text, '⚠ disputed before +1');
    assert.match(hint.label, /^Checked before: disputed in desk\/budget\.md and 1 more\./);
    assert.match(hint.label, /Ctrl\+K Ctrl\+I/, 'it says how to reach the hover from the keyboard');
  });

  it('says a verified or unverifiable earlier verdict quietly', () => {
    const hint = seenBeforeHint([match('verified', 'a', 'b')])!;
    assert.deepEqual({ prominent: hint.prominent, text: hint.text }, { prominent: false, text: '↺ checked before' });
    assert.equal(seenBeforeHint([]), undefined);
  });

  it('describes a claim row by its first earlier verdict, a warning for disputed and false', () => {
    assert.equal(seenBeforeDescription([match('false', 'a', 'b')]), '⚠ seen before: false');
    assert.equal(seenBeforeDescription([match('verified', 'a', 'b')]), 'seen before: verified');
    assert.equal(seenBeforeDescription([]), undefined);
  });

  it('plans one hint per placed claim with matches, in text order', () => {
    const hints = planSeenBeforeHints([
      [{ start: 50, end: 80 }, [match('verified', 'a', 'b')]],
      [{ start: 0, end: 20 }, [match('false', 'a', 'b')]],
      [{ start: 30, end: 40 }, []],
      [{}, [match('false', 'a', 'b')]],
    ]);
    assert.deepEqual(hints.map(h => [h.start, h.end, h.prominent, h.text]), [[0, 20, true, '⚠ false before'], [50, 80, false, '↺ checked before']]);
  });
});
