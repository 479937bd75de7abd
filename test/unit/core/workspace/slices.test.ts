import assert from 'node:assert/strict';
import fc from 'fast-check';
import { finishSteps, mergeSortSteps, runSteps, SLICE_MS, sortInSlices } from '../../../../src/core/workspace/slices';

function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) { /* a slow step */ }
}

describe('work in slices', () => {
  it('sorts as Array.prototype.sort does, stably, without changing its input', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat()), { maxLength: 300 }), async items => {
      const byFirst = (a: [number, number], b: [number, number]) => a[0] - b[0];
      const copy = items.map(item => [...item] as [number, number]);
      const sorted = await sortInSlices(items, byFirst, async () => undefined);
      assert.deepEqual(sorted, [...items].sort(byFirst), 'equal keys keep their order');
      assert.deepEqual(items, copy);
    }));
  });

  it('gives way between slices when the comparison is slow, and not at all when it is quick', async () => {
    const items = Array.from({ length: 60 }, (_, i) => (i * 37) % 60);
    let gaveWay = 0;
    const slow = (a: number, b: number) => {
      busyFor(SLICE_MS / 16);
      return a - b;
    };
    const sorted = await sortInSlices(items, slow, async () => { gaveWay++; });
    assert.deepEqual(sorted, Array.from({ length: 60 }, (_, i) => i));
    assert.ok(gaveWay >= 2, `gave way ${gaveWay} times`);
    gaveWay = 0;
    await sortInSlices([3, 1, 2], (a, b) => a - b, async () => { gaveWay++; });
    assert.equal(gaveWay, 0);
  });

  it('runs a generator’s steps in slices or all at once, to the same end', async () => {
    function* count(into: number[]) {
      for (let i = 0; i < 5; i++) {
        busyFor(SLICE_MS / 2);
        into.push(i);
        yield;
      }
    }
    const sliced: number[] = [];
    let gaveWay = 0;
    await runSteps(count(sliced), async () => { gaveWay++; });
    const whole: number[] = [];
    finishSteps(count(whole));
    assert.deepEqual(sliced, [0, 1, 2, 3, 4]);
    assert.deepEqual(whole, sliced);
    assert.ok(gaveWay >= 1);
    let result: number[] = [];
    finishSteps(mergeSortSteps([2, 1], (a, b) => a - b, sorted => result = sorted));
    assert.deepEqual(result, [1, 2]);
  });
});
