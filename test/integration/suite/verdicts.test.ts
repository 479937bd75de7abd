// A verdict belongs to the words that were reviewed, inside a real VS Code: an edit inside a verified claim shows it
// "changed since review" in the gutter, the hover (with the word diff), the Claims view and the status bar; undo
// brings it back; "Still verified" makes the new words the reviewed ones and keeps the old verdict in the history.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import type { ReviewClaim } from '../../../src/core/review/reviewClaims';
import { openArticle, storedClaims, waitFor, workspaceUri, writeText } from './helpers';

const ARTICLE = 'bridge-grant.md';
const SENTENCE = 'The minister said the grant for the bridge was approved by the cabinet in March.';
const EDITED = SENTENCE.replace('was approved', 'was not approved');
const TEXT = [
  '# Bridge grant',
  '',
  'The regional council met on Tuesday to discuss the harbour crossing and its cost.',
  '',
  SENTENCE,
  '',
  'Construction is expected to begin next year, officials said after the meeting.',
  '',
].join('\n');

async function api(): Promise<FactcheckApi> {
  const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck');
  assert.ok(extension, 'extension is installed');
  return extension.activate();
}

function claimOf(factcheck: FactcheckApi, uri: vscode.Uri, id: string): ReviewClaim | undefined {
  return factcheck.reviewOf(uri)?.claims.find(c => c.key === id);
}

async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap(h => h.contents).map(c => (c instanceof vscode.MarkdownString ? c.value : String(c))).join('\n');
}

/** The test article written as `name` and opened, with SENTENCE marked as a claim and verified. */
async function verifiedSentence(name: string) {
  await writeText(workspaceUri(name), TEXT);
  const editor = await openArticle(name);
  const { document } = editor;
  const factcheck = await api();
  const features = factcheck.editor!;
  await waitFor('the review', () => factcheck.reviewOf(document.uri), 30000);
  const start = TEXT.indexOf(SENTENCE);
  const added = await factcheck.reviews.addManualClaim(document.uri, start, start + SENTENCE.length);
  await factcheck.reviews.updateClaim(document.uri, added, { status: 'verified' });
  const id = added.key;
  await waitFor('the claim verified', () => claimOf(factcheck, document.uri, id)?.status === 'verified');
  return { editor, document, factcheck, features, start, id };
}

describe('a verdict belongs to the words that were reviewed', () => {
  after(async () => {
    await vscode.commands.executeCommand('factcheck.claims.groupByArticle');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('edit inside a verified claim → changed everywhere; undo → current; again and "Still verified" → current, with history', async function () {
    this.timeout(120000);
    const { editor, document, factcheck, features, start, id } = await verifiedSentence(ARTICLE);
    const sidecar = workspaceUri(`${ARTICLE}.factcheck.yaml`);
    assert.strictEqual((await storedClaims(sidecar))?.[0].reviewed?.quote, SENTENCE);

    // an edit inside the claim: the anchor follows it, the verdict is not shown as if it held for the new words
    const at = document.positionAt(start + SENTENCE.indexOf('approved'));
    assert.ok(await editor.edit(edit => edit.insert(at, 'not ')));
    const changed = await waitFor('the claim changed since review', () => {
      const claim = claimOf(factcheck, document.uri, id);
      return claim?.changed ? claim : undefined;
    });
    assert.strictEqual(changed.text, EDITED);
    assert.strictEqual(changed.reviewedText, SENTENCE);
    assert.strictEqual(changed.status, 'verified');
    await waitFor('the changed gutter/highlight', () => features.decorationsOf(document.uri)?.claims.changed.some(r => r.start === start));
    assert.ok(!features.decorationsOf(document.uri)!.claims.verified.some(r => r.start === start), 'not drawn as verified');
    const hover = await hoverText(document, start + 5);
    assert.match(hover, /Changed since review/);
    assert.match(hover, /\*\*Reviewed → now:\*\* .*\*\*not\*\*/);
    assert.match(hover, /Still verified/);
    assert.match(hover, /Reset to unverified/);
    await waitFor('the status bar count', () => (features.statusBar().text ?? '').includes('$(diff-modified) 1'));
    assert.match(features.statusBar().tooltip ?? '', /1 changed since review/);
    await vscode.commands.executeCommand('factcheck.claims.groupByStatus');
    const tree = factcheck.claimsTree!;
    await waitFor('the claim in the Changed since review group', async () => {
      const model = await tree.provider.currentModel();
      const containers = model.containersOfClaim(document.uri.toString(), id);
      return containers?.[0] === 's:changed' ? model.roots().find(n => n.kind === 'status' && n.status === 'changed') : undefined;
    }, 20000);
    assert.ok((await tree.provider.currentModel()).attentionCount() >= 1, 'counted in the badge');
    assert.strictEqual((await storedClaims(sidecar))?.[0].reviewed?.quote, SENTENCE, 'editing never rewrites the reviewed words');

    // undo: the reviewed words are back, and so is the verdict
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('the claim current again after undo', () => {
      const claim = claimOf(factcheck, document.uri, id);
      return claim && !claim.changed && claim.text === SENTENCE;
    });
    await waitFor('verified highlight again', () => features.decorationsOf(document.uri)?.claims.verified.some(r => r.start === start));

    // the edit again, then "Still verified": the new words become the reviewed words; the old verdict is history
    await vscode.commands.executeCommand('redo');
    await waitFor('changed again', () => claimOf(factcheck, document.uri, id)?.changed);
    const confirmed = await vscode.commands.executeCommand<string[]>('factcheck.confirmClaim', { uri: document.uri.toString(), key: id });
    assert.deepStrictEqual(confirmed, [id]);
    const current = await waitFor('the claim current after re-confirming', () => {
      const claim = claimOf(factcheck, document.uri, id);
      return claim && !claim.changed ? claim : undefined;
    });
    assert.strictEqual(current.status, 'verified');
    assert.strictEqual(current.annotation?.reviewed?.quote, EDITED);
    assert.strictEqual(current.annotation?.history?.length, 1);
    assert.strictEqual(current.annotation?.history?.[0].status, 'verified');
    assert.strictEqual(current.annotation?.history?.[0].quote, SENTENCE);
    const stored = await waitFor('the sidecar written', async () => {
      const claims = await storedClaims(sidecar);
      return claims?.[0].reviewed?.quote === EDITED ? claims[0] : undefined;
    });
    assert.strictEqual(stored.history?.[0].quote, SENTENCE);
    assert.match(await hoverText(document, start + 5), /Earlier verdicts:[\s\S]*Verified/);
  });

  it('a link or bold put on verified words keeps the verdict; a word struck out beside them does not', async function () {
    this.timeout(120000);
    // an article of its own: the first test's verdict and history stay with bridge-grant.md
    const article = 'bridge-grant-links.md';
    const { editor, document, factcheck, features, start, id } = await verifiedSentence(article);

    // the editor links the cabinet and sets the grant in bold: the same words, still verified
    const linked = SENTENCE.replace('the cabinet', '[the cabinet](https://example.org/cabinet)').replace('the grant', '**the grant**');
    const pos = (words: string, after = 0) => document.positionAt(start + SENTENCE.indexOf(words) + after);
    assert.ok(await editor.edit(edit => {
      edit.insert(pos('the cabinet'), '[');
      edit.insert(pos('the cabinet', 'the cabinet'.length), '](https://example.org/cabinet)');
      edit.insert(pos('the grant'), '**');
      edit.insert(pos('the grant', 'the grant'.length), '**');
    }));
    const followed = await waitFor('the claim on the linked words', () => {
      const claim = claimOf(factcheck, document.uri, id);
      return claim?.text === linked ? claim : undefined;
    });
    assert.strictEqual(followed.changed, false, 'formatting is no change');
    await waitFor('drawn as verified', () => features.decorationsOf(document.uri)?.claims.verified.some(r => r.start === start));

    // a word struck out in HTML says something else: changed since review
    const at = document.positionAt(start + linked.indexOf('approved'));
    assert.ok(await editor.edit(edit => edit.insert(at, '<del>not</del> ')));
    await waitFor('the claim changed since review', () => claimOf(factcheck, document.uri, id)?.changed);
    await waitFor('drawn as changed', () => features.decorationsOf(document.uri)?.claims.changed.some(r => r.start === start));
    assert.ok(!features.decorationsOf(document.uri)!.claims.verified.some(r => r.start === start), 'not drawn as verified');
  });
});
