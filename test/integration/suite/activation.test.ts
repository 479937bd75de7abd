import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';
import { openArticle } from './helpers';

describe('activation in a real VS Code', () => {
  it('runs inside a VS Code extension host and reports its version', () => {
    console.log(`VS Code ${vscode.version}, host ${vscode.env.appHost}, remote ${vscode.env.remoteName ?? 'none'}`);
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('activates on a Markdown article and exposes its analysis through the API', async () => {
    const { document } = await openArticle('harbour-bridge.md');
    const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck');
    assert.ok(extension, 'extension is installed');
    const api = await extension.activate();
    assert.ok(extension.isActive);
    const analysis = api.analysisOf(document);
    assert.ok(analysis, 'a Markdown article is analysed');
    assert.ok(analysis.claims.length > 0, 'the sample article has check-worthy claims');
    const text = document.getText();
    for (const claim of analysis.claims) assert.strictEqual(text.slice(claim.start, claim.end), claim.text);
  });

  it('ignores documents in other languages', async () => {
    const api = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck')!.exports;
    const code = await vscode.workspace.openTextDocument({ language: 'javascript', content: 'const x = 42; // said' });
    assert.strictEqual(api.analysisOf(code), undefined);
  });
});
