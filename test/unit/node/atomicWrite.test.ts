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

  it('keeps mode 600 in the async write too, whatever the umask', async () => {
    const target = path.join(dir, 'a.yaml');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o600);
    const umask = process.umask(0o000);
    try {
      assert.equal(await atomicWriteFile(target, 'new'), true);
    } finally {
      process.umask(umask);
    }
    assert.equal(fs.statSync(target).mode & 0o777, 0o600);
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
  });

  it('refuses a read-only (444) file with a clear message and leaves it as it was', async () => {
    const target = path.join(dir, 'a.yaml');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o444);
    await assert.rejects(atomicWriteFile(target, 'new'), /a\.yaml is read-only; nothing was written/);
    assert.throws(() => atomicWriteFileSync(target, 'new'), /read-only/);
    assert.equal(fs.readFileSync(target, 'utf8'), 'old');
    assert.equal(fs.statSync(target).mode & 0o777, 0o444);
    assert.deepEqual(fs.readdirSync(dir), ['a.yaml']);
  });

  it('writes through a symbolic link: the link stays, the file behind it gets the text', async () => {
    fs.mkdirSync(path.join(dir, 'shared'));
    const real = path.join(dir, 'shared', 'verdicts.yaml');
    fs.writeFileSync(real, 'old');
    fs.chmodSync(real, 0o640);
    const link = path.join(dir, 'story.md.factcheck.yaml');
    fs.symlinkSync(path.join('shared', 'verdicts.yaml'), link);
    assert.equal(await atomicWriteFile(link, 'new'), true);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'still a link');
    assert.equal(fs.readFileSync(real, 'utf8'), 'new');
    assert.equal(fs.statSync(real).mode & 0o777, 0o640);
    atomicWriteFileSync(link, 'newer');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(real, 'utf8'), 'newer');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'shared')), ['verdicts.yaml']);
  });

  it('refuses a symbolic link that leads nowhere instead of replacing it with a file', async () => {
    const link = path.join(dir, 'story.md.factcheck.yaml');
    fs.symlinkSync(path.join(dir, 'gone.yaml'), link);
    await assert.rejects(atomicWriteFile(link, 'new'), /symbolic link to a file that does not exist/);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
  });

  it('leaves the file alone and returns false when beforeReplace says no', async () => {
    const target = path.join(dir, 'a.yaml');
    fs.writeFileSync(target, 'theirs');
    assert.equal(await atomicWriteFile(target, 'mine', { beforeReplace: async () => false }), false);
    assert.equal(fs.readFileSync(target, 'utf8'), 'theirs');
    assert.deepEqual(fs.readdirSync(dir), ['a.yaml']);
  });
});
