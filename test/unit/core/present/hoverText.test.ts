import assert from 'node:assert/strict';
import { detection } from '../../../../src/core/detect/detection';
import type { ReviewClaim } from '../../../../src/core/review/reviewClaims';
import { claimHoverMarkdown, dateHoverMarkdown, personHoverMarkdown, type HoverCommands } from '../../../../src/core/present/hoverText';

const commands: HoverCommands = {
  setStatus: { verified: 'fc.v', disputed: 'fc.d', false: 'fc.f', unverifiable: 'fc.u', unverified: 'fc.r' }, confirm: 'fc.confirm',
  editNote: 'fc.note', addSource: 'fc.source', dismiss: 'fc.dismiss', restore: 'fc.restore', reattach: 'fc.reattach',
};

/** Every Markdown link target in a text (what a renderer would make clickable). */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)\)/g)].map(m => m[1]);
}

const hostile = 'See [this](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** $(zap)\n\n    code\n# heading\nhttps://evil.example/x';

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
    assert.match(orphan, /^\*\*Claim\*\* · \$\(debug-disconnect\) Disputed · detached — its sentence is no longer in the article/, 'the verdict it kept, and the one word');
    assert.ok(linkTargets(orphan).some(t => t.startsWith('command:fc.reattach?')));
  });

  it('describes people and dates', () => {
    assert.equal(personHoverMarkdown('Elena Marchetti', 3), '**Person** · Elena Marchetti — 3 mentions in this article');
    assert.equal(dateHoverMarkdown({ start: 0, end: 8, text: 'March 12', type: 'DATE', value: '2026-03-12', display: 'Thursday 12 March 2026' }, detection.displayDate), '**Date** · Thursday 12 March 2026');
    assert.equal(dateHoverMarkdown({ start: 0, end: 13, text: 'several years', type: 'DURATION', value: 'PXY' }, detection.displayDate), '**Date (duration)** · years');
    assert.equal(dateHoverMarkdown({ start: 0, end: 5, text: 'today', type: 'DATE', value: '2026-03-12', display: 'today, *12* March' }, detection.displayDate), '**Date** · today\\, \\*12\\* March');
    assert.match(dateHoverMarkdown({ start: 0, end: 5, text: 'later', type: 'DATE' }, detection.displayDate), /not resolved/);
  });
});
