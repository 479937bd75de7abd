// The workspace index: every article of the workspace in the Claims view and the export, opened or not; the export
// equals `factcheck report` over the same folder; files changed outside VS Code follow. Runs last (file order), so the
// workspace holds what the other suites left: the comparison covers reviewed, orphaned and untouched claims alike.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import type { ArticleNode } from '../../../src/claimsView/grouping';
import { DEFAULT_EXCLUDE, globMatcher, isArticleFile } from '../../../src/core/workspace/articleFiles';
import { cliJsonReport } from './cliReport';
import { waitFor, workspaceUri } from './helpers';

const STORY = 'The council approved a budget of $4.2 million on Tuesday, officials said.\n\nUnemployment fell to 3.1 percent last year, according to the statistics office.\n';
const EDITED = 'Ticket sales rose 40 percent in 2025, the operator said in its annual report.\n';

/** Article files on disk under the workspace, as the CLI's rule and default exclude list see them. */
function articlesOnDisk(root: string): string[] {
  const excluded = globMatcher(DEFAULT_EXCLUDE);
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (excluded(child)) continue;
      if (entry.isDirectory()) walk(child);
      else if (isArticleFile(entry.name)) found.push(child);
    }
  };
  walk('');
  return found.sort();
}

async function closeEverything(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Workspace index', () => {
  let api: FactcheckApi;
  let root: string;

  before(async () => {
    const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck')!;
    api = await extension.activate();
    root = workspaceUri().fsPath;
    await closeEverything();
  });

  it('lists every article of the workspace, opened or not, and nothing under node_modules', async () => {
    const hidden = path.join(root, 'node_modules', 'pkg');
    fs.mkdirSync(hidden, { recursive: true });
    fs.writeFileSync(path.join(hidden, 'README.md'), STORY);
    fs.writeFileSync(path.join(root, 'unopened-story.md'), STORY);
    const expected = articlesOnDisk(root);
    assert.ok(expected.includes('unopened-story.md') && expected.includes('river-ferry.md'), expected.join(' '));
    const listed = () => api.reviews.articles().map(uri => vscode.workspace.asRelativePath(uri, false)).sort();
    // every article on disk is listed (an article deleted by another suite may stay listed through its sidecar until
    // it is loaded: that is the sidecar's listing, not the index's), and nothing under node_modules
    await waitFor('every article listed', async () => {
      await api.reviews.whenIndexed();
      const now = new Set(listed());
      return expected.every(a => now.has(a)) && ![...now].some(a => a.startsWith('node_modules/'));
    }, 20000).catch(error => {
      throw new Error(`${error.message}: listed ${listed().join(' ')}; on disk ${expected.join(' ')}`);
    });
    const review = await waitFor('the unopened article’s detected claims', () => api.reviews.reviewOf(workspaceUri('unopened-story.md')));
    assert.ok(review.claims.length > 0 && review.claims.every(c => c.status === 'unverified' && !c.annotation));
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.path.endsWith('unopened-story.md')), 'the article was never opened');

    const model = await api.claimsTree!.provider.settle();
    const inView = model.roots().filter(n => n.kind === 'article').map(n => (n as { path: string }).path);
    assert.ok(inView.includes('unopened-story.md'), inView.join(' '));
  });

  it('exports the same JSON report as `factcheck report` on the folder', async () => {
    // the fixture folder claims-view/ (reviewed, orphaned and untouched claims; the rest of the workspace holds what
    // other suites left, such as a 5 MB file above factcheck.maxAnalysisSize, which only the CLI analyses unasked)
    const folder = 'claims-view';
    await api.reviews.whenIdle();
    await api.reviews.whenIndexed();
    await api.claimsTree!.provider.settle();
    const listedInFolder = () => api.reviews.articles().filter(uri => vscode.workspace.asRelativePath(uri, false).startsWith(`${folder}/`));
    const onDisk = articlesOnDisk(path.join(root, folder));
    // (an article another suite deleted leaves the listing when the file watcher's event has been handled)
    await waitFor('the folder listed as it is on disk', () => listedInFolder().map(uri => path.basename(uri.path)).sort().join() === onDisk.join(), 20000)
      .catch(() => assert.deepStrictEqual(listedInFolder().map(uri => path.basename(uri.path)).sort(), onDisk));
    const inFolder = listedInFolder();
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-export-')), 'report.json'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('factcheck.claims.exportReport',
      { articles: inFolder.map(uri => uri.toString()), format: 'json', target: target.toString() });
    assert.ok(written, 'the export was written');
    const exported = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));

    const cli = await cliJsonReport(path.join(root, folder));
    delete exported.generated;
    delete cli.generated;
    // the export names articles from the workspace root and its scope is the workspace; the CLI's from the folder
    exported.scope = cli.scope;
    for (const claim of exported.claims) claim.article = claim.article.replace(`${folder}/`, '');
    assert.ok(exported.claims.some((c: { untouched: boolean }) => c.untouched), 'detected claims are in the export');
    assert.ok(cli.claims.some((c: { untouched: boolean }) => c.untouched), 'and in the CLI report');
    assert.ok(exported.claims.some((c: { untouched: boolean }) => !c.untouched), 'reviewed claims are in the export');
    assert.deepStrictEqual(exported, cli);
  });

  it('shows an unopened article by its counts, unexpanded, and expands it to its detected claims', async () => {
    const file = path.join(root, 'archive-story.md');
    const uri = workspaceUri('archive-story.md');
    fs.writeFileSync(file, STORY);
    const provider = api.claimsTree!.provider;
    const expected = (await cliJsonReport(file)).claims.map((c: { claim: string }) => c.claim);
    assert.ok(expected.length >= 2, 'the story has claims');
    const articleRow = async () => {
      await api.reviews.whenIndexed();
      await provider.settle();
      return (await provider.getChildren()).find((n): n is ArticleNode => n.kind === 'article' && n.uri === uri.toString());
    };
    const row = await waitFor('the article’s row', articleRow, 20000);
    assert.deepStrictEqual([row.total, row.counts.unverified], [expected.length, expected.length]);
    assert.strictEqual(provider.getTreeItem(row).description, `${expected.length} unverified`);
    const entry = (await provider.currentModel()).entries.find(e => e.uri === uri.toString())!;
    assert.ok(entry.lazy && !entry.review, 'listed by its counts: its claims are made when it is expanded');
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString()), 'never opened');

    const children = await provider.getChildren(row);
    assert.deepStrictEqual(children.map(n => n.kind === 'claim' && n.claim.text), expected);
    assert.ok(children.every(n => n.kind === 'claim' && n.status === 'unverified' && n.parent === row));

    // changed outside VS Code: the row's counts follow, and it expands to the new claims
    fs.writeFileSync(file, EDITED);
    const edited = (await cliJsonReport(file)).claims.map((c: { claim: string }) => c.claim);
    const changed = await waitFor('the row to follow the change', async () => {
      const now = await articleRow();
      const claims = now && (await provider.getChildren(now)).map(n => n.kind === 'claim' && n.claim.text);
      return now && JSON.stringify(claims) === JSON.stringify(edited) ? now : undefined;
    }, 20000);
    assert.deepStrictEqual([changed.total, changed.counts.unverified], [edited.length, edited.length]);
    fs.rmSync(file);
  });

  it('follows an article written, changed and deleted outside VS Code', async () => {
    const file = path.join(root, 'outside-edit.md');
    const uri = workspaceUri('outside-edit.md');
    fs.writeFileSync(file, STORY);
    await waitFor('the new article', () => api.reviews.reviewOf(uri)?.claims.some(c => c.text.startsWith('Unemployment fell')), 20000);
    fs.writeFileSync(file, EDITED);
    await waitFor('the changed text', () => {
      const claims = api.reviews.reviewOf(uri)?.claims ?? [];
      return claims.some(c => c.text.startsWith('Ticket sales')) && !claims.some(c => c.text.startsWith('Unemployment'));
    }, 20000);
    const model = await waitFor('the view to show the change', async () => {
      const built = await api.claimsTree!.provider.settle();
      const article = built.roots().find(n => n.kind === 'article' && n.uri === uri.toString());
      return article && built.children(article).some(n => n.kind === 'claim' && n.claim.text.startsWith('Ticket sales')) ? built : undefined;
    }, 20000);
    assert.ok(model);
    fs.rmSync(file);
    await waitFor('the deleted article to leave the list', () => !api.reviews.articles().some(u => u.toString() === uri.toString()), 20000);
  });
});
