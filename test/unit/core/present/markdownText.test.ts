import assert from 'node:assert/strict';
import { isClaimTarget } from '../../../../src/core/present/hoverText';
import { commandTarget, escapeInline, escapeMultiline, noteAndSourcesMarkdown, sourceMarkdown, webUrl } from '../../../../src/core/present/markdownText';

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

  it("shortens a long URL's link text in the middle (an unbroken word cannot wrap in a hover) and keeps its target whole", () => {
    const long = `https://council.example.org/documents/budget-2026/${'appendix-'.repeat(12)}tram.pdf`;
    const markdown = sourceMarkdown(long);
    assert.deepEqual(linkTargets(markdown), [long]);
    const text = /^\[(.*)\]\(/.exec(markdown)![1].replace(/\\(.)/g, '$1');
    assert.equal(text.length, 70);
    assert.ok(text.startsWith('https://council.example.org/') && text.endsWith('tram.pdf') && text.includes('…'), text);
    assert.equal(sourceMarkdown('https://example.org/short'), '[https\\:\\/\\/example\\.org\\/short](https://example.org/short)');
  });

  it('encodes command arguments so the link target cannot end early', () => {
    const target = commandTarget('fc.v', { uri: 'file:///news/a (draft).md', key: 'k)' });
    assert.ok(!/[()\s]/.test(target), target);
    const args = JSON.parse(decodeURIComponent(target.slice('command:fc.v?'.length)));
    assert.deepEqual(args, { uri: 'file:///news/a (draft).md', key: 'k)' });
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
