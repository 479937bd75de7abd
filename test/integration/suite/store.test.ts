// Sequences that could lose or corrupt an annotation in the review store: work queued behind other work, edits and
// saves in quick succession, the sidecar changed or deleted on disk while the article is open, a dirty article closed,
// reverted or renamed. Every test ends by checking the files on disk: each claim is in the sidecar with its status,
// and its quote is at start..end of the article as saved.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ReviewClaim } from '../../../src/core/review/reviewClaims';
import type { ClaimAnnotation } from '../../../src/core/sidecar/model';
import type { ReviewService } from '../../../src/review/reviewService';
import { ArticleSidecar } from '../../../src/review/articleSidecar';
import { SidecarDiagnostics } from '../../../src/review/diagnostics';
import { readText, revert, reviews, save, storedClaims, waitFor, workspaceUri, writeText } from './helpers';

/** Closes the active article, dropping its unsaved edits, and waits until its tab is gone. */
async function closeWithoutSaving(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor('the article to close', () => !vscode.window.tabGroups.all.some(g => g.tabs.some(t => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString())));
}

async function claimWith(store: ReviewService, uri: vscode.Uri, words: string): Promise<ReviewClaim> {
  return waitFor(`a claim containing "${words}"`, () => store.reviewOf(uri)?.claims.find(c => c.text.includes(words) && !c.orphaned));
}

const ARTICLE = [
  '# Depot works',
  '',
  'The council spent 4.2 million euros on the tram depot in 2023, the city treasurer said.',
  '',
  'Work on the second hall will take 14 months, according to the transport authority.',
  '',
  'Commuters enjoyed the sunny morning.',
  '',
  'The depot will house 48 trams by 2028, the mayor said on Friday.',
  '',
].join('\n');
const SPENT = '4.2 million euros';
const HALL = '14 months';
const TRAMS = '48 trams';

/** Each test works on its own copy of the article, removed afterwards with its sidecar. */
let counter = 0;
async function freshArticle(): Promise<{ uri: vscode.Uri; sidecar: vscode.Uri; editor: vscode.TextEditor }> {
  const name = `store-${process.pid}-${++counter}.md`;
  const uri = workspaceUri(name);
  await writeText(uri, ARTICLE);
  created.push(uri, workspaceUri(`${name}.factcheck.yaml`));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return { uri, sidecar: workspaceUri(`${name}.factcheck.yaml`), editor };
}
const created: vscode.Uri[] = [];

/** The invariant every scenario ends with, checked on the files on disk once the store is idle. */
async function assertOnDisk(
  store: ReviewService, article: vscode.Uri, sidecar: vscode.Uri, expected: Record<string, string>, maybe: Record<string, string> = {},
): Promise<ClaimAnnotation[]> {
  await store.whenIdle(article);
  const text = await readText(article);
  assert.ok(text !== undefined, 'the article is on disk');
  const claims: ClaimAnnotation[] | undefined = await storedClaims(sidecar);
  assert.ok(claims, 'the sidecar exists and parses');
  for (const [words, status] of Object.entries(expected)) {
    const found: ClaimAnnotation[] = claims.filter(c => c.anchor.quote.includes(words));
    assert.strictEqual(found.length, 1, `one entry for the claim with "${words}": ${JSON.stringify(claims.map(c => [c.status, c.anchor.quote]))}`);
    assert.strictEqual(found[0].status, status, `the status of the claim with "${words}"`);
  }
  for (const [words, status] of Object.entries(maybe)) {
    const found = claims.filter(c => c.anchor.quote.includes(words));
    assert.ok(found.length <= 1 && found.every(c => c.status === status), `at most one entry, with status ${status}, for "${words}"`);
  }
  const others = claims.filter(c => ![...Object.keys(expected), ...Object.keys(maybe)].some(words => c.anchor.quote.includes(words)));
  assert.deepStrictEqual(others, [], 'no other entries');
  for (const c of claims) {
    assert.strictEqual(text.slice(c.anchor.start, c.anchor.end), c.anchor.quote, `the anchor of "${c.anchor.quote}" is at its place in the saved article`);
  }
  return claims;
}

async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (created.some(u => u.toString() === document.uri.toString()) && document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('review store under pressure', function () {
  this.timeout(60000);

  afterEach(async () => {
    await closeAll();
    const store = await reviews();
    await store.whenIdle();
    for (const uri of created.splice(0)) await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
  });

  it('two claims marked at once are both written', async () => {
    const store = await reviews();
    const { uri, sidecar } = await freshArticle();
    const spent = await claimWith(store, uri, SPENT);
    const trams = await claimWith(store, uri, TRAMS);
    await Promise.all([store.updateClaim(uri, spent, { status: 'verified' }), store.updateClaim(uri, trams, { status: 'disputed' })]);
    await assertOnDisk(store, uri, sidecar, { [SPENT]: 'verified', [TRAMS]: 'disputed' });
  });

  it('the same unmarked claim marked twice before the review caught up gets one entry with the last status', async () => {
    const store = await reviews();
    const { uri, sidecar } = await freshArticle();
    const stale = await claimWith(store, uri, SPENT);
    // two keystrokes in a row: the second command still sees the claim as nobody annotated it
    await Promise.all([store.updateClaim(uri, stale, { status: 'verified' }), store.updateClaim(uri, stale, { status: 'false' })]);
    await assertOnDisk(store, uri, sidecar, { [SPENT]: 'false' });
    const review = store.reviewOf(uri)!;
    assert.deepStrictEqual(review.claims.filter(c => c.text.includes(SPENT)).map(c => c.status), ['false']);
  });

  it('edits and saves in quick succession while writes are queued leave the anchors of the last save', async () => {
    const store = await reviews();
    const { uri, sidecar, editor } = await freshArticle();
    const { document } = editor;
    await store.updateClaim(uri, await claimWith(store, uri, SPENT), { status: 'verified' });
    const trams = await claimWith(store, uri, TRAMS);
    const marking = store.updateClaim(uri, trams, { status: 'false' });
    for (let i = 0; i < 5; i++) {
      assert.ok(await editor.edit(edit => edit.insert(new vscode.Position(1, 0), `Update ${i}.\n`)));
      const inside = document.getText().indexOf('million euros');
      assert.ok(await editor.edit(edit => edit.insert(document.positionAt(inside), `${i}`)));
      await save(document);
    }
    await marking;
    const claims = await assertOnDisk(store, uri, sidecar, { [TRAMS]: 'false', 'million euros': 'verified' });
    assert.ok(claims.some(c => c.anchor.quote.includes('4.2 01234million euros')), 'the edits inside the claim are in its quote');
  });

  it('a change written to the sidecar on disk while edits are saved is merged, and the anchors are those of the saved text', async () => {
    const store = await reviews();
    const { uri, sidecar, editor } = await freshArticle();
    const { document } = editor;
    await store.updateClaim(uri, await claimWith(store, uri, SPENT), { status: 'verified' });
    await store.updateClaim(uri, await claimWith(store, uri, HALL), { status: 'unverified' });
    const onDisk = (await readText(sidecar))!;
    assert.ok(await editor.edit(edit => edit.insert(new vscode.Position(1, 0), 'Corrected on Monday.\n')));
    // someone else records a verdict; the save of the article races the reload
    const theirs = onDisk.replace(/status: unverified/, 'status: disputed');
    assert.notStrictEqual(theirs, onDisk);
    const saving = save(document);
    await writeText(sidecar, theirs);
    await saving;
    await waitFor('their verdict to be seen', () => store.reviewOf(uri)?.claims.find(c => c.text.includes(HALL) && c.status === 'disputed'), 30000);
    // a save after the reload settles the anchors whatever the order was
    assert.ok(await editor.edit(edit => edit.insert(new vscode.Position(1, 0), 'And on Tuesday.\n')));
    await save(document);
    await assertOnDisk(store, uri, sidecar, { [SPENT]: 'verified', [HALL]: 'disputed' });
  });

  it('closing a dirty article without saving keeps the anchors of the saved text, also for a claim marked meanwhile', async () => {
    const store = await reviews();
    const { uri, sidecar, editor } = await freshArticle();
    await store.updateClaim(uri, await claimWith(store, uri, SPENT), { status: 'verified' });
    assert.ok(await editor.edit(edit => edit.insert(new vscode.Position(1, 0), 'A paragraph that is never saved.\n\n')));
    const spentNow = await claimWith(store, uri, SPENT);
    await store.updateClaim(uri, spentNow, { status: 'disputed' });
    const trams = await waitFor('the trams claim after the edit', () => store.reviewOf(uri)?.claims.find(c => c.text.includes(TRAMS) && c.start! > ARTICLE.indexOf(TRAMS)));
    await store.updateClaim(uri, trams, { status: 'false' });
    await closeWithoutSaving(uri);
    await assertOnDisk(store, uri, sidecar, { [SPENT]: 'disputed', [TRAMS]: 'false' });
    const review = await store.load(uri);
    assert.ok(review?.claims.every(c => !c.orphaned), 'reloaded from disk, every claim is in place');
  });

  it('a claim re-attached with unsaved edits, then closed without saving, is stored where its words are in the saved file', async () => {
    const store = await reviews();
    const { uri, sidecar, editor } = await freshArticle();
    const { document } = editor;
    await store.updateClaim(uri, await claimWith(store, uri, SPENT), { status: 'verified' });
    assert.ok(await editor.edit(edit => edit.insert(new vscode.Position(1, 0), 'A lead that is never saved.\n\n')));
    const spent = await waitFor('the claim after the edit', () => store.reviewOf(uri)?.claims.find(c => c.text.includes(SPENT) && c.annotation && c.start! > ARTICLE.indexOf(SPENT)));
    // the editor decides the verdict belongs to the trams sentence
    const start = document.getText().indexOf('The depot will house');
    const end = document.getText().indexOf('\n', start);
    await store.reattachClaim(uri, spent, start, end);
    await closeWithoutSaving(uri);
    await assertOnDisk(store, uri, sidecar, { [TRAMS]: 'verified' });
  });

  it('revert after edits keeps every claim on its sentence and the file as saved', async () => {
    const store = await reviews();
    const { uri, sidecar, editor } = await freshArticle();
    const { document } = editor;
    await store.updateClaim(uri, await claimWith(store, uri, SPENT), { status: 'verified' });
    const hall = await claimWith(store, uri, HALL);
    assert.ok(await editor.edit(edit => {
      edit.insert(new vscode.Position(1, 0), 'Unsaved lead.\n');
      edit.delete(document.lineAt(6).range); // "Commuters enjoyed…"
    }));
    await store.updateClaim(uri, hall, { status: 'unverifiable' });
    await revert(document);
    assert.strictEqual(document.getText(), ARTICLE, 'the editor holds the saved text again');
    const placed = await waitFor('the claims back in place', () => {
      const claims = store.reviewOf(uri)?.claims.filter(c => c.annotation);
      return claims?.length === 2 && claims.every(c => document.getText().slice(c.start, c.end) === c.text && !c.orphaned) ? claims : undefined;
    });
    assert.ok(placed.some(c => c.text.includes(HALL) && c.status === 'unverifiable'));
    await assertOnDisk(store, uri, sidecar, { [SPENT]: 'verified', [HALL]: 'unverifiable' });
  });

  it('claims marked while the file on disk is not the text in the editor are stored where their words are in the file', async () => {
    // the editor shows a text that is not on disk, and VS Code does not (yet) call the document dirty: here the file
    // was changed behind the editor's back and it has not re-read it; the same moment comes after an edit, before the
    // extension host hears that the document is dirty, and after a revert, before it hears that it is clean
    const store = await reviews();
    const { uri, sidecar, editor } = await freshArticle();
    await store.updateClaim(uri, await claimWith(store, uri, SPENT), { status: 'verified' });
    const spent = await claimWith(store, uri, SPENT);
    const trams = await claimWith(store, uri, TRAMS);
    const onDisk = `Updated at noon.\n\n${ARTICLE}`;
    fs.writeFileSync(uri.fsPath, onDisk);
    assert.strictEqual(editor.document.getText(), ARTICLE, 'the editor has not re-read the file yet');
    await Promise.all([store.updateClaim(uri, spent, { status: 'disputed' }), store.updateClaim(uri, trams, { status: 'false' })]);
    assert.strictEqual(await readText(uri), onDisk);
    await assertOnDisk(store, uri, sidecar, { [SPENT]: 'disputed', [TRAMS]: 'false' });
  });

  /** A fresh article with TRAMS verified and a line inserted (unsaved), renamed to `-suffix.md` through VS Code. */
  async function renameWithUnsavedEdits(store: ReviewService, suffix: string) {
    const { uri, sidecar, editor } = await freshArticle();
    await store.updateClaim(uri, await claimWith(store, uri, TRAMS), { status: 'verified' });
    assert.ok(await editor.edit(edit => edit.insert(new vscode.Position(1, 0), 'Renamed before saving.\n')));
    const renamed = uri.with({ path: uri.path.replace(/\.md$/, `-${suffix}.md`) });
    const renamedSidecar = sidecar.with({ path: `${renamed.path}.factcheck.yaml` });
    created.push(renamed, renamedSidecar);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const document = await waitFor('the renamed document', () => vscode.workspace.textDocuments.find(d => d.uri.toString() === renamed.toString()));
    return { sidecar, renamed, renamedSidecar, document };
  }

  it('renaming an article with unsaved edits takes the sidecar along; saving it writes the anchors of the new file', async () => {
    const store = await reviews();
    const { sidecar, renamed, renamedSidecar, document } = await renameWithUnsavedEdits(store, 'renamed');
    await waitFor('the sidecar to move', async () => (await storedClaims(renamedSidecar))?.length === 1 && (await readText(sidecar)) === undefined);
    await claimWith(store, renamed, TRAMS);
    await store.updateClaim(renamed, await claimWith(store, renamed, HALL), { status: 'disputed' });
    await save(document);
    await assertOnDisk(store, renamed, renamedSidecar, { [TRAMS]: 'verified', [HALL]: 'disputed' });
    assert.strictEqual(await readText(sidecar), undefined, 'nothing was written at the old name');
  });

  it('an article renamed with unsaved edits and saved at once, before its sidecar has moved, gets the anchors of the saved file', async () => {
    // what VS Code in the browser does by itself (it saves a changed file after a second by default): the save may
    // come before the sidecar has arrived at the new name, when the store has nothing to write yet
    const store = await reviews();
    const { renamed, renamedSidecar, document } = await renameWithUnsavedEdits(store, 'saved');
    await save(document);
    await waitFor('the sidecar to move', async () => (await storedClaims(renamedSidecar))?.length === 1);
    await assertOnDisk(store, renamed, renamedSidecar, { [TRAMS]: 'verified' });
  });

  it('a sidecar deleted while the article is open is written again when another claim is marked', async () => {
    const store = await reviews();
    const { uri, sidecar } = await freshArticle();
    await store.updateClaim(uri, await claimWith(store, uri, SPENT), { status: 'verified' });
    await vscode.workspace.fs.delete(sidecar);
    // the watcher may fold "written" and "deleted" into nothing: the store may never hear of the deletion, and then
    // writes back what it knew (never less than the new claim)
    await store.updateClaim(uri, await claimWith(store, uri, TRAMS), { status: 'disputed' });
    await assertOnDisk(store, uri, sidecar, { [TRAMS]: 'disputed' }, { [SPENT]: 'verified' });
  });

  it('a read the article\'s close overtook is not kept: the next reader reads the review again', async () => {
    const store = await reviews();
    const { uri, sidecar } = await freshArticle();
    await store.updateClaim(uri, await claimWith(store, uri, SPENT), { status: 'verified' });
    await store.whenIdle(uri);
    // one article's keeper of its own, driven in the order a slow host can deliver: a read asked for while the article
    // is open, its close arriving before that read is done (the read anchored its verdicts in a text now gone)
    const diagnostics = new SidecarDiagnostics();
    const keeper = new ArticleSidecar(uri, { diagnostics, articleChanged: () => undefined, articlesChanged: () => undefined, message: () => undefined });
    try {
      const reading = keeper.reload();
      keeper.unload();
      await reading;
      assert.strictEqual(keeper.loaded, false, 'the overtaken read is not taken as the review');
      await keeper.ensureLoaded();
      assert.ok(keeper.loaded);
      assert.deepStrictEqual(keeper.tracker.annotations().map(a => a.status), ['verified']);
      assert.strictEqual(sidecar.toString(), keeper.sidecar?.toString());
    } finally {
      diagnostics.dispose();
    }
  });
});
