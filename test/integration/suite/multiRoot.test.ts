// A multi-root workspace (test/fixtures/multi-root/desks.code-workspace: a city desk and a sports desk folder): the
// index finds the articles of both roots without opening them, and the Claims view and the whole-workspace export list
// them, named from their root; each root's part of the export equals `factcheck report` on that folder. Runs in its
// own VS Code session (test/integration/run.js opens the workspace file; index.ts runs this file only there).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import { cliJsonReport, type JsonReport } from './cliReport';
import { waitFor } from './helpers';

describe('Multi-root workspace', () => {
  let api: FactcheckApi;
  const roots = () => vscode.workspace.workspaceFolders ?? [];
  const article = (root: number, name: string) => vscode.Uri.joinPath(roots()[root].uri, name);

  before(async () => {
    const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck')!;
    api = await extension.activate();
  });

  it('opens the two desks as two workspace folders', () => {
    assert.deepStrictEqual(roots().map(f => f.name), ['city-desk', 'sports-desk']);
  });

  it('lists the unopened articles of both roots in the Claims view', async () => {
    await api.reviews.whenIndexed();
    const listed = await waitFor('both roots’ articles', async () => {
      await api.reviews.whenIndexed();
      const model = await api.claimsTree!.provider.settle();
      const paths = model.roots().filter(n => n.kind === 'article').map(n => (n as { path: string }).path).sort();
      return paths.length === 2 ? paths : undefined;
    }, 20000);
    assert.deepStrictEqual(listed, ['city-desk/tram-line.md', 'sports-desk/stadium-roof.md']);
    for (const uri of [article(0, 'tram-line.md'), article(1, 'stadium-roof.md')]) {
      // an unopened article's claims are read from it when asked for
      const review = api.reviews.reviewOf(uri) ?? await api.reviews.load(uri);
      assert.ok(review && review.claims.length >= 2 && review.claims.every(c => c.status === 'unverified'), uri.toString());
    }
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.path.endsWith('.md')), 'no article was opened');
  });

  it('exports both roots, reviewed and detected claims, as `factcheck report` reports each folder', async () => {
    const stadium = article(1, 'stadium-roof.md');
    const attendance = api.reviews.reviewOf(stadium)!.claims.find(c => c.text.startsWith('Attendance rose'));
    assert.ok(attendance, 'the attendance sentence is a detected claim');
    await api.reviews.updateClaim(stadium, attendance, { status: 'disputed', note: 'League figures say 6 percent.' });
    await api.reviews.whenIdle();
    await waitFor('the verdict in the review', () => api.reviews.reviewOf(stadium)?.claims.some(c => c.status === 'disputed'));

    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-export-')), 'report.json'));
    const everything = api.reviews.articles().map(uri => uri.toString());
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('factcheck.claims.exportReport',
      { articles: everything, format: 'json', target: target.toString() });
    assert.ok(written, 'the export was written');
    const exported = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as JsonReport;
    const articles = [...new Set(exported.claims.map(c => c.article))].sort();
    assert.deepStrictEqual(articles, ['city-desk/tram-line.md', 'sports-desk/stadium-roof.md']);
    const disputed = exported.claims.filter(c => c.status === 'disputed');
    assert.deepStrictEqual(disputed.map(c => [c.article, c.untouched]), [['sports-desk/stadium-roof.md', false]]);
    assert.ok(exported.claims.some(c => c.article.startsWith('city-desk/') && c.untouched && c.id === null));

    for (const folder of roots()) {
      const cli = await cliJsonReport(folder.uri.fsPath);
      const mine = exported.claims.filter(c => c.article.startsWith(`${folder.name}/`))
        .map(c => ({ ...c, article: c.article.slice(folder.name.length + 1) }));
      assert.ok(mine.length > 0, folder.name);
      assert.deepStrictEqual(mine, cli.claims, folder.name);
    }
  });

  it('draws the desk’s overview above the Claims view: the disputed story first, a bar per article', async () => {
    await vscode.commands.executeCommand('factcheck.overview.focus');
    const overview = api.claimsTree!.overview;
    const body = await waitFor('the overview with the verdict', async () => {
      await api.claimsTree!.provider.settle();
      return /1 needs attention/.test(overview.body) ? overview.body : undefined;
    }, 20000);
    assert.match(body, /2 articles · \d+ claims/);
    assert.ok(body.indexOf('stadium-roof.md') >= 0 && body.indexOf('stadium-roof.md') < body.indexOf('tram-line.md'), body);
    assert.equal((body.match(/<svg class="bar"/g) ?? []).length, 3, 'every claim, then one bar per article');
    await vscode.commands.executeCommand('factcheck.claims.focus');
    await new Promise(resolve => setTimeout(resolve, 1500)); // rows render a moment after the view shows
    console.log('@@screenshot overview-multi-root'); // taken when SCREENSHOT_DIR is set (test/vscode-host/browser.js)
    await new Promise(resolve => setTimeout(resolve, 1000));
  });
});
