// The review store inside a real VS Code: claims marked in the editor land in the sidecar, anchors follow edits and
// are written on save, sidecars changed on disk are reloaded, a corrupt sidecar is reported and never overwritten,
// and a renamed article takes its sidecar along.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ReviewClaim } from '../../../src/core/review/reviewClaims';
import { parseSidecar } from '../../../src/core/sidecar';
import type { ReviewService } from '../../../src/review/reviewService';
import { openArticle, readText, reviews, save, storedClaims, waitFor, workspaceUri, writeText } from './helpers';

/** The detected claim containing `words`, once the review of the open article lists it. */
async function claimWith(store: ReviewService, uri: vscode.Uri, words: string): Promise<ReviewClaim> {
  return waitFor(`a claim containing "${words}"`, () => store.reviewOf(uri)?.claims.find(c => c.text.includes(words)));
}

const FERRY = 'river-ferry.md';

/** For the README: with SCREENSHOT_DIR set, the harness saves a PNG of the workbench with the sidecar beside its article. */
async function screenshotOfSidecar(sidecar: vscode.Uri): Promise<void> {
  if (!process.env.SCREENSHOT_DIR) return;
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sidecar), vscode.ViewColumn.Beside);
  await vscode.commands.executeCommand('notifications.clearAll');
  await new Promise(resolve => setTimeout(resolve, 1500));
  console.log('@@screenshot sidecar-file');
  await new Promise(resolve => setTimeout(resolve, 500));
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

describe('sidecar store', function () {
  // the machine running the suite is shared and slow at times: file watcher events may take seconds
  this.timeout(60000);

  it('writes a marked claim to the sidecar with its status, quote and position', async () => {
    const store = await reviews();
    const { document } = await openArticle(FERRY);
    const t0 = Date.now();
    const claim = await claimWith(store, document.uri, '3,200 passengers');
    console.log(`      review ready after ${Date.now() - t0} ms`);
    assert.strictEqual(claim.annotation, undefined, 'nobody touched it yet');

    const t1 = Date.now();
    await store.updateClaim(document.uri, claim, { status: 'verified', note: 'Checked with the transport authority.' });

    console.log(`      claim written after ${Date.now() - t1} ms`);
    const sidecar = workspaceUri(`${FERRY}.factcheck.yaml`);
    assert.strictEqual(store.sidecarOf(document.uri)?.toString(), sidecar.toString());
    const stored = await storedClaims(sidecar);
    assert.ok(stored, 'the sidecar exists and parses');
    assert.strictEqual(stored.length, 1, 'only the touched claim is written');
    assert.strictEqual(stored[0].status, 'verified');
    assert.strictEqual(stored[0].note, 'Checked with the transport authority.');
    assert.strictEqual(stored[0].origin, 'detected');
    assert.strictEqual(stored[0].anchor.quote, claim.text);
    assert.strictEqual(document.getText().slice(stored[0].anchor.start, stored[0].anchor.end), claim.text);
    assert.ok(stored[0].updated && !Number.isNaN(Date.parse(stored[0].updated)));

    const review = store.reviewOf(document.uri)!;
    const marked = review.claims.find(c => c.key === stored[0].id);
    assert.ok(marked, 'the review lists the claim under its sidecar id');
    assert.strictEqual(marked.status, 'verified');
    assert.deepStrictEqual(review.sidecar, { kind: 'ok' });
    assert.ok(store.articles().some(u => u.toString() === document.uri.toString()));
    await screenshotOfSidecar(sidecar);
  });

  it('keeps the annotation on its sentence while typing above it, and writes the new position on save only', async () => {
    const store = await reviews();
    const editor = await openArticle(FERRY);
    const { document } = editor;
    const sidecar = workspaceUri(`${FERRY}.factcheck.yaml`);
    const before = (await storedClaims(sidecar))![0];

    const inserted = 'Updated with figures from the authority.\n\n';
    const headingEnd = document.getText().indexOf('\n') + 1;
    assert.ok(await editor.edit(edit => edit.insert(document.positionAt(headingEnd), inserted)));
    // typing inside the claim keeps it attached too
    const inside = document.getText().indexOf('first week');
    assert.ok(await editor.edit(edit => edit.insert(document.positionAt(inside), 'very ')));

    const moved = await waitFor('the claim to follow the edits', () => {
      const claim = store.reviewOf(document.uri)?.claims.find(c => c.key === before.id);
      return claim && claim.start === before.anchor.start + inserted.length ? claim : undefined;
    });
    assert.strictEqual(moved.orphaned, false);
    assert.strictEqual(moved.end, before.anchor.end + inserted.length + 'very '.length);
    assert.ok(moved.text.includes('very first week'), moved.text);
    assert.deepStrictEqual((await storedClaims(sidecar))![0].anchor, before.anchor, 'nothing is written before the save');

    await save(document);
    const after = await waitFor('the saved anchor', async () => {
      await store.whenIdle(document.uri);
      const stored = (await storedClaims(sidecar))?.[0];
      return stored && stored.anchor.start !== before.anchor.start ? stored : undefined;
    });
    assert.strictEqual(after.anchor.start, before.anchor.start + inserted.length);
    assert.strictEqual(after.anchor.quote, document.getText().slice(after.anchor.start, after.anchor.end));
    assert.ok(after.anchor.quote.includes('very first week'));
    assert.strictEqual(after.status, 'verified', 'the verdict is untouched');
  });

  it('orphans an annotation whose whole text is deleted, and keeps it in the file', async () => {
    const store = await reviews();
    const editor = await openArticle(FERRY);
    const { document } = editor;
    const claim = await claimWith(store, document.uri, 'eleven minutes');
    await store.updateClaim(document.uri, claim, { status: 'disputed' });
    const id = store.reviewOf(document.uri)!.claims.find(c => c.text.includes('eleven minutes'))!.key;

    const start = document.getText().indexOf(claim.text);
    assert.ok(await editor.edit(edit => edit.delete(new vscode.Range(document.positionAt(start), document.positionAt(start + claim.text.length)))));
    const orphan = await waitFor('the claim to be orphaned', () => store.reviewOf(document.uri)?.claims.find(c => c.key === id && c.orphaned));
    assert.strictEqual(orphan.start, undefined);
    assert.strictEqual(orphan.status, 'disputed');
    assert.strictEqual(store.reviewOf(document.uri)!.claims.at(-1)!.key, id, 'orphans are listed last');

    await save(document);
    await store.whenIdle(document.uri);
    const kept = (await storedClaims(workspaceUri(`${FERRY}.factcheck.yaml`)))!.find(c => c.id === id);
    assert.ok(kept, 'the orphan stays in the sidecar, untouched');
    assert.strictEqual(kept.anchor.quote, claim.text);
    assert.strictEqual(kept.status, 'disputed');

    // the sentence comes back (an undo, a paste): the claim attaches to it again
    assert.ok(await editor.edit(edit => edit.insert(document.positionAt(start), claim.text)));
    const back = await waitFor('the claim to be attached again', () => store.reviewOf(document.uri)?.claims.find(c => c.key === id && !c.orphaned));
    assert.strictEqual(document.getText().slice(back.start, back.end), claim.text);
    await save(document);
  });

  it('reloads a sidecar changed on disk and re-anchors it, without writing over it', async () => {
    const store = await reviews();
    const { document } = await openArticle(FERRY);
    const sidecar = workspaceUri(`${FERRY}.factcheck.yaml`);
    await store.whenIdle(document.uri);
    const text = (await readText(sidecar))!;
    const id = (await storedClaims(sidecar))!.find(c => c.anchor.quote.includes('3,200'))!.id;
    assert.match(text, /status: verified/);
    const edited = text.replace('status: verified', 'status: false').replace('Checked with the transport authority.', 'The authority corrected the figure.');
    await writeText(sidecar, edited);

    const reloaded = await waitFor('the store to reload the sidecar', () => store.reviewOf(document.uri)?.claims.find(c => c.key === id && c.status === 'false'), 30000);
    assert.strictEqual(reloaded.annotation?.note, 'The authority corrected the figure.');
    assert.strictEqual(reloaded.orphaned, false);
    await store.whenIdle(document.uri);
    assert.strictEqual(await readText(sidecar), edited, 'a reload never writes');
  });

  it('merges its own change with a change made on disk that it has not seen yet', async () => {
    const store = await reviews();
    const { document } = await openArticle(FERRY);
    const sidecar = workspaceUri(`${FERRY}.factcheck.yaml`);
    await store.whenIdle(document.uri);
    const stored = (await storedClaims(sidecar))!;
    const ferry = stored.find(c => c.anchor.quote.includes('3,200'))!;
    const tickets = await claimWith(store, document.uri, '2.40 euros');
    // someone else changes the ferry claim; the store marks the ticket claim before it has reloaded
    const text = (await readText(sidecar))!;
    const theirs = text.replace('The authority corrected the figure.', 'Second source is the harbour office log.');
    assert.notStrictEqual(theirs, text);
    await writeText(sidecar, theirs);
    await store.updateClaim(document.uri, tickets, { status: 'verified' });
    await store.whenIdle(document.uri);
    const merged = (await storedClaims(sidecar))!;
    assert.strictEqual(merged.find(c => c.id === ferry.id)?.note, 'Second source is the harbour office log.', 'their change survives');
    assert.strictEqual(merged.find(c => c.anchor.quote.includes('2.40 euros'))?.status, 'verified', 'ours is written');
  });

  it('lists a closed article with a sidecar and reviews it from the files on disk', async () => {
    const store = await reviews();
    const article = workspaceUri('market-hall.md');
    await waitFor('the closed article to be listed', () => store.articles().some(u => u.toString() === article.toString()));
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.toString() === article.toString()), 'the article is not open');
    await store.whenIndexed();
    const review = await store.load(article);
    assert.ok(review);
    assert.deepStrictEqual(review.sidecar, { kind: 'ok' });
    const reviewed = review.claims.filter(c => c.annotation);
    assert.strictEqual(reviewed.length, 1, 'the one annotation');
    assert.ok(review.claims.length > 1 && review.claims.every(c => c.annotation || (c.status === 'unverified' && c.origin === 'detected')),
      'and the claims the workspace index detected in the closed article, unverified');
    const [claim] = reviewed;
    assert.strictEqual(claim.key, 'c-roofcost01');
    assert.strictEqual(claim.status, 'verified');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(article));
    assert.strictEqual(text.slice(claim.start, claim.end), claim.text);
    assert.ok(claim.text.startsWith('The city spent 6.5 million euros'));

    // changed on disk while closed (a git pull): the next load anchors against the new text
    const added = 'Traders had asked for the repairs since 2022.\n\n';
    const headingEnd = text.indexOf('\n') + 2;
    await writeText(article, text.slice(0, headingEnd) + added + text.slice(headingEnd));
    const moved = await waitFor('the review to follow the file', async () => {
      const c = (await store.load(article))?.claims.find(x => x.key === claim.key);
      return c && c.start === claim.start! + added.length ? c : undefined;
    });
    assert.strictEqual(moved.text, claim.text);
    assert.strictEqual(moved.orphaned, false);
  });

  it('shows a corrupt sidecar in the Problems panel and never overwrites it', async () => {
    const store = await reviews();
    const article = workspaceUri('tram-depot.md');
    await writeText(article, '# Tram depot\n\nThe depot will house 48 trams by 2028, the mayor said on Friday.\n');
    const sidecar = workspaceUri('tram-depot.md.factcheck.yaml');
    const corrupt = 'version: 1\narticle: tram-depot.md\nclaims:\n  - id: c-depot\n    status: [verified\n';
    await writeText(sidecar, corrupt);
    const { document } = await openArticle('tram-depot.md');

    const diagnostics = await waitFor('a diagnostic on the sidecar', () => {
      const found = vscode.languages.getDiagnostics(sidecar);
      return found.length ? found : undefined;
    });
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diagnostics[0].range.start.line >= 3, `the problem is located in the file (line ${diagnostics[0].range.start.line + 1})`);
    const review = await waitFor('the review to report the invalid sidecar', () => {
      const r = store.reviewOf(document.uri);
      return r?.sidecar.kind === 'invalid' ? r : undefined;
    });
    assert.ok(review.sidecar.kind === 'invalid' && review.sidecar.problems[0].line >= 4);

    const claim = await claimWith(store, document.uri, '48 trams');
    await assert.rejects(store.updateClaim(document.uri, claim, { status: 'verified' }), (error: Error) => {
      assert.match(error.message, /tram-depot\.md\.factcheck\.yaml:\d+:\d+/);
      assert.match(error.message, /never overwrites/);
      return true;
    });
    await assert.rejects(store.addManualClaim(document.uri, 0, 5));
    assert.strictEqual(await readText(sidecar), corrupt, 'the file is byte-identical');

    // fixed on disk: the problem goes away and changes are written again
    await writeText(sidecar, 'version: 1\narticle: tram-depot.md\nclaims: []\n');
    await waitFor('the diagnostic to clear', () => vscode.languages.getDiagnostics(sidecar).length === 0, 30000);
    await waitFor('the review to be usable again', () => store.reviewOf(document.uri)?.sidecar.kind === 'ok');
    await store.updateClaim(document.uri, await claimWith(store, document.uri, '48 trams'), { status: 'verified' });
    assert.strictEqual((await storedClaims(sidecar))?.[0].status, 'verified');
  });

  it('moves the sidecar with a renamed article and leaves it when the article is deleted', async () => {
    const store = await reviews();
    const article = workspaceUri('bus-lanes.md');
    await writeText(article, '# Bus lanes\n\nThe council painted 14 kilometres of new bus lanes in March, a spokesperson said.\n');
    const { document } = await openArticle('bus-lanes.md');
    const claim = await claimWith(store, document.uri, '14 kilometres');
    await store.updateClaim(document.uri, claim, { status: 'unverifiable' });
    const oldSidecar = workspaceUri('bus-lanes.md.factcheck.yaml');
    assert.ok(await storedClaims(oldSidecar));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    const renamed = workspaceUri('bus-lanes-2026.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(article, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const newSidecar = workspaceUri('bus-lanes-2026.md.factcheck.yaml');
    const text = await waitFor('the sidecar to move, its article field following the name', async () => {
      const moved = await readText(newSidecar);
      const parsed = moved === undefined ? undefined : parseSidecar(moved);
      return parsed?.ok && parsed.sidecar.article === 'bus-lanes-2026.md' ? moved : undefined;
    });
    assert.strictEqual(await readText(oldSidecar), undefined, 'nothing is left at the old name');
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.strictEqual(parsed.sidecar.claims[0].status, 'unverifiable');
    await waitFor('the renamed article to be listed', () => store.articles().some(u => u.toString() === renamed.toString()));
    // a watcher's late event for the old name may list it again for a moment, until its read finds the file gone
    await waitFor('the old name to leave the list', () => !store.articles().some(u => u.toString() === article.toString()));

    const removal = new vscode.WorkspaceEdit();
    removal.deleteFile(renamed);
    assert.ok(await vscode.workspace.applyEdit(removal));
    await waitFor('the deleted article to leave the list', () => !store.articles().some(u => u.toString() === renamed.toString()));
    assert.strictEqual(await readText(newSidecar), text, 'deleting an article never deletes its sidecar');
  });
});
