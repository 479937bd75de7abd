import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeCacheFolder } from '../../../src/node/codeCache';

const CODE_CACHE = path.resolve(__dirname, '../../../src/node/codeCache.ts');

interface Loaded {
  cache: string;
  where: string;
  double: number;
  isMain: boolean;
}

/**
 * Loads `file` through requireWithCodeCache in a process of its own, as dist/cli.js does: V8 keeps what one process
 * compiled in memory and would answer a second compile of the same text from there, whatever the cache file holds.
 * The cache is saved when that process exits.
 */
function load(file: string, flavour: string, folder: string | undefined, exitCode = 0): Loaded {
  const script = `const m = require(${JSON.stringify(CODE_CACHE)}).requireWithCodeCache(${JSON.stringify(file)}, ` +
    `{ flavour: ${JSON.stringify(flavour)}, folder: ${JSON.stringify(folder)}, saveOnExit: code => code <= 1 });\n` +
    'console.log(JSON.stringify({ cache: m.cache, where: m.exports.where, double: m.exports.double(21), isMain: m.exports.isMain }));\n' +
    `process.exitCode = ${exitCode};`;
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { encoding: 'utf8' });
  assert.equal(result.status, exitCode, result.stderr);
  return JSON.parse(result.stdout) as Loaded;
}

describe('requireWithCodeCache', function () {
  this.timeout(60000);
  let dir: string;
  let folder: string;
  let file: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-code-cache-test-'));
    folder = path.join(dir, 'cache');
    file = path.join(dir, 'module.js');
    // what a bundle does: a #! line, require of a built-in, __dirname, module.exports
    fs.writeFileSync(file, "#!/usr/bin/env node\n'use strict';\nconst path = require('node:path');\n" +
      "module.exports = { where: path.basename(__dirname), double: n => 2 * n, isMain: require.main === module };\n");
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cacheFiles = () => fs.readdirSync(folder).filter(name => name.endsWith('.bin'));

  it('runs the file as a CommonJS module, saves its cache at exit, and starts from it the next time', () => {
    const first = load(file, 'plain', folder);
    assert.deepEqual(first, { cache: 'compiled', where: path.basename(dir), double: 42, isMain: false });
    assert.equal(cacheFiles().length, 1);
    assert.equal(fs.statSync(folder).mode & 0o777, 0o700);
    assert.equal(fs.statSync(path.join(folder, cacheFiles()[0])).mode & 0o777, 0o600);
    assert.deepEqual(load(file, 'plain', folder), { ...first, cache: 'used' });
  });

  it('saves no cache when the caller says the run\'s exit code is not worth one (a usage error)', () => {
    assert.equal(load(file, 'plain', folder, 2).cache, 'compiled');
    assert.deepEqual(cacheFiles(), []);
    assert.equal(load(file, 'plain', folder, 1).cache, 'compiled');
    assert.equal(cacheFiles().length, 1);
  });

  it('compiles from source when the cache is damaged, and replaces it', () => {
    load(file, 'plain', folder);
    const [name] = cacheFiles();
    fs.writeFileSync(path.join(folder, name), Buffer.from('not bytecode at all'));
    assert.deepEqual(load(file, 'plain', folder), { cache: 'compiled', where: path.basename(dir), double: 42, isMain: false });
    assert.equal(load(file, 'plain', folder).cache, 'used');
  });

  it('never uses the cache of another text, even of the same length, and keeps one cache a flavour', () => {
    load(file, 'plain', folder);
    load(file, 'batch-scan', folder);
    assert.equal(cacheFiles().length, 2);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('2 * n', '3 * n'));
    const changed = load(file, 'plain', folder);
    assert.equal(changed.cache, 'compiled');
    assert.equal(changed.double, 63);
    assert.equal(cacheFiles().length, 2, 'the old plain cache was replaced, the batch-scan one kept');
    assert.equal(load(file, 'batch-scan', folder).cache, 'compiled', 'the batch-scan cache was of the old text');
  });

  it('uses no folder that others may write to', () => {
    fs.mkdirSync(folder);
    fs.chmodSync(folder, 0o777);
    assert.deepEqual(load(file, 'plain', folder), { cache: 'off', where: path.basename(dir), double: 42, isMain: false });
    assert.deepEqual(fs.readdirSync(folder), []);
  });

  it('is off when FACTCHECK_CODE_CACHE says so, in a folder of the user\'s otherwise', () => {
    assert.equal(codeCacheFolder({ FACTCHECK_CODE_CACHE: 'off' }), undefined);
    assert.equal(codeCacheFolder({ FACTCHECK_CODE_CACHE: folder }), folder);
    assert.ok(codeCacheFolder({})!.startsWith(path.join(os.tmpdir(), 'factcheck-code-cache')));
    assert.equal(load(file, 'plain', undefined).cache, 'off');
    assert.ok(!fs.existsSync(folder));
  });
});
