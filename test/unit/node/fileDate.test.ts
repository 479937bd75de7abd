import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileModifiedDay } from '../../../src/node/fileDate';

describe('fileModifiedDay', () => {
  it('gives the local day a file was last modified, and undefined for a missing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-filedate-'));
    try {
      const file = path.join(dir, 'article.md');
      fs.writeFileSync(file, 'The council voted on Thursday.\n');
      const when = new Date(2025, 9, 31, 23, 30, 0); // 31 October 2025, 23:30 local time
      fs.utimesSync(file, when, when);
      assert.equal(fileModifiedDay(file), '2025-10-31');
      assert.equal(fileModifiedDay(path.join(dir, 'missing.md')), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
