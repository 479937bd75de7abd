// The design's one hard boundary: src/core runs in Node, in a browser worker and in the CLI, so it may not import
// `vscode` or Node's built-in modules.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const coreDir = path.resolve(__dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|crypto$|util$|buffer$|stream$|worker_threads$)/;

describe('architecture: src/core stays portable', () => {
  const files = sourceFiles(coreDir);

  it('has source files to check', () => {
    assert.ok(files.length >= 5, `found only ${files.length} files under src/core`);
  });

  it('imports neither vscode nor Node built-ins', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) {
        if (m[1] === 'vscode' || NODE_BUILTINS.test(m[1])) offenders.push(`${path.relative(coreDir, file)} imports ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
