import assert from 'node:assert/strict';
import { SLICE_MS } from '../../../../src/core/workspace/slices';
import { encodeLines, firstLine, readLines } from '../../../../src/core/workspace/storedLines';

/** Gives way and counts how often; `busy` makes each line take time so slices end. */
function counter() {
  const state = { gaveWay: 0 };
  return { state, giveWay: async () => { state.gaveWay++; } };
}

function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) { /* a slow line */ }
}

describe('stored lines written and read in slices', () => {
  const LINES = ['{"format":3}', '["a.md",{"text":"é, 👍"}]', '["b.md",{}]'];

  it('writes each line as UTF-8 with a line break, and reads them back in order', async () => {
    const { giveWay } = counter();
    const bytes = await encodeLines(LINES[Symbol.iterator](), giveWay);
    assert.equal(new TextDecoder().decode(bytes), `${LINES.join('\n')}\n`);
    const { line, next } = firstLine(bytes);
    assert.equal(line, LINES[0]);
    const read: string[] = [];
    await readLines(bytes, next, text => read.push(text) > 0, giveWay);
    assert.deepEqual(read, LINES.slice(1));
  });

  it('stops reading when told to', async () => {
    const bytes = await encodeLines(LINES[Symbol.iterator](), counter().giveWay);
    const read: string[] = [];
    await readLines(bytes, 0, text => (read.push(text), false), counter().giveWay);
    assert.deepEqual(read, [LINES[0]]);
  });

  it('gives way between slices of long work, not after every line', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => `["${i}.md",{}]`);
    const quick = counter();
    await encodeLines(many[Symbol.iterator](), quick.giveWay);
    assert.ok(quick.state.gaveWay < 1000, `quick lines share slices (${quick.state.gaveWay})`);
    const slow = counter();
    const lines = (function* () {
      for (const line of many.slice(0, 6)) {
        busyFor(SLICE_MS);
        yield line;
      }
    })();
    await encodeLines(lines, slow.giveWay);
    assert.ok(slow.state.gaveWay >= 5, `a line as long as a slice ends it (${slow.state.gaveWay})`);
  });

  it('reads a file without a line break at the end, and an empty one', async () => {
    const bytes = new TextEncoder().encode('one\ntwo');
    assert.equal(firstLine(bytes).line, 'one');
    const read: string[] = [];
    await readLines(bytes, firstLine(bytes).next, text => read.push(text) > 0, counter().giveWay);
    assert.deepEqual(read, ['two']);
    assert.deepEqual(firstLine(new Uint8Array()), { line: '', next: 1 });
  });
});
