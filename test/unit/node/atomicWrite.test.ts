import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atomicWriteFile, atomicWriteFileSync } from '../../../src/node/atomicWrite';

describe('atomicWrite', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-atomic-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates and replaces a file, leaving no temporary files behind', async () => {
    const target = path.join(dir, 'story.md.factcheck.yaml');
    atomicWriteFileSync(target, 'version: 1\n');
    assert.equal(fs.readFileSync(target, 'utf8'), 'version: 1\n');
    await atomicWriteFile(target, 'version: 1\narticle: story.md\n');
    assert.equal(fs.readFileSync(target, 'utf8'), 'version: 1\narticle: story.md\n');
    assert.deepEqual(fs.readdirSync(dir), ['story.md.factcheck.yaml']);
  });

  it('keeps the permission bits of the file it replaces', () => {
    const target = path.join(dir, 'a.yaml');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o600);
    atomicWriteFileSync(target, 'new');
    assert.equal(fs.statSync(target).mode & 0o777, 0o600);
  });

  it('leaves the old file intact and cleans up when the write fails', async () => {
    const target = path.join(dir, 'missing-folder', 'a.yaml');
    assert.throws(() => atomicWriteFileSync(target, 'x'));
    await assert.rejects(atomicWriteFile(target, 'x'));
    const folderTarget = path.join(dir, 'is-a-folder');
    fs.mkdirSync(folderTarget);
    assert.throws(() => atomicWriteFileSync(folderTarget, 'x'));
    assert.ok(fs.statSync(folderTarget).isDirectory());
    assert.deepEqual(fs.readdirSync(dir), ['is-a-folder']);
  });
});
