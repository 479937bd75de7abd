import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readingView, sourceSpan, withoutEmphasis } from '../../../../src/core/text/readingView';

describe('the article without its link targets', () => {
  it('keeps a Markdown link\'s words and drops its brackets and destination, mapping each kept character back', () => {
    const source = 'Ask [Dana Reyes](https://example.org/Dana_Reyes) today.';
    const view = readingView(source);
    assert.equal(view.text, 'Ask Dana Reyes today.');
    const start = view.text.indexOf('Dana');
    assert.deepEqual(sourceSpan(view, source, start, start + 'Dana Reyes'.length), { start: 5, end: 15 });
    // a sentence opening or ending with a link takes its brackets and destination too
    assert.deepEqual(sourceSpan(view, source, start, start + 'Dana Reyes'.length, true), { start: 4, end: 48 });
    const all = sourceSpan(view, source, 0, view.text.length, true);
    assert.equal(source.slice(all.start, all.end), source);
  });

  it('blanks bare addresses and image destinations in place, leaving the sentence\'s full stop', () => {
    const source = 'See www.example.org/May-2024. ![Quay](https://img.example/Quay_2024.jpg) Read https://x.example/a?b=1.';
    const view = readingView(source);
    assert.equal(view.text.length, source.length);
    assert.equal(view.sourceOffsets, undefined);
    assert.equal(view.text, `See ${' '.repeat(24)}. ![Quay](${' '.repeat(33)}) Read ${' '.repeat(23)}.`);
    // an e-mail address too: its "daily" is no date, its "ana.reyes" no person
    assert.equal(readingView('Write to ana.reyes@daily.example by Friday.').text, `Write to ${' '.repeat(23)} by Friday.`);
  });

  it('reads brackets inside an address as part of it, as wiki addresses have them, but not the brackets around it', () => {
    const linked = readingView('The probe [Mercury](https://example.org/wiki/Mercury_(planet)) rose.');
    assert.equal(linked.text, 'The probe Mercury rose.');
    const bare = 'Read https://example.org/wiki/Ann_Orr_(judge)_Taylor now (or www.example.org).';
    const address = 'https://example.org/wiki/Ann_Orr_(judge)_Taylor';
    assert.equal(readingView(bare).text, `Read ${' '.repeat(address.length)} now (or ${' '.repeat('www.example.org'.length)}).`);
    const image = readingView('![Quay](pics/quay_(1).jpg) Quay Street.');
    assert.equal(image.text, `![Quay](${' '.repeat('pics/quay_(1).jpg'.length)}) Quay Street.`);
  });

  it('blanks a wiki picture\'s file name in place and keeps its caption', () => {
    const source = '[[Image:Dana Reyes Berlin.jpg|thumb|Reyes after her win in Berlin.]]\n[[File: Quay.png]] Then [[Other:Page]].';
    const view = readingView(source);
    assert.equal(view.sourceOffsets, undefined);
    assert.equal(view.text, `[[Image:${' '.repeat(21)}|thumb|Reyes after her win in Berlin.]]\n[[File:${' '.repeat(9)}]] Then [[Other:Page]].`);
  });

  it('leaves out inline HTML tags, and keeps block tags and other angle brackets', () => {
    const source = '<p>Ask <a href="https://example.org/Dana_Reyes">Dana <b>Reyes</b></a> today, if x < 5.</p>';
    const view = readingView(source);
    assert.equal(view.text, '<p>Ask Dana Reyes today, if x < 5.</p>');
    const start = view.text.indexOf('Dana');
    assert.equal(source.slice(sourceSpan(view, source, start, start + 10).start, sourceSpan(view, source, start, start + 10).end),
      'Dana <b>Reyes');
  });

  it('reads other spaces as spaces and leaves out soft hyphens and zero-width characters', () => {
    const source = 'Mr\u00a0Reyes met Ana Ru\u00adiz\u200b at 9\u202fa.m.';
    const view = readingView(source);
    assert.equal(view.text, 'Mr Reyes met Ana Ruiz at 9 a.m.');
    const start = view.text.indexOf('Ana');
    const span = sourceSpan(view, source, start, start + 'Ana Ruiz'.length);
    assert.equal(source.slice(span.start, span.end), 'Ana Ru\u00adiz');
  });

  it('is the article itself where it holds no address', () => {
    const source = 'The [draft] plan (2025) costs $3m.';
    assert.deepEqual(readingView(source), { text: source });
  });

  it('keeps every other character in order, no line break added or removed, on any text', () => {
    const piece = fc.constantFrom('[', ']', '(', ')', '](', '![', 'https://', 'www.', '.', ' ', '\n', 'Ana', 'Ruiz', '2025', '_', '/',
      '<a href="x">', '</a>', '<b>', '<', '>', '\u00a0', '\u00ad', '\u200b');
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 40 }).map(a => a.join('')), source => {
      const view = readingView(source);
      const at = view.sourceOffsets;
      assert.equal(view.text.split('\n').length, source.split('\n').length);
      if (!at) { assert.equal(view.text.length, source.length); return; }
      assert.equal(at.length, view.text.length);
      for (let i = 0; i < at.length; i++) {
        if (i > 0) assert.ok(at[i] > at[i - 1], 'in order');
        assert.ok(view.text[i] === source[at[i]] || view.text[i] === ' ', 'the same character, or an address blanked');
      }
    }), { numRuns: 500 });
  });
});

describe('the text without emphasis marks, as the people detector reads it', () => {
  it('drops the marks at words\' edges and keeps list markers, rules and marks inside words', () => {
    const source = '* **Dana Reyes**, 41, met _Ana Ruiz_.\n\n***\n\nfile_name *stays* * here';
    const view = withoutEmphasis(source);
    assert.equal(view.text, '* Dana Reyes, 41, met Ana Ruiz.\n\n***\n\nfile_name stays * here');
    const start = view.text.indexOf('Dana');
    assert.deepEqual(sourceSpan(view, source, start, start + 'Dana Reyes'.length), { start: 4, end: 14 });
    assert.deepEqual(withoutEmphasis('No marks here.'), { text: 'No marks here.' });
  });

  it('keeps every other character in order, and maps each back to itself, on any text', () => {
    const piece = fc.constantFrom('*', '**', '_', '__', '***', ' ', '\n', 'Ana', 'Ruiz', ',', '.', '2025', '-', "'");
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 30 }).map(a => a.join('')), source => {
      const view = withoutEmphasis(source);
      const at = view.sourceOffsets;
      if (!at) { assert.equal(view.text, source); return; }
      assert.equal(at.length, view.text.length);
      for (let i = 0; i < at.length; i++) {
        if (i > 0) assert.ok(at[i] > at[i - 1], 'in order');
        assert.equal(view.text[i], source[at[i]]);
      }
      assert.ok([...source].filter((_, i) => !at.includes(i)).every(c => c === '*' || c === '_'), 'only marks are dropped');
    }), { numRuns: 300 });
  });
});
