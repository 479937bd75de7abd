import assert from 'node:assert/strict';
import { csvField, escapeHtml, formatReport, overviewSvg, lineAt, lineStarts, reportRows, reportSummary, type ReportArticle } from '../../../../src/core/present/report';
import type { ReviewClaim } from '../../../../src/core/review/reviewClaims';
import type { ClaimAnnotation } from '../../../../src/core/sidecar/model';

const TEXT = 'Headline about the ferry\n\nThe ferry carried 1.2 million passengers in 2025.\r\nIt cost "€4 million", a spokesman said.\rLast line.';

function claim(text: string, over: Partial<ReviewClaim> = {}, annotation?: Partial<ClaimAnnotation>): ReviewClaim {
  const start = TEXT.indexOf(text);
  return {
    key: `k-${start}`, start: start >= 0 ? start : undefined, end: start >= 0 ? start + text.length : undefined, text,
    status: annotation?.status ?? 'unverified', origin: 'detected', orphaned: false, dismissed: false,
    annotation: annotation ? { id: 'c-1', status: 'unverified', origin: 'detected', anchor: { start: 0, end: 0, quote: text, prefix: '', suffix: '' }, ...annotation } : undefined,
    ...over,
  };
}

const META = { generated: '2026-03-12T09:30:00Z', scope: 'workspace desk' };

function article(): ReportArticle {
  return {
    article: 'news/ferry.md',
    text: TEXT,
    claims: [
      claim('The ferry carried 1.2 million passengers in 2025.', {}, {
        status: 'verified', note: 'Port annual report, p. 4', sources: ['https://example.org/report?year=2025', 'call with the port, 3 March'],
        reviewer: 'Ana', updated: '2026-03-10T08:00:00Z',
      }),
      claim('It cost "€4 million", a spokesman said.', {}, { status: 'disputed', note: 'Council says, "more"\nsecond line', reviewer: '=HYPERLINK("x")' }),
      claim('Last line.', { dismissed: true }),
      claim('The old ferry sank in 1990.', { orphaned: true, status: 'false' }, { status: 'false' }),
    ],
  };
}

describe('report: line numbers', () => {
  it('counts LF, CRLF and lone CR as one line break each', () => {
    const starts = lineStarts(TEXT);
    assert.equal(starts.length, 5);
    assert.equal(lineAt(starts, 0), 1);
    assert.equal(lineAt(starts, TEXT.indexOf('The ferry')), 3);
    assert.equal(lineAt(starts, TEXT.indexOf('It cost')), 4);
    assert.equal(lineAt(starts, TEXT.indexOf('Last line')), 5);
    assert.equal(lineAt(starts, TEXT.indexOf('\r\n') + 1), 3, 'the LF of a CRLF still belongs to its line');
  });
});

describe('report: rows', () => {
  it('leaves dismissed claims out, numbers lines from the text and has no line for orphaned claims', () => {
    const rows = reportRows([article()]);
    assert.deepEqual(rows.map(r => [r.line, r.status, r.orphaned]), [[3, 'verified', false], [4, 'disputed', false], [undefined, 'false', true]]);
    assert.deepEqual(rows[0].sources, ['https://example.org/report?year=2025', 'call with the port, 3 March']);
    assert.equal(rows[0].reviewer, 'Ana');
    assert.equal(rows[2].claim, 'The old ferry sank in 1990.');
  });

  it('has no line numbers when the article text is unknown', () => {
    const rows = reportRows([{ ...article(), text: undefined }]);
    assert.ok(rows.every(r => r.line === undefined));
  });

  it('summarises by status', () => {
    assert.equal(reportSummary(reportRows([article()])), '3 claims: 1 verified, 1 disputed, 1 false, 1 detached');
    assert.equal(reportSummary([]), '0 claims');
  });
});

describe('report: CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180) and ends records with CRLF', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('one\ntwo'), '"one\ntwo"');
    const csv = formatReport(reportRows([article()]), 'csv', META);
    assert.ok(csv.endsWith('\r\n'));
    const records = parseCsv(csv);
    assert.deepEqual(records[0], ['article', 'line', 'claim', 'status', 'note', 'sources', 'reviewer', 'updated']);
    assert.equal(records.length, 4);
    assert.deepEqual(records[1], ['news/ferry.md', '3', 'The ferry carried 1.2 million passengers in 2025.', 'verified',
      'Port annual report, p. 4', 'https://example.org/report?year=2025\ncall with the port, 3 March', 'Ana', '2026-03-10T08:00:00Z']);
    assert.equal(records[2][2], 'It cost "€4 million", a spokesman said.');
    assert.equal(records[2][4], 'Council says, "more"\nsecond line');
    assert.equal(records[3][1], '');
    assert.equal(records[3][3], 'false · detached');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    assert.equal(csvField('=1+1'), "'=1+1");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    const records = parseCsv(formatReport(reportRows([article()]), 'csv', META));
    assert.equal(records[2][6], '\'=HYPERLINK("x")');
  });
});

describe('report: HTML', () => {
  it('escapes every piece of text and links only http(s) sources', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const hostile = article();
    hostile.claims = [claim('The ferry carried 1.2 million passengers in 2025.', {}, {
      status: 'verified', note: '<script>alert(1)</script>', sources: ['javascript:alert(1)', 'https://example.org/a?b=1&c="2"'], reviewer: '<img src=x onerror=alert(1)>',
    })];
    const html = formatReport(reportRows([hostile]), 'html', META);
    assert.ok(!html.includes('<script>'), 'no script element from a note');
    assert.ok(!html.includes('<img'), 'no element from a reviewer name');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!/href="javascript:/.test(html), 'a javascript: source is not a link');
    assert.ok(html.includes('javascript:alert(1)'), 'but it is still listed as text');
    assert.ok(html.includes('<a href="https://example.org/a?b=1&amp;c=%222%22" rel="noopener noreferrer">'), html);
    assert.equal((html.match(/<tr>/g) ?? []).length, 2, 'header row and one claim row');
  });

  it('keeps the line breaks of a note', () => {
    const html = formatReport(reportRows([article()]), 'html', META);
    assert.ok(html.includes('Council says, &quot;more&quot;<br>second line'));
  });
});

describe('report: Markdown', () => {
  it('writes one table per article with escaped cells that stay on one line', () => {
    const md = formatReport(reportRows([article(), { article: 'sport.md', text: 'One.', claims: [] }]), 'markdown', META);
    const rows = md.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| Line') && !l.startsWith('| ---'));
    assert.equal(rows.length, 3);
    // readable as plain text: commas, full stops, quotes and parentheses are not escaped
    assert.ok(rows[1].includes('It cost "€4 million", a spokesman said.'), rows[1]);
    assert.ok(rows[1].includes('Council says, "more" second line'), 'note on one line');
    assert.ok(rows[1].includes('\\=HYPERLINK("x")'), 'a cell starting with a block marker is escaped');
    assert.ok(rows[0].includes('](<https://example.org/report?year=2025>)<br>call with the port, 3 March |'), rows[0]);
    assert.ok(rows[0].includes('| Ana | 2026-03-10 08:00 UTC |'), `one human time format: ${rows[0]}`);
    assert.ok(md.includes('workspace desk · generated 2026-03-12 09:30 UTC · 3 claims'), md.split('\n')[2]);
    assert.ok(!md.includes('## sport.md'), 'an article without claims gets no table');
    for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length, 9, `7 cells: ${row}`);
  });

  it('escapes only what Markdown would misread: emphasis, code, links, HTML, entities, edge underscores', () => {
    const hostile = 'See [the plan](https://x.example) <b>now</b> *really* `code` ~~no~~ &amp; snake_case _under_ \\ end';
    const cell = formatReport(reportRows([{ article: 'a.md', text: hostile, claims: [claim(hostile, { start: 0, end: hostile.length })] }]), 'markdown', META)
      .split('\n').find(l => l.startsWith('| 1 '))!.split(' | ')[1];
    assert.equal(cell, 'See \\[the plan\\](https://x.example) \\<b>now\\</b> \\*really\\* \\`code\\` \\~\\~no\\~\\~ \\&amp; snake_case \\_under\\_ \\\\ end');
  });

  it('escapes a pipe so it cannot split a cell', () => {
    const piped = { article: 'a.md', text: 'A | B rose 5%.', claims: [claim('A | B rose 5%.', { start: 0, end: 14 })] };
    const row = formatReport(reportRows([piped]), 'markdown', META).split('\n').find(l => l.startsWith('| 1 '))!;
    assert.equal(row.split(/(?<!\\)\|/).length, 9);
  });
});

describe('report: JSON', () => {
  it('lists every field, with null for what is missing', () => {
    const json = JSON.parse(formatReport(reportRows([article()]), 'json', META));
    assert.equal(json.generated, META.generated);
    assert.equal(json.claims.length, 3);
    assert.deepEqual(json.claims[2], {
      article: 'news/ferry.md', line: null, id: 'c-1', claim: 'The old ferry sank in 1990.', status: 'false', untouched: false,
      orphaned: true, changed: false, reviewed: null, note: null, sources: [], reviewer: null, updated: null,
    });
    assert.equal(json.claims[1].note, 'Council says, "more"\nsecond line');
  });

  it('marks a detected claim nobody reviewed as untouched and unverified, with no id', () => {
    const detected = { article: 'a.md', text: TEXT, claims: [claim('Last line.')] };
    const [row] = JSON.parse(formatReport(reportRows([detected]), 'json', META)).claims;
    assert.deepEqual([row.id, row.untouched, row.status, row.line], [null, true, 'unverified', 5]);
  });
});

describe('report: a claim changed since review', () => {
  const changed: ReviewClaim = {
    key: 'c-9', start: 0, end: 40, text: 'The grant for the bridge was not approved.', status: 'verified', origin: 'detected', orphaned: false,
    dismissed: false, changed: true, reviewedText: 'The grant for the bridge was approved.',
  };
  const rows = reportRows([{ article: 'news/bridge.md', text: changed.text, claims: [changed] }]);

  it('every format says so and gives the reviewed words beside the words now', () => {
    assert.equal(rows[0].changed, true);
    const json = JSON.parse(formatReport(rows, 'json', META));
    assert.equal(json.claims[0].changed, true);
    assert.equal(json.claims[0].reviewed, 'The grant for the bridge was approved.');
    assert.equal(json.claims[0].claim, 'The grant for the bridge was not approved.');
    for (const format of ['html', 'csv'] as const) {
      assert.match(formatReport(rows, format, META), /verified \(changed since review; reviewed: “The grant for the bridge was approved\.”\)/, format);
    }
    assert.ok(formatReport(rows, 'markdown', META).includes('| verified (changed since review; reviewed: “The grant for the bridge was approved.”) |'), 'readable as plain text');
    assert.match(reportSummary(rows), /1 changed since review/);
  });
});

/** A small RFC 4180 reader, so the test checks what a spreadsheet would read rather than the exact bytes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  return records;
}

describe('report: HTML overview', () => {
  it('opens with bars per status in all and per article, widths by share, before the first table', () => {
    const other = { article: 'desk/<b>tram</b>.md', text: TEXT, claims: [claim('Last line.')] };
    const html = formatReport(reportRows([article(), other]), 'html', META);
    const svgAt = html.indexOf('<svg');
    assert.ok(svgAt > 0 && svgAt < html.indexOf('<table>'), 'the picture comes before the tables');
    const svg = overviewSvg(reportRows([article(), other]));
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="(\d+)" width="([\d.]+)"[^>]*><title>(\d+) ([^<]+)<\/title>/g)]
      .map(m => ({ y: Number(m[1]), width: Number(m[2]), n: Number(m[3]), kind: m[4] }));
    // all claims: 1 verified, 1 disputed, 1 detached, 1 unverified (of 4) on a 320-wide bar
    assert.deepEqual(bars.filter(b => b.y === 0).map(b => [b.kind, b.n, b.width]).sort(),
      [['detached', 1, 80], ['disputed', 1, 80], ['unverified', 1, 80], ['verified', 1, 80]]);
    // the second article has one claim against the largest article's three: a third of the width
    const second = bars.filter(b => b.y === 3 * 18);
    assert.deepEqual(second.map(b => [b.kind, Math.round(b.width)]), [['unverified', 107]]);
    assert.ok(svg.includes('desk/&lt;b&gt;tram&lt;/b&gt;.md'), 'article names are escaped');
    assert.equal(overviewSvg([]), '');
  });
});
