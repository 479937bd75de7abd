// The packaged .vsix installed into code-server and run in the web-worker host (test/web/vsix.js): the browser entry
// and what it reads (dist/web/*, dist/claim-model.bin, dist/word-lists.txt) are in the package, and it reviews an article there.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../src/api';
import { openArticle, storedClaims, waitFor, workspaceUri } from '../integration/suite/helpers';

const EXTENSION_ID = 'factcheck-desk.factcheck';

describe('the packaged .vsix in the web-worker extension host', () => {
  it('is the installed extension (not a development folder), running as a web extension', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.match(extension.extensionUri.path, /\/factcheck-desk\.factcheck-\d+\.\d+\.\d+\/?$/, 'an installed extension folder');
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.strictEqual(extension.packageJSON.browser, './dist/web/extension.js');
  });

  it('activates on an article, finds its claims with the shipped model, and writes a verdict through workspace.fs', async () => {
    const { document } = await openArticle('harbour-bridge.md');
    const extension = vscode.extensions.getExtension<FactcheckApi>(EXTENSION_ID)!;
    await waitFor('activation by the manifest', () => extension.isActive, 30000);
    const api = extension.exports;
    const review = await waitFor('the review of the article', () => api.reviewOf(document.uri)?.claims.length ? api.reviewOf(document.uri) : undefined, 30000);
    // people need every list of dist/word-lists.txt (the generated ones and, since 7 December, the hand-written titles,
    // places and firms' words): a list missing from the package fails the people detector, and no one is found
    const people = new Set(api.analysisOf(document)?.people.map(p => p.text));
    for (const name of ['Elena Marchetti', 'Tomasz Wieczorek', 'Ingrid Solberg']) assert.ok(people.has(name), `${name} is found as a person`);
    assert.ok(!people.has('Haldenstadt'), 'the city is no person');
    const claim = review.claims[0];
    await api.reviews.updateClaim(document.uri, claim, { status: 'verified' });
    await api.reviews.whenIdle(document.uri);
    const stored = await storedClaims(workspaceUri('harbour-bridge.md.factcheck.yaml'));
    assert.ok(stored?.some(c => c.status === 'verified' && c.anchor.quote === claim.text), 'the verdict is in the sidecar');
  });
});
