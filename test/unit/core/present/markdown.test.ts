import assert from 'node:assert/strict';
import type { ReviewClaim } from '../../../../src/core/review/reviewClaims';
import { claimHoverMarkdown, dateHoverMarkdown, isClaimTarget, personHoverMarkdown, type HoverCommands } from '../../../../src/core/present/hoverText';
import { commandTarget, escapeInline, escapeMultiline, noteAndSourcesMarkdown, sourceMarkdown, webUrl } from '../../../../src/core/present/markdownText';

const commands: HoverCommands = {
  setStatus: { verified: 'fc.v', disputed: 'fc.d', false: 'fc.f', unverifiable: 'fc.u', unverified: 'fc.r' }, confirm: 'fc.confirm',
  editNote: 'fc.note', addSource: 'fc.source', dismiss: 'fc.dismiss', restore: 'fc.restore', reattach: 'fc.reattach',
};

/** Every Markdown link target in a text (what a renderer would make clickable). */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map(m => m[1]);
}

const hostile = 'See [this](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** $(zap)\n\n    code\n# heading\nhttps://evil.example/x';

describe('present: escaping untrusted text', () => {
  it('makes links, HTML, emphasis, icons, headings and autolinks literal', () => {
    const escaped = escapeMultiline(hostile);
    assert.deepEqual(linkTargets(escaped), []);
    assert.ok(!/(?<!\\)[<>*#$[\]()]/.test(escaped), `unescaped punctuation in ${escaped}`);
    assert.ok(!escaped.includes('https://'), 'a bare URL stays text, not an autolink');
    assert.ok(!/^ {4}/m.test(escaped), 'indentation cannot start a code block');
    assert.ok(!escaped.includes('\n\n'), 'a blank line cannot start a new block');
  });

  it('keeps the words readable: removing the backslashes gives the text back', () => {
    assert.equal(escapeInline('Figures: 47 days (since Jan.)').replace(/\\(.)/g, '$1'), 'Figures: 47 days (since Jan.)');
    assert.equal(escapeMultiline('line one\nline two'), 'line one  \nline two');
  });

  it('links only http and https sources', () => {
    assert.ok(webUrl('https://example.org/report'));
    for (const bad of ['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd', 'vscode://x', 'call with the mayor']) {
      assert.equal(webUrl(bad), undefined, bad);
      assert.deepEqual(linkTargets(sourceMarkdown(bad)), [], bad);
    }
    assert.deepEqual(linkTargets(sourceMarkdown('https://example.org/a_(b)')), ['https://example.org/a_%28b%29']);
  });

  it('encodes command arguments so the link target cannot end early', () => {
    const target = commandTarget('fc.v', { uri: 'file:///news/a (draft).md', key: 'k)' });
    assert.ok(!/[()\s]/.test(target), target);
    const args = JSON.parse(decodeURIComponent(target.slice('command:fc.v?'.length)));
    assert.deepEqual(args, { uri: 'file:///news/a (draft).md', key: 'k)' });
  });
});

describe('present: hover text', () => {
  const claim: ReviewClaim = {
    key: 'c1', start: 0, end: 10, text: 'The bridge carries 40,000 vehicles a day.', status: 'disputed', origin: 'detected',
    orphaned: false, dismissed: false, score: 0.91, cues: ['number', 'attribution'],
    annotation: {
      id: 'c1', status: 'disputed', origin: 'detected', note: hostile, reviewer: 'Ana <b>M</b>', updated: '2026-03-12T09:30:00Z',
      sources: ['https://example.org/traffic-count', 'command:workbench.action.quit', 'phone call with the council'],
      anchor: { start: 0, end: 10, quote: 'x', prefix: '', suffix: '' },
    },
  };
  const markdown = claimHoverMarkdown(claim, { uri: 'file:///a.md', key: 'c1' }, commands);

  it('shows status, note, sources, reviewer, time and the cues explained', () => {
    assert.match(markdown, /\$\(warning\) Disputed/);
    assert.match(markdown, /\*\*Note:\*\* See \\\[this\\\]/);
    assert.match(markdown, /Ana \\<b\\>M\\<\/b\\>|Ana \\<b\\>M\\<\\\/b\\>/);
    assert.match(markdown, /2026-03-12 09:30 UTC/);
    assert.match(markdown, /score 0\.91, among the most check-worthy/);
    assert.match(markdown, /number — it states a figure/);
    assert.match(markdown, /attribution — it is attributed to someone/);
  });

  it('links only the http source and this extension\'s commands', () => {
    const targets = linkTargets(markdown);
    const web = targets.filter(t => t.startsWith('https:'));
    const own = targets.filter(t => /^command:fc\.(v|f|u|r|note|source|dismiss)\?/.test(t));
    assert.deepEqual(web, ['https://example.org/traffic-count']);
    assert.equal(own.length + web.length, targets.length, `unexpected link targets: ${targets.join(' ')}`);
    assert.ok(!targets.some(t => t.startsWith('command:fc.d?')), 'no link to the status the claim already has');
  });

  it('offers only "restore" on a dismissed claim and "re-attach" on an orphan', () => {
    const dismissed = claimHoverMarkdown({ ...claim, dismissed: true }, { uri: 'u', key: 'c1' }, commands);
    assert.deepEqual(linkTargets(dismissed).filter(t => t.startsWith('command:')).map(t => t.split('?')[0]), ['command:fc.restore']);
    const orphan = claimHoverMarkdown({ ...claim, orphaned: true, start: undefined, end: undefined }, { uri: 'u', key: 'c1' }, commands);
    assert.match(orphan, /no longer in the article/);
    assert.ok(linkTargets(orphan).some(t => t.startsWith('command:fc.reattach?')));
  });

  it('describes people and dates', () => {
    assert.equal(personHoverMarkdown('Elena Marchetti', 3), '**Person** · Elena Marchetti — 3 mentions in this article');
    assert.equal(dateHoverMarkdown({ start: 0, end: 8, text: 'March 12', type: 'DATE', value: '2026-03-12', display: 'Thursday 12 March 2026' }), '**Date** · Thursday 12 March 2026');
    assert.equal(dateHoverMarkdown({ start: 0, end: 13, text: 'several years', type: 'DURATION', value: 'PXY' }), '**Date (duration)** · years');
    assert.equal(dateHoverMarkdown({ start: 0, end: 5, text: 'today', type: 'DATE', value: '2026-03-12', display: 'today, *12* March' }), '**Date** · today\\, \\*12\\* March');
    assert.match(dateHoverMarkdown({ start: 0, end: 5, text: 'later', type: 'DATE' }), /not resolved/);
  });
});

describe('present: note, sources and command arguments', () => {
  it('renders a note and sources as escaped blocks, links only for http(s) sources', () => {
    assert.deepEqual(noteAndSourcesMarkdown(undefined), []);
    assert.deepEqual(noteAndSourcesMarkdown({ note: 'Port *office*\nconfirmed', sources: ['https://example.org/a', 'javascript:alert(1)'] }), [
      '**Note:** Port \\*office\\*  \nconfirmed',
      `**Sources:**\n- ${sourceMarkdown('https://example.org/a')}\n- ${sourceMarkdown('javascript:alert(1)')}`,
    ]);
    assert.ok(!sourceMarkdown('javascript:alert(1)').includes(']('));
  });

  it('knows a claim argument by its uri and key strings', () => {
    assert.equal(isClaimTarget({ uri: 'file:///a.md', key: 'c-1', note: 'x' }), true);
    for (const other of [undefined, null, 'file:///a.md', { uri: 'file:///a.md' }, { uri: 1, key: 'c-1' }, { path: '/a.md', scheme: 'file' }]) {
      assert.equal(isClaimTarget(other), false, JSON.stringify(other));
    }
  });
});
