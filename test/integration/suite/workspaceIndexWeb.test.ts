// The workspace index through VS Code's file system only (workspace.fs and findFiles, no Node): what the browser's
// web-worker host has, also on a virtual workspace (vscode-test-web://, as on github.dev). Runs in both hosts; the
// Node-only checks (the export equals the CLI, files changed behind VS Code's back) are in workspaceIndex.test.ts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import { readText, waitFor, workspaceUri, writeText } from './helpers';

// three claims left to review: the Overview lists the 25 articles with most needing attention or review, and with
// them this one comes before the one- and two-claim articles earlier suites may have left in the workspace
const STORY = 'The ferry operator carried 1.2 million passengers in 2025, up 8 percent, its annual report said.\n\n'
  + 'Ticket sales brought in 14.6 million euros, 3 percent more than in 2024, the finance director said.\n\n'
  + 'The operator ordered two new vessels in March for 38 million euros.\n\nMost of them crossed on weekday mornings.\n';
const EDITED = 'The harbour board raised mooring fees by 12 percent on Monday, its chair said.\n';

describe('Workspace index through VS Code’s file system', () => {
  let api: FactcheckApi;
  const article = workspaceUri('index-web', 'ferry-numbers.md');
  const hidden = workspaceUri('index-web', 'node_modules', 'pkg', 'README.md');
  const exported = workspaceUri('index-web-report.json');
  const listed = () => api.reviews.articles().map(uri => uri.toString());

  before(async () => {
    api = await vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck')!.activate();
  });

  after(async () => {
    for (const uri of [workspaceUri('index-web'), exported]) {
      await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('lists and analyses an article nobody opened, and nothing under node_modules; the Claims view and Overview show it', async () => {
    await vscode.workspace.fs.createDirectory(workspaceUri('index-web', 'node_modules', 'pkg'));
    await writeText(hidden, STORY);
    await writeText(article, STORY);
    const review = await waitFor('the unopened article’s detected claims', async () => {
      await api.reviews.whenIndexed();
      return api.reviews.reviewOf(article)?.claims.some(c => c.text.startsWith('The ferry operator')) ? api.reviews.reviewOf(article) : undefined;
    }, 30000);
    assert.ok(review.claims.every(c => c.status === 'unverified' && !c.annotation));
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === article.toString()), 'the article was never opened');
    assert.ok(!listed().includes(hidden.toString()), 'nothing under node_modules');

    const model = await api.claimsTree!.provider.settle();
    const inView = model.roots().filter(n => n.kind === 'article').map(n => (n as { path: string }).path);
    assert.ok(inView.includes('index-web/ferry-numbers.md'), inView.join(' '));

    await vscode.commands.executeCommand('factcheck.overview.focus');
    const overview = api.claimsTree!.overview;
    const body = await waitFor('the overview listing the article', async () => {
      await api.claimsTree!.provider.settle();
      return overview.body.includes('ferry-numbers.md') ? overview.body : undefined;
    }, 20000);
    assert.match(body, /\d+ articles · \d+ claims/);
    await vscode.commands.executeCommand('factcheck.claims.focus');
  });

  it('exports the unopened article’s claims, written through workspace.fs', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('factcheck.claims.exportReport',
      { articles: [article.toString()], format: 'json', target: exported.toString() });
    assert.ok(written, 'the export was written');
    const report = JSON.parse((await readText(exported))!);
    const claims: { article: string; claim: string; untouched: boolean; status: string }[] = report.claims;
    assert.ok(claims.length > 0);
    assert.ok(claims.every(c => c.article === 'index-web/ferry-numbers.md' && c.untouched && c.status === 'unverified'), JSON.stringify(claims));
    assert.ok(claims.some(c => c.claim.startsWith('The ferry operator carried 1.2 million passengers')));
  });

  it('follows the article changed and deleted through workspace.fs while it is not open', async () => {
    await writeText(article, EDITED);
    await waitFor('the changed text', () => {
      const claims = api.reviews.reviewOf(article)?.claims ?? [];
      return claims.some(c => c.text.startsWith('The harbour board')) && !claims.some(c => c.text.startsWith('The ferry operator'));
    }, 30000);
    await vscode.workspace.fs.delete(article);
    await waitFor('the deleted article to leave the list', () => !listed().includes(article.toString()), 30000);
  });
});
