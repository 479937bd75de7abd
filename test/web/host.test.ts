// The web suite's first test: it really runs in the browser's web-worker extension host, with the extension's
// `browser` entry, and no Node anywhere in reach.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../src/api';

/** `typeof process` in the worker's global scope (this bundle's own free `process` is the npm polyfill). */
const typeofProcess = new Function('return typeof process') as () => string;
declare const WorkerGlobalScope: (abstract new () => unknown) | undefined;
declare const self: unknown;

describe('web-worker extension host', () => {
  it('runs in a Web Worker without Node, with the browser entry active', async () => {
    assert.strictEqual(typeofProcess(), 'undefined', 'typeof process');
    assert.ok(typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope, 'inside a Web Worker');
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    const extension = vscode.extensions.getExtension<FactcheckApi>('factcheck-desk.factcheck');
    assert.ok(extension, 'the extension is loaded');
    await extension.activate();
    // the web-worker host runs extensions as UI extensions; the Node host (`main`) would report Workspace
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
    console.log(`host: web-worker extension host (VS Code ${vscode.version}, app host ${vscode.env.appHost}, ` +
      `workspace ${vscode.workspace.workspaceFolders?.[0]?.uri.scheme ?? 'none'}://)`);
  });
});
