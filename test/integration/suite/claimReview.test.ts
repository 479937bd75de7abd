// ClaimReview export and import inside a real VS Code: "Export as ClaimReview" from the Claims view writes a file
// every ClaimReview of which passes the validator, a detached verdict is refused, and a ClaimReview file in the
// workspace becomes earlier verdicts (a malformed one a problem at its line and column).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import { validateClaimReview } from '../../../src/core/claimReview/validate';
import { waitFor, workspaceUri } from './helpers';

const ARTICLE = [
  '---',
  'date: 2026-03-10',
  '---',
  '# Ferry timetable',
  '',
  'The harbour ferry will run every 20 minutes from May, port director Lena Brandt said on Monday.',
  '',
  'Ticket prices rose by 15 percent last year, according to the operator.',
  '',
].join('\n');
const VERIFIED = 'The harbour ferry will run every 20 minutes from May, port director Lena Brandt said on Monday.';
const GONE = 'The old ferry was built in 1931 by a Danish yard.';

function sidecar(): string {
  const start = ARTICLE.indexOf(VERIFIED);
  return [
    'version: 2', 'article: ferry.md', 'claims:',
    '  - id: c-ferry00001', '    status: verified', '    origin: detected', '    updated: 2026-03-12T09:40:00Z',
    '    anchor:', `      quote: "${VERIFIED}"`, '      prefix: "# Ferry timetable\\n\\n"', '      suffix: "\\n\\nTicket prices rose"',
    `      start: ${start}`, `      end: ${start + VERIFIED.length}`,
    `    reviewed: {quote: "${VERIFIED}", time: 2026-03-12T09:40:00Z}`,
    '  - id: c-ferry00002', '    status: "false"', '    origin: detected',
    '    anchor:', `      quote: "${GONE}"`, '      prefix: "zz"', '      suffix: "qq"', '      start: 400', '      end: 449',
    '',
  ].join('\n');
}

const encode = (text: string) => new TextEncoder().encode(text);
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('ClaimReview', function () {
  this.timeout(60000);
  let api: FactcheckApi;
  const folder = workspaceUri('claim-review');
  const article = workspaceUri('claim-review', 'ferry.md');
  const settings = () => vscode.workspace.getConfiguration('factcheck');

  before(async () => {
    api = await vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck')!.activate();
    await vscode.workspace.fs.writeFile(article, encode(ARTICLE));
    await vscode.workspace.fs.writeFile(workspaceUri('claim-review', 'ferry.md.factcheck.yaml'), encode(sidecar()));
    await settings().update('claimReview.organization', 'Harbour Desk', vscode.ConfigurationTarget.Workspace);
    await settings().update('claimReview.urlPattern', 'https://harbour.example.org/{path}', vscode.ConfigurationTarget.Workspace);
    // the verdicts read: a file system may report the new sidecar before it can be read (code-server's watcher in
    // the browser), and the store then looks again (workspaceEvents.ts)
    await api.reviews.discoverSidecars();
    await waitFor('the sidecar’s verdicts', () => api.reviews.reviewOf(article)?.claims.some(c => c.annotation?.id === 'c-ferry00001'), 20000);
  });

  after(async () => {
    await settings().update('claimReview.organization', undefined, vscode.ConfigurationTarget.Workspace);
    await settings().update('claimReview.urlPattern', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it("exports an article's verified claim from its Claims view node as a valid ClaimReview, leaving the detached one out", async () => {
    const target = workspaceUri('claim-review', 'out', 'ferry.claimreview.json');
    await vscode.workspace.fs.createDirectory(workspaceUri('claim-review', 'out'));
    // the article node's shape (its context menu), with a target instead of the save dialog
    const done = await vscode.commands.executeCommand<vscode.Uri>('factcheck.claims.exportClaimReview', { kind: 'article', uri: article.toString(), target: target.toString() });
    assert.strictEqual(done?.toString(), target.toString());
    const review = JSON.parse(await read(target));
    assert.deepStrictEqual(validateClaimReview(review), []);
    assert.strictEqual(review.claimReviewed, VERIFIED);
    assert.strictEqual(review.url, 'https://harbour.example.org/claim-review/ferry#c-ferry00001');
    assert.deepStrictEqual(review.reviewRating, { '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 });
    assert.deepStrictEqual(review.itemReviewed.author, { '@type': 'Person', name: 'Lena Brandt' });
    assert.strictEqual(review.itemReviewed.datePublished, '2026-03-10', 'the article\'s own date');
    assert.deepStrictEqual(review.author, { '@type': 'Organization', name: 'Harbour Desk' });
  });

  it('refuses to export a detached claim on its own, writing nothing', async () => {
    const target = workspaceUri('claim-review', 'out', 'gone.claimreview.json');
    const review = await waitFor('the review', () => api.reviews.reviewOf(article));
    const gone = review.claims.find(c => c.annotation?.id === 'c-ferry00002');
    assert.ok(gone?.orphaned, 'the second verdict is detached');
    // a claim node's shape ({ uri, key }): the claim's context menu
    const written = await vscode.commands.executeCommand('factcheck.claims.exportClaimReview', { uri: article.toString(), key: gone.key, target: target.toString() });
    assert.strictEqual(written, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
  });

  it('reads a ClaimReview file of the workspace as earlier verdicts with publisher and URL, and shows a malformed one in Problems', async function () {
    // the file watcher is what tells: on a loaded machine its events come seconds late
    this.timeout(180000);
    const imported = workspaceUri('claim-review', 'wire.claimreview.json');
    await vscode.workspace.fs.writeFile(imported, encode(JSON.stringify({
      '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'Ticket prices rose by 15 percent last year.',
      url: 'https://wire.example.org/checks/ferry-prices', author: { '@type': 'Organization', name: 'Harbour Wire' },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    }, null, 2)));
    const broken = workspaceUri('claim-review', 'broken.claimreview.json');
    await vscode.workspace.fs.writeFile(broken, encode('{\n  "@type": "ClaimReview",\n  "claimReviewed": "x",\n}\n'));
    const imports = api.importedVerdicts!;
    const verdict = await waitFor('the imported verdict', () => imports.verdicts().find(v => v.url === 'https://wire.example.org/checks/ferry-prices'), 50000);
    assert.deepStrictEqual([verdict.status, verdict.quote, verdict.publisher, verdict.article], ['false', 'Ticket prices rose by 15 percent last year.', 'Harbour Wire', 'claim-review/wire.claimreview.json']);
    const diagnostics = await waitFor('the problem of the malformed file', () => vscode.languages.getDiagnostics(broken).length ? vscode.languages.getDiagnostics(broken) : undefined, 50000);
    assert.strictEqual(diagnostics[0].range.start.line, 3);
    assert.strictEqual(diagnostics[0].range.start.character, 0);
    assert.match(diagnostics[0].message, /not valid JSON: expected a property name/);
    // the article's own sentence that repeats it shows the imported fact-check as checked before, by its publisher
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    const repeated = document.getText().indexOf('Ticket prices rose by 15 percent');
    const hover = await waitFor('Checked before in the hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(repeated + 3));
      const text = hovers.flatMap(h => h.contents).map(c => (c instanceof vscode.MarkdownString ? c.value : String(c))).join('\n');
      return text.includes('Checked before') ? text : undefined;
    }, 30000);
    assert.match(hover, /\*\*Checked before: \*false\* by Harbour Wire \(/);
    assert.ok(hover.includes('[$(link-external) Read the fact-check](https://wire.example.org/checks/ferry-prices)'), hover);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(imported);
    await waitFor('the deleted file to be forgotten', () => !imports.verdicts().some(v => v.url === 'https://wire.example.org/checks/ferry-prices'), 50000);
  });
});
