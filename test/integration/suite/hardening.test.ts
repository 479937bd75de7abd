// Writing sidecars from VS Code when the file is not plain (issue 13): its mode is kept, a read-only file is refused,
// a symbolic link is written through, YAML aliases and comments in lists are handled, and a sidecar with a git merge
// conflict, in both layouts, or not in UTF-8 is one clear problem — in the Problems panel, the review and the Claims
// view — and is never written.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import type { ArticleNode } from '../../../src/claimsView/grouping';
import { createAnchor } from '../../../src/core/sidecar/anchoring';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import type { ClaimAnnotation } from '../../../src/core/sidecar/model';
import { openArticle, reviews, waitFor, workspaceUri } from './helpers';

const TEXT = '# Harbour\n\nThe port handled 4.2 million tonnes of cargo last year, the authority said.\n';
const QUOTE = 'The port handled 4.2 million tonnes of cargo last year';

function claim(id: string, extra: Partial<ClaimAnnotation> = {}): ClaimAnnotation {
  const start = TEXT.indexOf(QUOTE);
  return { id, status: 'unverified', origin: 'manual', anchor: createAnchor(TEXT, start, start + QUOTE.length), ...extra };
}

/** Writes `hardening/<name>.md` and returns the paths of the article and its (beside) sidecar. */
function article(name: string, sidecarText?: string): { article: string; sidecar: string } {
  const folder = workspaceUri('hardening').fsPath;
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}.md`);
  fs.writeFileSync(file, TEXT);
  if (sidecarText !== undefined) fs.writeFileSync(`${file}.factcheck.yaml`, sidecarText);
  return { article: file, sidecar: `${file}.factcheck.yaml` };
}

/** Opens the article and returns the review's claim with sidecar id `id`. */
async function openClaim(file: string, id: string) {
  const store = await reviews();
  const { document } = await openArticle(path.relative(workspaceUri().fsPath, file));
  const found = await waitFor(`claim ${id} in the review`, () => store.reviewOf(document.uri)?.claims.find(c => c.key === id));
  return { store, uri: document.uri, claim: found };
}

/** Opens the article and waits until its review reports the sidecar as invalid. */
async function openBlocked(file: string) {
  const store = await reviews();
  const { document } = await openArticle(path.relative(workspaceUri().fsPath, file));
  const review = await waitFor('the review to report the sidecar', () => {
    const r = store.reviewOf(document.uri);
    return r?.sidecar.kind === 'invalid' ? r : undefined;
  });
  return { store, uri: document.uri, problems: review.sidecar.kind === 'invalid' ? review.sidecar.problems : [] };
}

function claimsOf(text: string): ClaimAnnotation[] {
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
  return parsed.sidecar.claims;
}

/** The Claims view's error for the article (grouped by article, no filter), once it shows one. */
async function claimsViewError(uri: vscode.Uri): Promise<string> {
  const api = await vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck')!.activate();
  const tree = api.claimsTree!;
  // set once: each of these rebuilds the view from the reviews it has, dropping a refresh that was pending
  await vscode.commands.executeCommand('factcheck.claims.groupByArticle');
  await vscode.commands.executeCommand('factcheck.claims.clearFilter');
  await vscode.commands.executeCommand('factcheck.claims.refresh');
  return waitFor('the Claims view error', async () => {
    await tree.provider.settle();
    const node = (await tree.provider.getChildren()).find((n): n is ArticleNode => n.kind === 'article' && n.uri === uri.toString());
    return node?.error;
  }, 30000);
}

describe('sidecar hardening in VS Code', function () {
  this.timeout(60000);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('keeps the file mode of a sidecar it writes (600 stays 600)', async () => {
    const { article: file, sidecar } = article('mode', serializeSidecar({ version: 1, article: 'mode.md', claims: [claim('c-mode')] }));
    fs.chmodSync(sidecar, 0o600);
    const { store, uri, claim: found } = await openClaim(file, 'c-mode');
    await store.updateClaim(uri, found, { status: 'verified' });
    assert.strictEqual(claimsOf(fs.readFileSync(sidecar, 'utf8'))[0].status, 'verified');
    assert.strictEqual(fs.statSync(sidecar).mode & 0o777, 0o600);
  });

  it('refuses to write a read-only (444) sidecar, with a message that says so, and leaves it as it was', async () => {
    const text = serializeSidecar({ version: 1, article: 'readonly.md', claims: [claim('c-ro')] });
    const { article: file, sidecar } = article('readonly', text);
    fs.chmodSync(sidecar, 0o444);
    try {
      const { store, uri, claim: found } = await openClaim(file, 'c-ro');
      await assert.rejects(store.updateClaim(uri, found, { status: 'verified' }), /read-only/);
      assert.strictEqual(fs.readFileSync(sidecar, 'utf8'), text);
      assert.strictEqual(fs.statSync(sidecar).mode & 0o777, 0o444);
      assert.deepStrictEqual(fs.readdirSync(path.dirname(sidecar)).filter(f => f.endsWith('.tmp')), [], 'no temporary file left');
    } finally {
      fs.chmodSync(sidecar, 0o644);
    }
  });

  it('writes through a sidecar that is a symbolic link: the link stays, the shared file gets the verdict', async () => {
    const { article: file, sidecar } = article('linked');
    const shared = path.join(path.dirname(file), 'shared-verdicts.yaml');
    fs.writeFileSync(shared, serializeSidecar({ version: 1, article: 'linked.md', claims: [claim('c-link')] }));
    fs.symlinkSync('shared-verdicts.yaml', sidecar);
    const { store, uri, claim: found } = await openClaim(file, 'c-link');
    await store.updateClaim(uri, found, { status: 'disputed' });
    assert.ok(fs.lstatSync(sidecar).isSymbolicLink(), 'still a link');
    assert.strictEqual(claimsOf(fs.readFileSync(shared, 'utf8'))[0].status, 'disputed');
  });

  it('adding a source keeps the comments inside `sources:`', async () => {
    const text = serializeSidecar({ version: 1, article: 'comments.md', claims: [claim('c-com', { sources: ['https://example.org/a'] })] })
      .replace('      - https://example.org/a\n', '      # the authority\'s report\n      - https://example.org/a  # page 3\n');
    const { article: file, sidecar } = article('comments', text);
    const { store, uri, claim: found } = await openClaim(file, 'c-com');
    await store.updateClaim(uri, found, { addSource: 'https://example.org/b' });
    const written = fs.readFileSync(sidecar, 'utf8');
    assert.match(written, /# the authority's report/);
    assert.match(written, /- https:\/\/example\.org\/a {2}# page 3/);
    assert.deepStrictEqual(claimsOf(written)[0].sources, ['https://example.org/a', 'https://example.org/b']);
  });

  it('a source added where YAML aliases share a list is written without changing the other claim', async () => {
    const start = TEXT.indexOf(QUOTE);
    const text = [
      'version: 1', 'article: aliases.md', 'claims:',
      '  - id: c-one', '    status: verified', '    sources: &shared [https://example.org/a]', '    origin: manual',
      `    anchor: {quote: "${QUOTE}", prefix: "", suffix: "", start: ${start}, end: ${start + QUOTE.length}}`,
      '  - id: c-two', '    status: verified', '    sources: *shared', '    origin: manual',
      '    anchor: {quote: "the authority said", prefix: "", suffix: "", start: 0, end: 18}', '',
    ].join('\n');
    const { article: file, sidecar } = article('aliases', text);
    const { store, uri, claim: found } = await openClaim(file, 'c-one');
    await store.updateClaim(uri, found, { addSource: 'https://example.org/b' });
    const claims = claimsOf(fs.readFileSync(sidecar, 'utf8'));
    assert.deepStrictEqual(claims.find(c => c.id === 'c-one')?.sources, ['https://example.org/a', 'https://example.org/b']);
    assert.deepStrictEqual(claims.find(c => c.id === 'c-two')?.sources, ['https://example.org/a']);
  });

  it('an unresolved merge conflict: one problem with its lines when the article opens, in the Claims view, and never written', async () => {
    const lines = serializeSidecar({ version: 1, article: 'conflict.md', claims: [claim('c-conf', { status: 'verified' })] }).split('\n');
    const at = lines.findIndex(l => l.includes('status: verified'));
    lines.splice(at, 1, '<<<<<<< HEAD', '    status: verified', '=======', '    status: false', '>>>>>>> origin/main');
    const text = lines.join('\n');
    const { article: file, sidecar } = article('conflict', text);
    const { store, uri, problems } = await openBlocked(file);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, new RegExp(`unresolved merge conflict, lines ${at + 1}–${at + 5}: keep one side`));
    const diagnostics = await waitFor('the diagnostic', () => {
      const found = vscode.languages.getDiagnostics(vscode.Uri.file(sidecar));
      return found.length ? found : undefined;
    });
    assert.strictEqual(diagnostics.length, 1);
    assert.strictEqual(diagnostics[0].range.start.line, at);
    assert.match(await claimsViewError(uri), /merge conflict/);
    const detected = await waitFor('a detected claim', () => store.reviewOf(uri)?.claims[0]);
    await assert.rejects(store.updateClaim(uri, detected, { status: 'verified' }), /merge conflict/);
    assert.strictEqual(fs.readFileSync(sidecar, 'utf8'), text);
  });

  it('an article with sidecars in both layouts: a problem on both, neither written; deleting one resolves it', async () => {
    const beside = serializeSidecar({ version: 1, article: 'twice.md', claims: [claim('c-beside', { status: 'verified' })] });
    const folder = serializeSidecar({ version: 1, article: 'twice.md', claims: [claim('c-folder', { status: 'false' })] });
    const { article: file, sidecar } = article('twice', beside);
    const inFolder = path.join(path.dirname(file), '.factcheck', 'twice.md.factcheck.yaml');
    fs.mkdirSync(path.dirname(inFolder), { recursive: true });
    fs.writeFileSync(inFolder, folder);
    const { store, uri, problems } = await openBlocked(file);
    assert.match(problems[0].message, /two fact-check files for twice\.md/);
    for (const each of [sidecar, inFolder]) {
      await waitFor(`the diagnostic on ${path.basename(path.dirname(each))}/${path.basename(each)}`,
        () => vscode.languages.getDiagnostics(vscode.Uri.file(each)).some(d => /two fact-check files/.test(d.message)));
    }
    const detected = await waitFor('a claim', () => store.reviewOf(uri)?.claims[0]);
    await assert.rejects(store.updateClaim(uri, detected, { status: 'verified' }), /two fact-check files/);
    assert.strictEqual(fs.readFileSync(sidecar, 'utf8'), beside);
    assert.strictEqual(fs.readFileSync(inFolder, 'utf8'), folder);

    fs.rmSync(inFolder);
    await waitFor('the review to be usable again', () => store.reviewOf(uri)?.sidecar.kind === 'ok', 30000);
    await waitFor('the diagnostics to clear', () => vscode.languages.getDiagnostics(vscode.Uri.file(inFolder)).length === 0
      && vscode.languages.getDiagnostics(vscode.Uri.file(sidecar)).length === 0, 30000);
    assert.ok(store.reviewOf(uri)?.claims.some(c => c.key === 'c-beside'));
  });

  it('a sidecar that is not UTF-8 is refused with the line and column of the first bad byte', async () => {
    const text = serializeSidecar({ version: 1, article: 'latin1.md', claims: [claim('c-l1')] }).replace('    origin:', '    note: caf\u0000\n    origin:');
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf(0)] = 0xe9;
    const { article: file, sidecar } = article('latin1');
    fs.writeFileSync(sidecar, bytes);
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    const { problems } = await openBlocked(file);
    assert.match(problems[0].message, /not valid UTF-8/);
    assert.deepStrictEqual([problems[0].line, problems[0].column], [line, 14]);
    assert.deepStrictEqual(fs.readFileSync(sidecar), bytes);
  });
});
