// Runs inside VS Code with the packaged .vsix installed and NO extensionDevelopmentPath: whatever answers here is what
// a user gets from `npm run package`, not the development folder.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { FactcheckApi } from '../../../src/api';

const EXTENSION_ID = 'factcheck-desk.factcheck';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`the packaged-extension test needs ${name} (set by test/integration/vsix/run.js)`);
  return value;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

describe('the packaged .vsix, installed into VS Code', () => {
  const extensionsDir = env('FACTCHECK_VSIX_EXTENSIONS_DIR');
  const developmentRoot = env('FACTCHECK_DEVELOPMENT_ROOT');
  const workspace = env('FACTCHECK_TEST_WORKSPACE');

  it('is installed from the extensions folder, not loaded from the development folder', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.ok(isInside(extension.extensionPath, extensionsDir), `${extension.extensionPath} is inside ${extensionsDir}`);
    assert.ok(!isInside(extension.extensionPath, developmentRoot) && extension.extensionPath !== developmentRoot);
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.Workspace);
  });

  it('ships the bundles and icons, and no sources, tests or node_modules', () => {
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    for (const shipped of ['dist/web/extension.js', 'dist/web/analysisWorker.js', 'dist/cli.js', 'dist/factcheck.js', 'dist/claim-model.bin', 'dist/word-lists.txt', 'package.json',
      'media/icon.png', 'media/factcheck.svg']) {
      assert.ok(fs.existsSync(path.join(root, shipped)), `${shipped} is in the package`);
    }
    for (const leftOut of ['src/extension.ts', 'test', 'node_modules', 'dist/factcheck.js.map', 'dist/web/test', 'tsconfig.json', 'build.mjs']) {
      assert.ok(!fs.existsSync(path.join(root, leftOut)), `${leftOut} is not in the package`);
    }
  });

  it('activates when an article is opened and returns its analysis through the API', async () => {
    const extension = vscode.extensions.getExtension<FactcheckApi>(EXTENSION_ID)!;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspace, 'harbour-bridge.md')));
    await vscode.window.showTextDocument(document);
    // activation comes from the manifest's activation events, not from the test asking for it
    await waitFor('activation on a Markdown article', () => (extension.isActive ? true : undefined));
    const analysis = await waitFor('the article\'s analysis', () => extension.exports.analysisOf(document));
    assert.ok(analysis.claims.length > 0, 'the article has check-worthy claims');
    assert.ok(analysis.dates.length > 0, 'the article has dates');
    const text = document.getText();
    for (const claim of analysis.claims) assert.strictEqual(text.slice(claim.start, claim.end), claim.text);
  });

  it('ships the walkthrough\'s pictures and sample: "Open Sample Article" opens the article bundled in the .vsix', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const steps: { media: { image: string } }[] = extension.packageJSON.contributes.walkthroughs[0].steps;
    for (const { media } of steps) assert.ok(fs.existsSync(path.join(extension.extensionPath, media.image)), `${media.image} is in the package`);
    const bundled = fs.readFileSync(path.join(extension.extensionPath, 'samples/harbour-bridge-funding.md'), 'utf8');
    const article = await vscode.commands.executeCommand<vscode.Uri>('factcheck.openSampleArticle');
    assert.ok(article && !isInside(article.fsPath, extension.extensionPath), 'a copy, outside the installed extension');
    assert.strictEqual(vscode.window.activeTextEditor?.document.getText(), bundled);
    assert.ok(fs.existsSync(`${article.fsPath}.factcheck.yaml`), 'with its sidecar');
  });

  it('contributes the Claims view, and no grammar that would colour articles, from the packaged manifest', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.strictEqual(manifest.contributes.grammars, undefined);
    assert.ok(manifest.contributes.views.factcheck.some((v: { id: string }) => v.id === 'factcheck.claims'));
  });
});
