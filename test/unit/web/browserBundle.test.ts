// The browser entry as build.mjs bundles it (esbuild, platform browser): no `require` of a Node built-in may be in it
// or in its Web Worker script — in the web-worker extension host `require` knows only `vscode`, and a Node built-in
// throws "Cannot load module" at run time. The same check on the Node entry's bundle finds them, so it can fail.
// Also: every integration test file the web suite leaves out is in the README with its reason.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../../..');

function bundle(entry: string, platform: 'browser' | 'node', format: 'cjs' | 'iife' = 'cjs'): string {
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-bundle-')), 'out.js');
  try {
    esbuild.buildSync({ entryPoints: [path.join(root, entry)], bundle: true, platform, format, outfile, external: format === 'iife' ? [] : ['vscode', './web/extension.js'],
      logLevel: 'error', define: platform === 'browser' ? { global: 'globalThis' } : {} });
    return fs.readFileSync(outfile, 'utf8');
  } finally {
    fs.rmSync(path.dirname(outfile), { recursive: true, force: true });
  }
}

/** The Node built-ins a bundle requires. */
function nodeBuiltinsRequired(code: string): string[] {
  const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]);
  return [...new Set(required.filter(name => name.startsWith('node:') || builtinModules.includes(name)))];
}

describe('the browser bundle (package.json "browser")', function () {
  this.timeout(60000);

  it('requires no Node built-in, in the extension or its Web Worker', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(manifest.browser, './dist/web/extension.js');
    const extension = bundle('src/browser.ts', 'browser');
    assert.deepEqual(nodeBuiltinsRequired(extension), []);
    assert.match(extension, /require\("vscode"\)/, 'the one module the web host provides');
    assert.deepEqual(nodeBuiltinsRequired(bundle('src/web/analysisWorker.ts', 'browser', 'iife')), []);
  });

  it('the same check finds the Node built-ins of the Node entry (it can fail)', () => {
    const found = nodeBuiltinsRequired(bundle('src/main.ts', 'node'));
    for (const name of ['node:fs', 'node:worker_threads', 'node:child_process']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
  });

  it('the README lists each integration test the web suite leaves out, with its reason, and each one exists', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const nodeOnly: Record<string, string> = JSON.parse(fs.readFileSync(path.join(root, 'test/web/node-only-tests.json'), 'utf8'));
    const entries = Object.entries(nodeOnly).filter(([key]) => !key.startsWith('$'));
    assert.ok(entries.some(([key]) => key.endsWith('.test.ts')) && entries.some(([key]) => key.includes(' › ')));
    for (const [key, reason] of entries) {
      const [file, title] = key.split(' › ');
      assert.match(file, /^\w+\.test\.ts$/);
      const source = fs.readFileSync(path.join(root, 'test/integration/suite', file), 'utf8');
      if (title !== undefined) assert.ok(source.includes(`it('${title}'`), `${file} has the test "${title}"`);
      assert.ok(readme.includes(`\`${key}\`: ${reason}`), `README names ${key} with its reason`);
    }
  });
});
